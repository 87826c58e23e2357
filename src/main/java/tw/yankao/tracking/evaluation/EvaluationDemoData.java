package tw.yankao.tracking.evaluation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tw.yankao.shared.demo.DemoDataset;

/**
 * The year-end evaluation of the demo's tracking year (ROC 105): the round is open, and reviewers
 * have scored about two items in three, so that grades, the distribution chart and the rewards
 * list have something to show while the rest still waits for review.
 */
@Component
class EvaluationDemoData implements DemoDataset {

	static final int ROC_YEAR = 105;
	private static final long SEED = 1050035L;
	private static final List<String> COMMENTS = List.of("落後原因分析具體，改善對策可行。", "對策已落實，進度逐月回升。",
			"對策流於原則性說明，請具體列出改善期程。", "已召開協調會議排除用地問題，成效良好。", "未說明落後原因，對策待補強。");
	private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

	private final YearEndEvaluation evaluation;
	private final Evaluations evaluations;

	EvaluationDemoData(YearEndEvaluation evaluation, Evaluations evaluations) {
		this.evaluation = evaluation;
		this.evaluations = evaluations;
	}

	/** After the tracking demo (30) and documents (31), whose items it evaluates. */
	@Override
	public int order() {
		return 35;
	}

	@Override
	public boolean isLoaded() {
		return evaluations.round(ROC_YEAR).isPresent();
	}

	@Override
	public void load() {
		long started = System.nanoTime();
		evaluation.open(ROC_YEAR);
		long opened = System.nanoTime();
		Random random = new Random(SEED);
		int reviewed = evaluation.reviewInBulk(ROC_YEAR, e -> {
			if (random.nextInt(3) == 0) {
				return null;
			}
			Map<String, BigDecimal> values = new HashMap<>();
			// items behind schedule are the ones whose countermeasures reviewers find wanting
			int floor = behind(e) ? 0 : 60;
			e.parts().stream().filter(PartScore::isReviewerPart)
				.forEach(p -> values.put(p.code(), BigDecimal.valueOf(floor + random.nextInt(41))));
			return new ReviewEntry(e.version(), values, COMMENTS.get(random.nextInt(COMMENTS.size())));
		});
		long done = System.nanoTime();
		log.info("Evaluation demo: round {} opened, {} items reviewed in {} ms (open {}, review {})", ROC_YEAR, reviewed,
				(done - started) / 1_000_000, (opened - started) / 1_000_000, (done - opened) / 1_000_000);
	}

	private static boolean behind(ItemEvaluation e) {
		return e.parts().stream()
			.anyMatch(p -> "PROGRESS".equals(p.code()) && p.value() != null && p.value().compareTo(BigDecimal.valueOf(90)) < 0);
	}

}
