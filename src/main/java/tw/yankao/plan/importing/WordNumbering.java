package tw.yankao.plan.importing;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * Word's automatic numbering written out as text ({@code 一、}, {@code (二)}, {@code 3.}), because
 * {@link PlanTextImport} recognises headings and list items by their numbering and Word keeps
 * that numbering out of the text. Counts per list and level in document order, as Word does;
 * bullets and formats it does not know give no label.
 */
final class WordNumbering {

	private static final int LEVELS = 9;

	private final XWPFNumbering numbering;
	private final Map<BigInteger, int[]> counters = new HashMap<>();

	WordNumbering(XWPFNumbering numbering) {
		this.numbering = numbering;
	}

	/** The label of a numbered paragraph, empty for any other; counts the paragraph. */
	String label(XWPFParagraph paragraph) {
		BigInteger numId = paragraph.getNumID();
		if (numbering == null || numId == null) {
			return "";
		}
		int level = paragraph.getNumIlvl() == null ? 0 : Math.min(paragraph.getNumIlvl().intValue(), LEVELS - 1);
		CTLvl[] levels = levels(numId);
		if (levels == null || level >= levels.length) {
			return "";
		}
		int[] count = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
		count[level] = count[level] == 0 ? start(levels[level]) : count[level] + 1;
		for (int deeper = level + 1; deeper < LEVELS; deeper++) {
			count[deeper] = 0;
		}
		if (levels[level].getLvlText() == null || levels[level].getLvlText().getVal() == null) {
			return "";
		}
		String label = levels[level].getLvlText().getVal();
		for (int l = 0; l <= level; l++) {
			String number = ListNumber.format(format(levels[l]), Math.max(count[l], start(levels[l])));
			if (number == null) {
				return "";
			}
			label = label.replace("%" + (l + 1), number);
		}
		return label;
	}

	private CTLvl[] levels(BigInteger numId) {
		XWPFNum num = numbering.getNum(numId);
		if (num == null || num.getCTNum().getAbstractNumId() == null) {
			return null;
		}
		XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
		return abstractNum == null ? null : abstractNum.getCTAbstractNum().getLvlArray();
	}

	private static int start(CTLvl level) {
		return level.getStart() == null ? 1 : level.getStart().getVal().intValue();
	}

	private static String format(CTLvl level) {
		return level.getNumFmt() == null ? "decimal" : level.getNumFmt().getVal().toString();
	}

}
