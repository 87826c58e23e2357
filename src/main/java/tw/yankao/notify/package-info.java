/**
 * Notifications: in-app messages, e-mail and outbound webhooks (generic JSON and LINE push)
 * sent on behalf of the other modules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "org"})
package tw.yankao.notify;
