/**
 * Outbound webhooks: the group channels admins configure (generic JSON or LINE Messaging API push),
 * the delivery rows written with each event and their sending after commit with retries.
 */
package tw.yankao.notify.webhook;
