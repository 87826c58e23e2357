package tw.yankao.tracking.council;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import tw.yankao.org.Agency;
import tw.yankao.org.AgencyDirectory;
import tw.yankao.shared.document.Book;
import tw.yankao.shared.document.Book.Block;
import tw.yankao.shared.document.Book.Heading;
import tw.yankao.shared.document.Book.Paragraph;
import tw.yankao.shared.document.BookFormat;
import tw.yankao.shared.document.BookRenderer;
import tw.yankao.shared.document.BookRenderers;
import tw.yankao.shared.profile.CityProfile;
import tw.yankao.shared.time.RocDates;
import tw.yankao.tracking.TrackedItemType;
import tw.yankao.tracking.council.CouncilQuestion.ReplyState;

/**
 * The booklet of a session's replies for councillors (編印成冊): a title, the table of contents,
 * then per agency, in the organisation's order, its resolutions and questions with their approved
 * replies. In Chinese whatever the reader's language: it is the document sent to the council.
 * Replies not yet approved are marked as such, never printed as drafts.
 */
@Service
public class CouncilBooklet {

	static final String CONTENTS = "目錄";
	static final String NOT_REPLIED = "（尚未答復）";

	private final CouncilManagement council;
	private final AgencyDirectory agencies;
	private final BookRenderers renderers;
	private final String councilName;

	CouncilBooklet(CouncilManagement council, AgencyDirectory agencies, BookRenderers renderers, CityProfile profile) {
		this.council = council;
		this.agencies = agencies;
		this.renderers = renderers;
		this.councilName = profile.names().zh() + "議會";
	}

	/** A booklet ready to be written; the renderer is made first so that a missing PDF font shows before writing. */
	public record PendingBooklet(String fileName, BookFormat format, Book book, BookRenderer renderer) {

		public void writeTo(OutputStream out) throws IOException {
			renderer.write(book, out);
		}

	}

	/** @throws tw.yankao.shared.web.NotFound for an unknown session */
	public PendingBooklet of(long sessionId, BookFormat format) {
		BookRenderer renderer = renderers.of(format);
		CouncilSession session = council.session(sessionId);
		Book book = compose(councilName, session, council.allQuestions(sessionId), agencies.all());
		return new PendingBooklet(book.title(), format, book, renderer);
	}

	/**
	 * Lays out the booklet; stateless, so that the benchmark composes it without a database.
	 * @param agencies every agency in the organisation tree's order, which the chapters follow
	 */
	static Book compose(String councilName, CouncilSession session, List<CouncilQuestion> questions, List<Agency> agencies) {
		List<Block> body = new ArrayList<>();
		Map<Long, Agency> byId = new LinkedHashMap<>();
		agencies.forEach(agency -> byId.put(agency.id(), agency));
		Map<Agency, List<CouncilQuestion>> byAgency = byAgency(questions, agencies);
		for (Map.Entry<Agency, List<CouncilQuestion>> agency : byAgency.entrySet()) {
			body.add(new Book.PageBreak());
			body.add(new Heading(1, agency.getKey().nameZh(), true));
			agency.getValue().forEach(question -> question(question, byId, body));
		}
		if (byAgency.isEmpty()) {
			body.add(new Paragraph("本會期尚無登錄之決議案或書面質詢。"));
		}
		String title = councilName + session.nameZh() + "決議案及書面質詢答復彙編";
		List<Block> blocks = new ArrayList<>();
		blocks.add(new Book.Title(title));
		blocks.add(new Paragraph("會期：" + RocDates.format(session.startsOn()) + "至" + RocDates.format(session.endsOn())));
		blocks.add(new Book.Contents(CONTENTS, body.stream()
			.filter(Heading.class::isInstance).map(Heading.class::cast).filter(Heading::listed).toList()));
		blocks.addAll(body);
		return new Book(title, blocks);
	}

	/** The questions by owner agency, agencies in the organisation tree's order. */
	private static Map<Agency, List<CouncilQuestion>> byAgency(List<CouncilQuestion> questions, List<Agency> agencies) {
		Map<Long, List<CouncilQuestion>> byOwner = questions.stream()
			.collect(Collectors.groupingBy(CouncilQuestion::ownerAgencyId, LinkedHashMap::new, Collectors.toList()));
		Map<Agency, List<CouncilQuestion>> byAgency = new LinkedHashMap<>();
		for (Agency agency : agencies) {
			List<CouncilQuestion> owned = byOwner.get(agency.id());
			if (owned != null) {
				byAgency.put(agency, owned);
			}
		}
		return byAgency;
	}

	private static void question(CouncilQuestion question, Map<Long, Agency> agencies, List<Block> out) {
		String kind = question.type() == TrackedItemType.COUNCIL_RESOLUTION ? "決議案" : "書面質詢";
		out.add(new Heading(2, kind + "第" + question.number() + "號：" + question.subject(), true));
		out.add(new Paragraph("議員：" + question.councillors()));
		out.add(new Paragraph("答復期限：" + RocDates.format(question.replyDueOn())));
		if (!question.coAgencyIds().isEmpty()) {
			out.add(new Paragraph("協辦機關：" + String.join("、", question.coAgencyIds().stream()
				.map(id -> agencies.containsKey(id) ? agencies.get(id).nameZh() : "").toList())));
		}
		out.add(new Heading(3, "內容", false));
		lines(question.text(), out);
		out.add(new Heading(3, "答復", false));
		if (question.replyState() == ReplyState.APPROVED) {
			lines(question.replyText(), out);
			out.add(new Paragraph("答復日期：" + RocDates.format(question.repliedAt().atZone(RocDates.ZONE).toLocalDate())));
		}
		else {
			out.add(new Paragraph(NOT_REPLIED));
		}
	}

	/** A paragraph a line, since a book's paragraph is one line. */
	private static void lines(String text, List<Block> out) {
		text.lines().filter(line -> !line.isBlank()).map(String::strip).map(Paragraph::new).forEach(out::add);
	}

}
