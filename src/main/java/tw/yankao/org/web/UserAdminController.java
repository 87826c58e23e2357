package tw.yankao.org.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.internal.UserAccount;
import tw.yankao.org.internal.UserAdministration;
import tw.yankao.shared.security.Role;
import tw.yankao.shared.web.InvalidInput;

/** Users for system administrators: list, create, edit, reset passwords and unlock. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private static final String LIST = "org/users";
	private static final String FORM = "org/user-form";

	private final UserAdministration users;
	private final AgencyDirectory agencies;

	UserAdminController(UserAdministration users, AgencyDirectory agencies) {
		this.users = users;
		this.agencies = agencies;
	}

	@InitBinder
	void refuseId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("agencies", agencies.all());
	}

	@GetMapping
	String list(Model model) {
		Map<Long, Agency> byId = agencies.all().stream().collect(Collectors.toMap(Agency::id, Function.identity()));
		model.addAttribute("users", users.all());
		model.addAttribute("agencyById", byId);
		return LIST;
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", UserForm.empty());
		return FORM;
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, BindingResult result, RedirectAttributes redirect) {
		try {
			UserAccount created = users.create(form.toNewUser());
			redirect.addFlashAttribute("saved", created.username());
			return "redirect:/admin/users";
		}
		catch (InvalidInput invalid) {
			FormErrors.show(invalid, result);
			return FORM;
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		model.addAttribute("form", UserForm.of(users.find(id)));
		model.addAttribute("account", users.find(id));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			UserAccount updated = users.update(id, form.toChanges());
			redirect.addFlashAttribute("saved", updated.username());
			return "redirect:/admin/users";
		}
		catch (InvalidInput invalid) {
			FormErrors.show(invalid, result);
			model.addAttribute("account", users.find(id));
			return FORM;
		}
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
		try {
			users.resetPassword(id, password);
			redirect.addFlashAttribute("passwordReset", users.find(id).username());
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("passwordErrors", invalid.errors());
		}
		return "redirect:/admin/users/" + id + "/edit";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		users.unlock(id);
		redirect.addFlashAttribute("unlocked", users.find(id).username());
		return "redirect:/admin/users";
	}

}
