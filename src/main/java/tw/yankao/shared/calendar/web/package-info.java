/**
 * The calendar's pages: the imported years, one year's days and the upload of a new file for
 * administrators and the RDEC, and the home-page notice when this or next year is missing.
 */
@org.jspecify.annotations.NullMarked
package tw.yankao.shared.calendar.web;
