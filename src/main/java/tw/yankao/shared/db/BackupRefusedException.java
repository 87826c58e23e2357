package tw.yankao.shared.db;

/**
 * A backup or restore that was not done because doing it would lose or corrupt data: the
 * target directory is not empty, the backup is damaged or from a newer Yankao, or the
 * database to restore into already holds data. Thrown before anything was changed, except
 * where the message says otherwise.
 */
public class BackupRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public BackupRefusedException(String message) {
		super(message);
	}

}
