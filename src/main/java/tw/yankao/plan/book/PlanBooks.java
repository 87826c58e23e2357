package tw.yankao.plan.book;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.plan.AnnualPlan;
import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.PlanManagement;
import tw.yankao.plan.book.PlanBookComposer.AgencyPlan;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.BookFont;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.document.BookRenderer;
import tw.yankao.shared.document.BookRenderers;

/**
 * Writes plan books: of one plan, or of the city's approved and published plans of a year.
 * Plans are read first, then the book is written straight to the caller's stream.
 */
@Service
public class PlanBooks {

	private final PlanManagement plans;
	private final CityBookPlans cityPlans;
	private final AgencyDirectory agencies;
	private final PlanBookComposer composer = new PlanBookComposer();
	private final BookRenderers renderers;

	PlanBooks(PlanManagement plans, CityBookPlans cityPlans, AgencyDirectory agencies, BookRenderers renderers) {
		this.plans = plans;
		this.cityPlans = cityPlans;
		this.agencies = agencies;
		this.renderers = renderers;
	}

	/** A book ready to be written: its file name and the renderer that writes it. */
	public record PendingBook(String fileName, BookFormat format, Book book, BookRenderer renderer) {

		public void writeTo(OutputStream out) throws IOException {
			renderer.write(book, out);
		}

	}

	/** The plan with its agency, to check access before its book is written. */
	public Optional<AnnualPlan> plan(AnnualPlanId id) {
		return plans.find(id);
	}

	/**
	 * The book of a plan; the renderer is made here, so that a missing PDF font is reported before
	 * anything is written.
	 *
	 * @throws BookFont.MissingBookFont for a PDF when no CJK font is found
	 */
	public PendingBook planBook(AnnualPlan plan, BookFormat format) {
		AgencyPlan agencyPlan = new AgencyPlan(agencyTitle(plan), plan);
		Book book = composer.plan(agencyPlan);
		return new PendingBook(book.title(), format, book, renderers.of(format));
	}

	/** A ROC year with approved or published plans, which make its city book. */
	public record BookYear(int rocYear, int plans) {
	}

	/** The years that have a city book, newest first. */
	public List<BookYear> cityBookYears() {
		return cityPlans.years().stream().map(y -> new BookYear(y.rocYear(), y.plans())).toList();
	}

	/** The city book of a ROC year: each approved or published plan a chapter, by agency code. */
	public PendingBook cityBook(int rocYear, BookFormat format) {
		BookRenderer renderer = renderers.of(format);
		List<AgencyPlan> chapters = new ArrayList<>();
		cityPlans.ofYear(rocYear)
			.stream()
			.sorted(Comparator.comparing(entry -> agencies.findById(entry.agencyId()).map(Agency::code).orElse("")))
			.forEach(entry -> plans.find(entry.id()).ifPresent(plan -> chapters.add(new AgencyPlan(agencyTitle(plan), plan))));
		Book book = composer.city(cityName(), rocYear, chapters);
		return new PendingBook(book.title(), format, book, renderer);
	}

	/** The agency's full name, from the city down ({@code 臺中市政府秘書處}), as plan titles give it. */
	private String agencyTitle(AnnualPlan plan) {
		Optional<Agency> agency = agencies.findById(plan.summary().agencyId());
		if (agency.isEmpty()) {
			return plan.agencyName() == null ? "" : plan.agencyName();
		}
		StringBuilder name = new StringBuilder();
		for (Optional<Agency> a = agency; a.isPresent(); a = a.get().parentId() == null ? Optional.empty()
				: agencies.findById(a.get().parentId())) {
			name.insert(0, a.get().nameZh());
		}
		return name.toString();
	}

	private String cityName() {
		return agencies.all().stream().filter(a -> a.parentId() == null).map(Agency::nameZh).findFirst().orElse("");
	}

}
