package tw.yankao.org.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.web.HomeNotice;

/**
 * The first page: a public introduction for visitors, and for each signed-in user a home that
 * says what their roles do here and lists the notices meant for them.
 */
@Controller
class HomeController {

	private final CurrentUsers users;
	private final AgencyDirectory agencies;
	private final List<HomeNotice.Source> notices;

	HomeController(CurrentUsers users, AgencyDirectory agencies, List<HomeNotice.Source> notices) {
		this.users = users;
		this.agencies = agencies;
		this.notices = notices;
	}

	@GetMapping("/")
	String home(Model model) {
		Optional<CurrentUser> user = users.current();
		if (user.isEmpty()) {
			return "org/welcome";
		}
		model.addAttribute("user", user.get());
		model.addAttribute("agency", user.get().agencyId() == null ? null
				: agencies.findById(user.get().agencyId()).orElse(null));
		HomeNotice.Viewer viewer = new HomeNotice.Viewer(user.get().userId(), user.get().agencyId(), user.get().roles());
		model.addAttribute("notices", notices.stream().flatMap(source -> source.noticesFor(viewer).stream()).toList());
		return "org/home";
	}

	@GetMapping("/login")
	String login() {
		return users.current().isPresent() ? "redirect:/" : "org/login";
	}

}
