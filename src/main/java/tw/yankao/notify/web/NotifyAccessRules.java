package tw.yankao.notify.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.yankao.shared.security.AccessRules;

/** Every signed-in user reads their own notifications; the handlers only ever touch the viewer's own rows. */
@Configuration(proxyBeanMethods = false)
class NotifyAccessRules {

	@Bean
	AccessRules notifyRules() {
		return AccessRules.of("notify")
			.get(NotificationController.PATH).signedIn()
			.post(NotificationController.PATH + "/*/read", NotificationController.PATH + "/read").signedIn()
			.build();
	}

}
