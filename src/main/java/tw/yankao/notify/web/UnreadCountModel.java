package tw.yankao.notify.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import tw.yankao.notify.Notifications;
import tw.yankao.org.CurrentUsers;

/** Gives the layout's header the signed-in user's unread count; null for anonymous visitors. */
@ControllerAdvice(annotations = Controller.class)
class UnreadCountModel {

	private final Notifications notifications;
	private final CurrentUsers users;

	UnreadCountModel(Notifications notifications, CurrentUsers users) {
		this.notifications = notifications;
		this.users = users;
	}

	@ModelAttribute("unreadNotifications")
	Long unreadNotifications() {
		return users.current().map(user -> notifications.unreadCount(user.userId(), null)).orElse(null);
	}

}
