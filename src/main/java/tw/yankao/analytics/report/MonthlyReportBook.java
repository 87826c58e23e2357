package tw.yankao.analytics.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tw.yankao.analytics.Figures;
import tw.yankao.analytics.MonthlyReport;
import tw.yankao.analytics.Volume;
import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.petition.OverdueCase;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.document.BookRenderers;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.time.RocDates;

/**
 * Composes the monthly report as a {@link Book}: the same sections as the page, each breakdown
 * with its bar chart drawn by {@link ChartImages} above its table.
 */
@Component
public class MonthlyReportBook {

	/** Centimetres: the charts' printed width, inside the page's margins. */
	private static final float CHART_WIDTH_CM = 16;

	private final MessageSource messages;
	private final AgencyDirectory agencies;
	private final CityProfile profile;
	private final BookRenderers renderers;

	MonthlyReportBook(MessageSource messages, AgencyDirectory agencies, CityProfile profile, BookRenderers renderers) {
		this.messages = messages;
		this.agencies = agencies;
		this.profile = profile;
		this.renderers = renderers;
	}

	public void write(MonthlyReport report, BookFormat format, Locale locale, OutputStream out) throws IOException {
		renderers.of(format).write(compose(report, locale), out);
	}

	public Book compose(MonthlyReport r, Locale locale) {
		Names names = new Names(locale);
		String whose = r.agencyCode() == null ? names.text("analytics.city") : names.agency(r.agencyCode());
		String title = names.text("analytics.monthly.heading", RocDates.formatMonth(r.month()), whose);
		List<Book.Block> blocks = new ArrayList<>();
		blocks.add(new Book.Title(title));
		blocks.add(new Book.Heading(1, names.text("analytics.summary"), false));
		blocks.add(summary(r, names));
		blocks.add(new Book.Paragraph(names.text("analytics.figure.satisfaction") + "：" + names.text("analytics.satisfaction.notYet")));
		breakdown(blocks, names, "category", r.byCategory(), names::category);
		breakdown(blocks, names, "channel", r.byChannel(), k -> names.text("petition.channel." + k));
		breakdown(blocks, names, "agency", r.byAgency(), names::agency);
		breakdown(blocks, names, "district", r.byDistrict(), k -> k);
		blocks.add(new Book.Heading(1, names.text("analytics.overdue"), false));
		blocks.add(new Book.Paragraph(names.text("analytics.overdue.at", RocDates.format(r.overdueAt().atZone(RocDates.ZONE).toLocalDate()))));
		if (r.overdue().isEmpty()) {
			blocks.add(new Book.Paragraph(names.text("analytics.overdue.none")));
		}
		else {
			blocks.add(overdue(r.overdue(), names));
		}
		blocks.add(new Book.Paragraph(names.text("analytics.notYet.topics")));
		return new Book(title, blocks);
	}

	private static Book.Table summary(MonthlyReport r, Names names) {
		List<Figures> periods = List.of(r.current(), r.previousMonth(), r.lastYear());
		List<List<String>> rows = new ArrayList<>();
		rows.add(row(names.text("analytics.figure.received"), periods, f -> Long.toString(f.received())));
		rows.add(row(names.text("analytics.figure.closed"), periods, f -> Long.toString(f.closed())));
		rows.add(row(names.text("analytics.figure.onTime"), periods, f -> percent(f.onTimePercent())));
		rows.add(row(names.text("analytics.figure.average"), periods, f -> decimal(f.averageHours())));
		rows.add(row(names.text("analytics.figure.p90"), periods,
				f -> f.closed() == 0 ? "—" : f.p90Hours() == null ? names.text("analytics.p90.over") : "≤ " + f.p90Hours()));
		rows.add(row(names.text("analytics.figure.returns"), periods, f -> Long.toString(f.returns())));
		rows.add(row(names.text("analytics.figure.transfers"), periods, f -> Long.toString(f.transfers())));
		rows.add(row(names.text("analytics.figure.reopen"), periods, f -> percent(f.reopenPercent())));
		return new Book.Table(List.of(3, 2, 2, 2), List.of(names.text("analytics.figure"), names.text("analytics.thisMonth"),
				names.text("analytics.previousMonth"), names.text("analytics.lastYear")), rows);
	}

	private static List<String> row(String label, List<Figures> periods, Function<Figures, String> value) {
		List<String> cells = new ArrayList<>();
		cells.add(label);
		periods.forEach(f -> cells.add(value.apply(f)));
		return cells;
	}

	private static void breakdown(List<Book.Block> blocks, Names names, String dimension, List<Volume> volumes,
			Function<String, String> name) {
		blocks.add(new Book.Heading(1, names.text("analytics.by." + dimension), false));
		if (volumes.isEmpty()) {
			blocks.add(new Book.Paragraph(names.text("analytics.none")));
			return;
		}
		List<String> labels = volumes.stream().map(v -> v.key().isEmpty() ? names.text("analytics.unknown") : name.apply(v.key())).toList();
		long[][] values = { volumes.stream().mapToLong(Volume::current).toArray(),
				volumes.stream().mapToLong(Volume::previousMonth).toArray(), volumes.stream().mapToLong(Volume::lastYear).toArray() };
		List<String> series = List.of(names.text("analytics.thisMonth"), names.text("analytics.previousMonth"),
				names.text("analytics.lastYear"));
		blocks.add(new Book.Image(ChartImages.bars(labels, series, values), names.text("analytics.chart." + dimension),
				CHART_WIDTH_CM));
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < volumes.size(); i++) {
			Volume v = volumes.get(i);
			rows.add(List.of(labels.get(i), Long.toString(v.current()), Long.toString(v.previousMonth()),
					percent(v.changeOnMonth()), Long.toString(v.lastYear()), percent(v.changeOnYear())));
		}
		blocks.add(new Book.Table(List.of(3, 2, 2, 2, 2, 2), List.of(names.text("analytics.key." + dimension),
				names.text("analytics.thisMonth"), names.text("analytics.previousMonth"), names.text("analytics.changeOnMonth"),
				names.text("analytics.lastYear"), names.text("analytics.changeOnYear")), rows));
	}

	private Book.Table overdue(List<OverdueCase> cases, Names names) {
		List<List<String>> rows = cases.stream()
			.map(c -> List.of(c.number().value(), names.category(c.category()),
					c.agencyId() == null ? "—" : agencies.findById(c.agencyId()).map(a -> a.name(names.locale)).orElse("—"),
					RocDates.format(c.receivedAt().atZone(RocDates.ZONE).toLocalDate()),
					RocDates.format(c.deadline().atZone(RocDates.ZONE).toLocalDate())))
			.toList();
		return new Book.Table(List.of(3, 2, 3, 2, 2), List.of(names.text("analytics.overdue.number"),
				names.text("analytics.key.category"), names.text("analytics.key.agency"), names.text("analytics.overdue.received"),
				names.text("analytics.overdue.deadline")), rows);
	}

	private static String percent(Double value) {
		return value == null ? "—" : String.format(Locale.ROOT, "%.1f %%", value);
	}

	private static String decimal(Double value) {
		return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
	}

	/** Names of codes in the reader's language. */
	private final class Names {

		final Locale locale;
		final Map<String, String> categories;

		Names(Locale locale) {
			this.locale = locale;
			boolean english = "en".equals(locale.getLanguage());
			this.categories = profile.petitions().categories().stream()
				.flatMap(m -> m.subCategories().stream())
				.collect(Collectors.toMap(c -> c.code(), c -> english ? c.nameEn() : c.nameZh(), (a, b) -> a));
		}

		String text(String key, Object... args) {
			return messages.getMessage(key, args, key, locale);
		}

		String category(String code) {
			return categories.getOrDefault(code, code);
		}

		String agency(String code) {
			return agencies.findByCode(code).map((Agency a) -> a.name(locale)).orElse(code);
		}
	}

}
