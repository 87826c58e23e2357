package tw.yankao.notify.web;

import java.util.List;

import org.springframework.stereotype.Component;

import tw.yankao.notify.Notifications;
import tw.yankao.shared.web.HomeNotice;

/** Tells every user in their home inbox how many notifications they have not read yet. */
@Component
class NotifyHomeNotice implements HomeNotice.Source {

	private final Notifications notifications;

	NotifyHomeNotice(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public List<HomeNotice> noticesFor(HomeNotice.Viewer viewer) {
		return HomeNotice.counting(notifications.unreadCount(viewer.userId(), null), "notify.inbox.unread",
				NotificationController.PATH);
	}

}
