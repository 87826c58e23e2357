package tw.yankao.org.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tw.yankao.org.CurrentUsers;
import tw.yankao.org.internal.UserAdministration;
import tw.yankao.shared.web.InvalidInput;

/** A user's own account: changing the password. */
@Controller
@RequestMapping("/account")
class AccountController {

	private static final String FORM = "org/password";

	/** The password form; never logged, hence the toString. */
	record PasswordForm(String currentPassword, String password) {

		@Override
		public String toString() {
			return "PasswordForm[***]";
		}

	}

	private final CurrentUsers users;
	private final UserAdministration administration;

	AccountController(CurrentUsers users, UserAdministration administration) {
		this.users = users;
		this.administration = administration;
	}

	@GetMapping("/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm("", ""));
		return FORM;
	}

	@PostMapping("/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult result, RedirectAttributes redirect) {
		long userId = users.current().orElseThrow().userId();
		try {
			administration.changeOwnPassword(userId, form.currentPassword(), form.password());
			redirect.addFlashAttribute("changed", true);
			return "redirect:/account/password";
		}
		catch (InvalidInput invalid) {
			FormErrors.show(invalid, result);
			return FORM;
		}
	}

}
