/** Control-meeting pages, pack downloads and who may use them. */
package tw.yankao.tracking.meetings.web;
