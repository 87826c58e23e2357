package tw.yankao.petition.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Do CJK bigrams beat single characters? Precision of the top 10 on a labelled mini-set: 7 topics of
 * 10 cases each, written so that topics share characters (路燈不亮 / 紅綠燈不亮, 垃圾車沒來 / 亂丟垃圾,
 * 流浪狗 / 狗叫聲很吵), 6 realistic queries each relevant to one topic. Same query form for both
 * analyzers: any term, ranked by BM25.
 */
public final class AnalyzerComparison {

	static final String[] PLACES = { "文心路", "北屯區崇德路" };
	static final Map<String, String[]> TOPICS = Map.of(
			"light", new String[] { "%s路燈不亮", "%s路燈壞了晚上很暗", "%s整排路燈熄滅", "%s路燈故障閃爍", "%s路燈一直沒亮" },
			"signal", new String[] { "%s紅綠燈不亮", "%s號誌燈故障", "%s交通號誌壞了", "%s紅燈一直亮著不會變", "%s行人號誌燈不亮" },
			"collection", new String[] { "%s垃圾車沒來", "%s垃圾車今天沒有收", "%s清潔隊沒收垃圾", "%s垃圾車提早離開", "%s垃圾車晚到一小時" },
			"litter", new String[] { "%s有人亂丟垃圾", "%s路邊垃圾堆積", "%s空地被丟垃圾", "%s垃圾丟在電線桿下", "%s亂倒廢棄物" },
			"dogs", new String[] { "%s流浪狗追人", "%s野狗成群", "%s流浪犬咬人", "%s流浪狗在路上亂竄", "%s很多流浪狗" },
			"noise", new String[] { "%s狗叫聲很吵", "%s夜間施工很吵", "%s卡拉OK噪音", "%s鄰居深夜噪音", "%s車輛噪音很大" },
			"pothole", new String[] { "%s路面有坑洞", "%s道路凹陷", "%s路面不平", "%s柏油路破洞", "%s機車道坑坑洞洞" });
	static final Map<String, String> QUERIES = Map.of("路燈不亮", "light", "紅綠燈壞了", "signal", "垃圾車沒來收", "collection",
			"流浪狗很多", "dogs", "路上有坑洞", "pothole", "晚上很吵", "noise");

	public static void main(String[] args) throws Exception {
		double bigrams = precision(ChineseText.analyzer());
		double unigrams = precision(new StandardAnalyzer());
		double both = precision(new BigramsAndUnigrams());
		System.out.printf("BENCH search-analyzers cjk-bigram-precision-at-10 %.2f ratio%n", bigrams);
		System.out.printf("BENCH search-analyzers unigram-precision-at-10-baseline %.2f ratio%n", unigrams);
		System.out.printf("BENCH search-analyzers bigram-and-unigram-precision-at-10 %.2f ratio%n", both);
	}

	/** CJKAnalyzer's chain with the single characters kept beside the bigrams. */
	static final class BigramsAndUnigrams extends Analyzer {
		@Override
		protected TokenStreamComponents createComponents(String field) {
			var source = new org.apache.lucene.analysis.standard.StandardTokenizer();
			var stream = new org.apache.lucene.analysis.cjk.CJKBigramFilter(
					new org.apache.lucene.analysis.LowerCaseFilter(new org.apache.lucene.analysis.cjk.CJKWidthFilter(source)),
					org.apache.lucene.analysis.cjk.CJKBigramFilter.HAN, true);
			return new TokenStreamComponents(source, stream);
		}
	}

	static double precision(Analyzer analyzer) throws Exception {
		ByteBuffersDirectory dir = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
			for (var topic : TOPICS.entrySet()) {
				for (String template : topic.getValue()) {
					for (String place : PLACES) {
						Document doc = new Document();
						doc.add(new StoredField("topic", topic.getKey()));
						doc.add(new TextField("text", template.formatted(place), Field.Store.NO));
						writer.addDocument(doc);
					}
				}
			}
		}
		try (DirectoryReader reader = DirectoryReader.open(dir)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			List<Double> precisions = new ArrayList<>();
			for (var q : QUERIES.entrySet()) {
				int relevant = 0;
				for (ScoreDoc d : searcher.search(ChineseText.anyTerm(analyzer, "text", q.getKey()), 10).scoreDocs) {
					if (q.getValue().equals(searcher.storedFields().document(d.doc).get("topic"))) {
						relevant++;
					}
				}
				System.out.printf("BENCH search-analyzers %s-%s %d of-10%n", analyzer.getClass().getSimpleName(), q.getKey(), relevant);
				precisions.add(relevant / 10.0);
			}
			return precisions.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		}
	}

	private AnalyzerComparison() {
	}

}
