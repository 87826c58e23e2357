package tw.yankao.petition.open311;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tw.yankao.shared.web.InvalidInput;

/**
 * The administrators' page of Open311 API clients: create one (its key is shown this once and
 * never again) and revoke one.
 */
@Controller
@RequestMapping("/admin/open311/clients")
class Open311ClientsController {

	private static final String PAGE = "open311/clients";

	private final Open311Clients clients;

	Open311ClientsController(Open311Clients clients) {
		this.clients = clients;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("clients", clients.all());
		return PAGE;
	}

	/** Shows the page at once rather than redirecting, so that the key is never put into a URL or session. */
	@PostMapping
	String create(@RequestParam(name = "name", required = false) String name, Model model) {
		try {
			model.addAttribute("created", clients.create(name));
		}
		catch (InvalidInput invalid) {
			model.addAttribute("nameError", invalid.errors().get(0).messageKey());
			model.addAttribute("name", name);
		}
		return list(model);
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id) {
		clients.revoke(id);
		return "redirect:/admin/open311/clients?revoked=" + id;
	}

}
