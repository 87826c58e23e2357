package tw.yankao.opendata;

import java.time.YearMonth;
import java.util.List;

/**
 * Where a dataset's rows come from: one bean per dataset. The rows of a month are read from the
 * owning module's public API; each row holds one value per field, in the dataset's field order,
 * as strings (null when empty), exactly as the files will hold them.
 */
public interface DatasetSource {

	Dataset dataset();

	List<List<String>> rows(YearMonth period);

}
