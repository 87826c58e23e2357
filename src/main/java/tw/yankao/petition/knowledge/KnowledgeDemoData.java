package tw.yankao.petition.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.demo.DemoDataset;

/**
 * About thirty common 1999 answers (street lights, potholes, garbage collection, stray animals,
 * noise, illegal parking …), each kept by the agency that handles the matter. Read from
 * {@code demo/taichung-knowledge.txt}; an entry whose agency is missing is skipped.
 */
@Component
class KnowledgeDemoData implements DemoDataset {

	static final String RESOURCE = "demo/taichung-knowledge.txt";
	static final String AUTHOR = "demo";

	private final KnowledgeEntries entries;
	private final JdbcClient jdbc;
	private final AgencyDirectory agencies;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	KnowledgeDemoData(KnowledgeEntries entries, JdbcClient jdbc, AgencyDirectory agencies, ApplicationEventPublisher events,
			Clock clock) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.agencies = agencies;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 42;
	}

	@Override
	public boolean isLoaded() {
		return jdbc.sql("select exists (select 1 from petition_knowledge_entry where updated_by = :by)")
			.param("by", AUTHOR)
			.query(Boolean.class)
			.single();
	}

	@Override
	public void load() {
		for (String line : lines()) {
			String[] f = line.split("\\|", -1);
			agencies.findByCode(f[0]).ifPresent(agency -> entries.insert(new KnowledgeEntry(0, agency.id(), f[2], f[3],
					f[1].isEmpty() ? null : f[1], f[4], clock.instant(), AUTHOR, 0)));
		}
		events.publishEvent(new KnowledgeChanged(0));
	}

	static List<String> lines() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(l -> !l.isBlank() && !l.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
