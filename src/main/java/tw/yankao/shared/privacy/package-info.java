/**
 * Personal data in free text: the patterns (phones, e-mails, national ID numbers) that retention,
 * exports and open data scrub from text citizens and staff typed.
 */
package tw.yankao.shared.privacy;
