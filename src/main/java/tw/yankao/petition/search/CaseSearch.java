package tw.yankao.petition.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;

import tw.yankao.shared.profile.PetitionRules;

/**
 * The queries of the case index: words anywhere in the descriptions of the agencies' cases, and
 * similar open cases nearby (重複陳情 suggestions). Returns case numbers; callers load and mask
 * the cases as the viewer may see them.
 */
final class CaseSearch {

	/** Candidates scored by Lucene before the bigram overlap is computed on their text. */
	private static final int CANDIDATES = 50;

	/** Share of a search's terms a description must hold: 路燈不亮 should not find every 路燈. */
	private static final double SEARCH_MATCH_SHARE = 0.6;

	/** A case number and its Lucene score. */
	record Hit(String number, float score) {
	}

	private final CaseIndex index;

	CaseSearch(CaseIndex index) {
		this.index = index;
	}

	/**
	 * Cases whose description holds most of the words, best first.
	 * @param agencies the agencies whose cases may be found, or null for all (unassigned cases only then)
	 */
	List<Hit> search(String text, Set<Long> agencies, int limit) {
		List<String> terms = ChineseText.terms(text).stream().distinct().limit(ChineseText.MAX_QUERY_TERMS).toList();
		if (terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder words = new BooleanQuery.Builder();
		terms.forEach(t -> words.add(new TermQuery(new Term(CaseIndex.TEXT, t)), Occur.SHOULD));
		words.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(terms.size() * SEARCH_MATCH_SHARE)));
		BooleanQuery.Builder query = new BooleanQuery.Builder().add(words.build(), Occur.MUST);
		if (agencies != null) {
			List<BytesRef> ids = agencies.stream().map(id -> new BytesRef(id.toString())).toList();
			query.add(new TermInSetQuery(CaseIndex.AGENCY, ids), Occur.FILTER);
		}
		Query built = query.build();
		return index.search(s -> hits(s, built, limit));
	}

	/**
	 * Open cases of the same sub-category, within the rules' distance (or, without a point, in the
	 * same district) and days, whose descriptions share at least the rules' overlap; most alike first.
	 */
	List<SimilarCase> similar(CaseProbe probe, PetitionRules.Duplicates rules, int limit) {
		if (!probe.complete()) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder()
			.add(ChineseText.anyTerm(CaseIndex.TEXT, probe.description()), Occur.MUST)
			.add(new TermQuery(new Term(CaseIndex.CATEGORY, probe.category())), Occur.FILTER)
			.add(new TermQuery(new Term(CaseIndex.OPEN, "true")), Occur.FILTER)
			.add(LongPoint.newRangeQuery(CaseIndex.RECEIVED,
					probe.at().minus(Duration.ofDays(rules.days())).toEpochMilli(), probe.at().toEpochMilli()), Occur.FILTER);
		if (probe.hasPoint()) {
			query.add(LatLonPoint.newDistanceQuery(CaseIndex.POINT, probe.latitude(), probe.longitude(), rules.distanceMeters()),
					Occur.FILTER);
		}
		else {
			query.add(new TermQuery(new Term(CaseIndex.DISTRICT, probe.district())), Occur.FILTER);
		}
		Query built = query.build();
		return index.search(s -> {
			List<SimilarCase> found = new ArrayList<>();
			for (ScoreDoc hit : s.search(built, CANDIDATES).scoreDocs) {
				var doc = s.storedFields().document(hit.doc);
				String number = doc.get(CaseIndex.NUMBER);
				int overlap = ChineseText.overlapPercent(probe.description(), doc.get(CaseIndex.TEXT));
				if (number.equals(probe.excludeNumber()) || overlap < rules.minTextOverlapPercent()) {
					continue;
				}
				found.add(new SimilarCase(number, overlap, distance(probe, doc)));
			}
			found.sort(Comparator.comparingInt(SimilarCase::overlapPercent).reversed()
				.thenComparing(c -> c.distanceMeters() == null ? Integer.MAX_VALUE : c.distanceMeters()));
			return found.stream().limit(limit).collect(Collectors.toList());
		});
	}

	private static Integer distance(CaseProbe probe, org.apache.lucene.document.Document doc) {
		var lat = doc.getField(CaseIndex.POINT + ".lat");
		if (!probe.hasPoint() || lat == null) {
			return null;
		}
		double lon = doc.getField(CaseIndex.POINT + ".lon").numericValue().doubleValue();
		return (int) Math.round(SloppyMath.haversinMeters(probe.latitude(), probe.longitude(), lat.numericValue().doubleValue(), lon));
	}

	private static List<Hit> hits(IndexSearcher searcher, Query query, int limit) throws java.io.IOException {
		List<Hit> hits = new ArrayList<>();
		for (ScoreDoc d : searcher.search(query, limit).scoreDocs) {
			hits.add(new Hit(searcher.storedFields().document(d.doc).get(CaseIndex.NUMBER), d.score));
		}
		return hits;
	}

}
