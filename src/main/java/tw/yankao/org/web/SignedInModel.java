package tw.yankao.org.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import tw.yankao.org.internal.SignedInUser;

/** Gives the layout the signed-in user's display name. */
@ControllerAdvice(annotations = Controller.class)
class SignedInModel {

	@ModelAttribute("signedInName")
	String signedInName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				? user.displayName() : null;
	}

}
