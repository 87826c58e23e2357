/**
 * Council resolutions and councillors' written questions (議會決議案 / 書面質詢): the council's
 * sessions, the questions registered per session as tracked items, the owner agency's reply
 * (drafted by its liaison, approved by its head), the booklet of replies for councillors (編印成冊)
 * and the share of replies on time as a live metric.
 */
package tw.yankao.tracking.council;
