package tw.yankao.petition.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import tw.yankao.petition.search.ChineseText;

/**
 * The knowledge base's search index, in memory: a few hundred entries index in milliseconds, so
 * it is built from the database on first use and again after each committed change, which keeps
 * it exactly in step without a marker. Questions and keywords weigh more than answers.
 */
@Component
class KnowledgeIndex {

	private static final String ID = "id";
	private static final String QUESTION = "question";
	private static final String KEYWORDS = "keywords";
	private static final String ANSWER = "answer";

	private final KnowledgeEntries entries;
	/** Moves on every committed change; an index built at an older generation is rebuilt. */
	private final AtomicLong generation = new AtomicLong();
	private volatile Built built;

	private record Built(long generation, IndexSearcher searcher) {
	}

	KnowledgeIndex(KnowledgeEntries entries) {
		this.entries = entries;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onChange(KnowledgeChanged change) {
		generation.incrementAndGet();
	}

	/** The ids of the entries that best match the words, best first. */
	List<Long> search(String words, int limit) {
		Set<String> terms = new HashSet<>(ChineseText.terms(words));
		if (terms.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String t : terms) {
			query.add(new BoostQuery(new TermQuery(new Term(QUESTION, t)), 2f), Occur.SHOULD);
			query.add(new BoostQuery(new TermQuery(new Term(KEYWORDS, t)), 2f), Occur.SHOULD);
			query.add(new TermQuery(new Term(ANSWER, t)), Occur.SHOULD);
		}
		try {
			IndexSearcher s = searcher();
			List<Long> ids = new ArrayList<>();
			for (ScoreDoc d : s.search(query.build(), limit).scoreDocs) {
				ids.add(s.storedFields().document(d.doc).getField(ID).numericValue().longValue());
			}
			return ids;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private IndexSearcher searcher() throws IOException {
		Built current = built;
		long now = generation.get();
		if (current == null || current.generation() != now) {
			// a change committed while building moves the generation on: the next search rebuilds again
			current = new Built(now, build());
			built = current;
		}
		return current.searcher();
	}

	private IndexSearcher build() throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ChineseText.analyzer()))) {
			for (KnowledgeEntry e : entries.of(null)) {
				Document doc = new Document();
				doc.add(new StoredField(ID, e.id()));
				doc.add(new TextField(QUESTION, e.question(), Field.Store.NO));
				doc.add(new TextField(KEYWORDS, e.keywords(), Field.Store.NO));
				doc.add(new TextField(ANSWER, e.answer(), Field.Store.NO));
				writer.addDocument(doc);
			}
		}
		return new IndexSearcher(DirectoryReader.open(directory));
	}

}
