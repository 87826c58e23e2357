/**
 * Pages of council resolutions and questions: the sessions, a session's questions and booklet
 * downloads, and a question's page with the reply form and the head's approval.
 */
package tw.yankao.tracking.council.web;
