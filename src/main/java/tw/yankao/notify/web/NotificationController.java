package tw.yankao.notify.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tw.yankao.notify.Notifications;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;

/** The signed-in user's own notifications: the list, and marking one or all read. */
@Controller
class NotificationController {

	static final String PATH = "/notifications";
	private static final String VIEW = "notify/notifications";

	private final Notifications notifications;
	private final CurrentUsers users;

	NotificationController(Notifications notifications, CurrentUsers users) {
		this.notifications = notifications;
		this.users = users;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("notifications", notifications.of(user().userId()));
		return VIEW;
	}

	/** Someone else's notification answers 404 like a missing one, so ids reveal nothing. */
	@PostMapping(PATH + "/{id}/read")
	String markRead(@PathVariable long id) {
		notifications.markRead(user().userId(), id);
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/read")
	String markAllRead() {
		notifications.markAllRead(user().userId());
		return "redirect:" + PATH;
	}

	private CurrentUser user() {
		return users.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
	}

}
