package tw.yankao.opendata;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The datasets of the catalogue: one per {@link DatasetSource} bean, in identifier order. */
@Component
public class Catalogue {

	private final List<DatasetSource> sources;

	Catalogue(List<DatasetSource> sources) {
		this.sources = sources.stream().sorted(Comparator.comparing(s -> s.dataset().identifier())).toList();
	}

	public List<Dataset> datasets() {
		return sources.stream().map(DatasetSource::dataset).toList();
	}

	public Optional<Dataset> dataset(String identifier) {
		return source(identifier).map(DatasetSource::dataset);
	}

	public Optional<DatasetSource> source(String identifier) {
		return sources.stream().filter(s -> s.dataset().identifier().equals(identifier)).findFirst();
	}

}
