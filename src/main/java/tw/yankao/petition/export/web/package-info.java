/** The export download, {@code /petitions/export}, and who may use it. */
package tw.yankao.petition.export.web;
