package tw.yankao.org.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyKind;
import tw.yankao.org.internal.AgencyAdministration;
import tw.yankao.org.internal.AgencyImport;
import tw.yankao.org.internal.ImportRejected;
import tw.yankao.shared.web.InvalidInput;
import tw.yankao.shared.web.NotFound;

/** The organisation tree for administrators: list, create, edit and CSV import. */
@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminController {

	private static final String LIST = "org/agencies";
	private static final String FORM = "org/agency-form";

	private final AgencyDirectory directory;
	private final AgencyAdministration administration;
	private final AgencyImport agencyImport;
	private final Clock clock;

	AgencyAdminController(AgencyDirectory directory, AgencyAdministration administration, AgencyImport agencyImport,
			Clock clock) {
		this.directory = directory;
		this.administration = administration;
		this.agencyImport = agencyImport;
		this.clock = clock;
	}

	@InitBinder
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("kinds")
	AgencyKind[] kinds() {
		return AgencyKind.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tree", AgencyTreeRows.of(directory.all()));
		model.addAttribute("today", LocalDate.now(clock));
		return LIST;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", AgencyForm.empty(LocalDate.now(clock)));
		return FORM;
	}

	@PostMapping
	String create(@ModelAttribute("form") AgencyForm form, BindingResult result, RedirectAttributes redirect) {
		try {
			Agency created = administration.create(AgencyDrafts.of(form));
			redirect.addFlashAttribute("saved", created.nameZh());
			return "redirect:/admin/agencies";
		}
		catch (InvalidInput invalid) {
			FormErrors.show(invalid, result);
			return FORM;
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Agency agency = directory.findById(id).orElseThrow(() -> new NotFound("agency", id));
		String parentCode = agency.parentId() == null ? ""
				: directory.findById(agency.parentId()).map(Agency::code).orElse("");
		model.addAttribute("form", AgencyForm.of(agency, parentCode));
		model.addAttribute("agencyId", id);
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			Agency updated = administration.update(id, AgencyDrafts.of(form));
			redirect.addFlashAttribute("saved", updated.nameZh());
			return "redirect:/admin/agencies";
		}
		catch (InvalidInput invalid) {
			FormErrors.show(invalid, result);
			model.addAttribute("agencyId", id);
			return FORM;
		}
	}

	@PostMapping("/import")
	String importCsv(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		try {
			AgencyImport.Result result = agencyImport.importCsv(file.getBytes());
			redirect.addFlashAttribute("imported", result);
			return "redirect:/admin/agencies";
		}
		catch (ImportRejected rejected) {
			model.addAttribute("importErrors", rejected.errors());
			return list(model);
		}
	}

}
