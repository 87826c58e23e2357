package tw.yankao.org.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.org.AgencyScope;
import tw.yankao.org.CurrentUser;
import tw.yankao.org.CurrentUsers;
import tw.yankao.org.internal.AgencyAdministration;
import tw.yankao.shared.web.NotFound;

/** The organisation tree as JSON, limited to the agencies the caller may see. */
@RestController
@RequestMapping("/api")
@Tag(name = "Organisation")
class AgencyApiController {

	private final AgencyDirectory directory;
	private final AgencyScope scope;
	private final CurrentUsers users;
	private final AgencyAdministration administration;

	AgencyApiController(AgencyDirectory directory, AgencyScope scope, CurrentUsers users,
			AgencyAdministration administration) {
		this.administration = administration;
		this.directory = directory;
		this.scope = scope;
		this.users = users;
	}

	@GetMapping("/agencies")
	@Operation(summary = "Agencies the caller may see, parents before children")
	List<Agency> agencies() {
		return directory.all().stream().filter(agency -> scope.canAccess(agency.id())).toList();
	}

	@GetMapping("/agencies/{id}")
	@Operation(summary = "One agency; 403 when it is outside the caller's agency scope")
	Agency agency(@PathVariable long id) {
		Agency agency = directory.findById(id).orElseThrow(() -> new NotFound("agency", id));
		scope.checkAccess(agency.id());
		return agency;
	}

	@PostMapping("/agencies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create an agency (system administrators); 400 problem details name each bad field")
	Agency create(@Valid @RequestBody AgencyRequest request) {
		return administration.create(request.toDraft());
	}

	@GetMapping("/me")
	@Operation(summary = "The signed-in user")
	CurrentUser me() {
		return users.current().orElseThrow();
	}

}
