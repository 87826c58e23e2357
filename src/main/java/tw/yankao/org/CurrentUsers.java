package tw.yankao.org;

import java.util.Optional;

/** Who is acting in the current request or job. */
public interface CurrentUsers {

	/** The signed-in user, or empty for anonymous requests and system jobs. */
	Optional<CurrentUser> current();

}
