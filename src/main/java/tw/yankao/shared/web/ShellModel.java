package tw.yankao.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import tw.yankao.shared.security.Role;

/** Puts what the layout needs (the navigation the user may see) into every page's model. */
@ControllerAdvice(annotations = Controller.class)
class ShellModel {

	private final List<NavigationItem> items;

	ShellModel(List<NavigationItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		Set<String> authorities = currentAuthorities();
		return items.stream()
			.filter(item -> item.roles().stream().map(Role::authority).anyMatch(authorities::contains))
			.toList();
	}

	/** The viewer's role names, so that a page can show an action only to those who may use it. */
	@ModelAttribute("viewerRoles")
	Set<String> viewerRoles() {
		return currentAuthorities().stream()
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(authority -> authority.substring(5))
			.collect(Collectors.toSet());
	}

	private static Set<String> currentAuthorities() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

}
