package tw.yankao.petition.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How Traditional Chinese text is cut for search: overlapping character bigrams (路燈不亮 → 路燈,
 * 燈不, 不亮), which need no dictionary and find words a dictionary lacks (place names, 1999
 * jargon); Latin words and numbers stay whole, full-width forms are folded to half-width.
 * Pure and thread-safe.
 */
public final class ChineseText {

	/** At most this many terms from one text make a query: a long description adds little after them. */
	static final int MAX_QUERY_TERMS = 64;

	private static final Analyzer ANALYZER = new CJKAnalyzer();

	private ChineseText() {
	}

	/** The analyzer the index is written and queried with. */
	public static Analyzer analyzer() {
		return ANALYZER;
	}

	/** The terms of a text as the index holds them, in order, repeats kept. */
	public static List<String> terms(String text) {
		return terms(ANALYZER, text);
	}

	static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return terms;
		}
		try (TokenStream tokens = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/** Any of the text's terms, the more the better; empty when the text has none. */
	static Query anyTerm(Analyzer analyzer, String field, String text) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		new HashSet<>(terms(analyzer, text)).stream().limit(MAX_QUERY_TERMS)
			.forEach(t -> query.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
		return query.build();
	}

	static Query anyTerm(String field, String text) {
		return anyTerm(ANALYZER, field, text);
	}

	/**
	 * How much two texts say the same: the Dice coefficient of their term sets, 0–100. Order and
	 * repeats do not count, so 路燈不亮 and 不亮的路燈 score high.
	 */
	public static int overlapPercent(String a, String b) {
		Set<String> x = new HashSet<>(terms(a));
		Set<String> y = new HashSet<>(terms(b));
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		long shared = x.stream().filter(y::contains).count();
		return (int) Math.round(200.0 * shared / (x.size() + y.size()));
	}

}
