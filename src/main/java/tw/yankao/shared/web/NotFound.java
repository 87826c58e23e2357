package tw.yankao.shared.web;

/** The requested record does not exist (or, to the caller, must look as if it did not). */
public class NotFound extends RuntimeException {

	public NotFound(String entity, Object id) {
		super(entity + " " + id + " not found");
	}

}
