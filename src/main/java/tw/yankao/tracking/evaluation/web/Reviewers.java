package tw.yankao.tracking.evaluation.web;

import org.springframework.stereotype.Component;

import tw.yankao.org.CurrentUsers;
import tw.yankao.shared.security.Role;

/** Whether the signed-in user reviews evaluations (RDEC staff), to show or hide the forms. */
@Component
class Reviewers {

	private final CurrentUsers users;

	Reviewers(CurrentUsers users) {
		this.users = users;
	}

	boolean isReviewer() {
		return users.current().map(u -> u.has(Role.RDEC_STAFF)).orElse(false);
	}

}
