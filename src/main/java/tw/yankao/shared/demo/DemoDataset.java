package tw.yankao.shared.demo;

/**
 * One module's demo data. Each module contributes a bean; they load in {@link #order()} on the
 * first start of an empty database when demo data is on.
 */
public interface DemoDataset {

	/** Smaller first: the organisation loads before the modules that refer to its agencies. */
	int order();

	/** Whether this dataset's data is already there, so that a restart loads nothing twice. */
	boolean isLoaded();

	void load();

}
