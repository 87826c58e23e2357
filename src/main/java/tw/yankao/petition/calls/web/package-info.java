/** The call statistics page, the call record import page and the statistics JSON API. */
package tw.yankao.petition.calls.web;
