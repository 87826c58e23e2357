/** The notifications page, the header's unread count and the home inbox's unread notice. */
package tw.yankao.notify.web;
