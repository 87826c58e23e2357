package tw.yankao.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import tw.yankao.audit.AuditEntry;
import tw.yankao.audit.AuditPage;
import tw.yankao.audit.AuditTrail;
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.web.Htmx;

/**
 * The RDEC's view of the audit log: a filtered, paged list, one entry with its before and after,
 * and a check of the hash chain. Access is decided by {@link AuditAccessRules} alone: the log is
 * city-wide, so there is no per-agency scope to check.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

	private static final String LIST = "audit/entries";
	private static final String RESULTS = "audit/entries :: results";
	private static final String ENTRY = "audit/entry";
	private static final String VERIFICATION = "audit/verification";
	private static final String VERIFICATION_RESULT = "audit/verification :: result";

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;
	private final AgencyDirectory agencies;

	AuditController(AuditTrail trail, AgencyDirectory agencies) {
		this.trail = trail;
		this.agencies = agencies;
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilterForm filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		if (filter.periodReversed()) {
			result.rejectValue("to", "audit.filter.period-reversed");
		}
		List<Agency> all = agencies.all();
		model.addAttribute("agencies", all);
		// a filter that did not bind would silently widen the search; show the errors instead of entries
		if (!result.hasErrors()) {
			AuditPage found = trail.find(filter.toQuery(), Math.max(page, 0), PAGE_SIZE);
			model.addAttribute("page", found);
			Map<Long, Agency> byId = all.stream().collect(Collectors.toMap(Agency::id, Function.identity()));
			model.addAttribute("rows", AuditRow.of(found.entries(), id -> Optional.ofNullable(byId.get(id)), locale));
			model.addAttribute("previousHref", found.page() > 0 ? filter.href(found.page() - 1) : null);
			model.addAttribute("nextHref", found.hasNext() ? filter.href(found.page() + 1) : null);
		}
		// the same URL answers with a page or a fragment: caches must tell them apart
		response.addHeader(HttpHeaders.VARY, Htmx.REQUEST);
		return Htmx.isPartial(request) ? RESULTS : LIST;
	}

	@GetMapping("/{id}")
	String entry(@PathVariable long id, Model model, Locale locale) {
		AuditEntry entry = trail.entry(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("entry", entry);
		model.addAttribute("agencyName", AuditRow.agencyName(entry.agencyId(), agencies::findById, locale));
		model.addAttribute("changes", AuditDiff.of(entry.beforeJson(), entry.afterJson()));
		model.addAttribute("beforePretty", AuditDiff.pretty(entry.beforeJson()));
		model.addAttribute("afterPretty", AuditDiff.pretty(entry.afterJson()));
		return ENTRY;
	}

	// not redirected after the POST: the check changes nothing, so repeating it on reload does no harm
	@PostMapping("/verify")
	String verify(Model model, HttpServletRequest request) {
		model.addAttribute("verification", trail.verify());
		return Htmx.isPartial(request) ? VERIFICATION_RESULT : VERIFICATION;
	}

}
