/**
 * Retention (保存期限): closed cases older than the city profile's period lose their petitioner's
 * personal data, by the {@code petition anonymise} command, in batches, once.
 */
package tw.yankao.petition.retention;
