/** Storage of notifications and the e-mail outbox, and the e-mail delivery. */
package tw.yankao.notify.internal;
