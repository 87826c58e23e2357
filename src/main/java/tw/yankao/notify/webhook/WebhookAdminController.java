package tw.yankao.notify.webhook;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.DataChanged;
import tw.yankao.shared.security.AccessRules;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NavigationItem;
import tw.yankao.shared.web.NotFound;

/**
 * {@code /admin/webhooks}: the system administrator adds and removes group channels and sees the
 * latest deliveries. The LINE token is asked for once and never shown again.
 */
@Controller
class WebhookAdminController {

	static final String PATH = "/admin/webhooks";
	private static final String VIEW = "notify/webhooks";

	private final WebhookOutbox outbox;
	private final AgencyDirectory agencies;
	private final org.springframework.context.ApplicationEventPublisher events;

	WebhookAdminController(WebhookOutbox outbox, AgencyDirectory agencies,
			org.springframework.context.ApplicationEventPublisher events) {
		this.outbox = outbox;
		this.agencies = agencies;
		this.events = events;
	}

	@GetMapping(PATH)
	String list(Model model) {
		model.addAttribute("targets", outbox.targets());
		model.addAttribute("deliveries", outbox.recentDeliveries(50));
		model.addAttribute("agencyCodes", agencies.all().stream()
			.collect(java.util.stream.Collectors.toMap(Agency::id, Agency::code)));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new WebhookForm("", "GENERIC_JSON", "", "", "", List.of("URGENT_CASE"), ""));
		}
		return VIEW;
	}

	@PostMapping(PATH)
	@Transactional
	String add(WebhookForm form, Model model) {
		try {
			form.check();
			Long agencyId = WebhookForm.blank(form.agency()) ? null : agencies.findByCode(form.agency().strip())
				.map(Agency::id)
				.orElseThrow(() -> new InvalidInput("agency", "webhook.error.agency"));
			boolean line = form.checkedKind() == WebhookTarget.Kind.LINE_PUSH;
			long id = outbox.add(form.name().strip(), form.checkedKind(), line ? null : form.url().strip(),
					line ? form.lineTo().strip() : null, line ? form.lineToken().strip() : null, form.checkedEvents(), agencyId);
			// the audit entry names the target, never its token
			events.publishEvent(DataChanged.created("webhook_target", id,
					java.util.Map.of("name", form.name().strip(), "kind", form.kind(), "events", form.events())));
		}
		catch (InvalidInput ex) {
			model.addAttribute("form", new WebhookForm(form.name(), form.kind(), form.url(), form.lineTo(), "",
					form.events() == null ? List.of() : form.events(), form.agency()));
			model.addAttribute("errors", ex.errors());
			return list(model);
		}
		return "redirect:" + PATH;
	}

	@PostMapping(PATH + "/{id}/delete")
	@Transactional
	String remove(@PathVariable long id) {
		if (!outbox.remove(id)) {
			throw new NotFound("webhook target", id);
		}
		events.publishEvent(DataChanged.deleted("webhook_target", id, java.util.Map.of("id", id)));
		return "redirect:" + PATH;
	}

	/** Only the system administrator manages channels: a channel receives case numbers and links. */
	@Configuration(proxyBeanMethods = false)
	static class WebhookAccessRules {

		@Bean
		AccessRules webhookRules() {
			return AccessRules.of("notify")
				.get(PATH).roles(Role.SYSTEM_ADMIN)
				.post(PATH, PATH + "/*/delete").roles(Role.SYSTEM_ADMIN)
				.build();
		}

		@Bean
		NavigationItem webhookNavigation() {
			return new NavigationItem("nav.webhooks", PATH, Set.of(Role.SYSTEM_ADMIN), 95);
		}

	}

}
