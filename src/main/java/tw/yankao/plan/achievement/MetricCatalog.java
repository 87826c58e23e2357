package tw.yankao.plan.achievement;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.yankao.plan.MetricDefinition;
import tw.yankao.plan.MetricProvider;
import tw.yankao.plan.MetricValue;
import tw.yankao.plan.ReportingPeriod;

/** Every metric of every {@link MetricProvider} bean, found by key. */
@Component
public class MetricCatalog {

	private final List<MetricProvider> providers;

	MetricCatalog(List<MetricProvider> providers) {
		this.providers = List.copyOf(providers);
	}

	/** All metrics, by key. */
	public List<MetricDefinition> all() {
		return providers.stream()
			.flatMap(provider -> provider.metrics().stream())
			.sorted(Comparator.comparing(MetricDefinition::key))
			.toList();
	}

	public Optional<MetricDefinition> find(String key) {
		return all().stream().filter(metric -> metric.key().equals(key)).findFirst();
	}

	/** The value from the provider that offers {@code key}; empty when none does or it has nothing to measure. */
	Optional<MetricValue> value(String key, long agencyId, ReportingPeriod period) {
		return providers.stream()
			.filter(provider -> provider.metrics().stream().anyMatch(metric -> metric.key().equals(key)))
			.findFirst()
			.flatMap(provider -> provider.value(key, agencyId, period));
	}

}
