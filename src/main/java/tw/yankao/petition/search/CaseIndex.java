package tw.yankao.petition.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;

/**
 * The Lucene index of cases: one document per case, replaced whole when the case changes. Holds
 * the marker up to which it is known to match the database, written with each commit. Thread-safe.
 */
final class CaseIndex implements Closeable {

	static final String ID = "id";
	static final String NUMBER = "number";
	static final String CATEGORY = "category";
	static final String AGENCY = "agency";
	static final String OPEN = "open";
	static final String DISTRICT = "district";
	static final String RECEIVED = "received";
	static final String POINT = "point";
	static final String TEXT = "text";

	/** The commit data key of the marker: epoch milliseconds of the last case change the index is sure to hold. */
	private static final String MARKER = "updatedUpTo";

	/** The agency term of an unassigned case. */
	static final String NO_AGENCY = "none";

	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;

	CaseIndex(Directory directory) throws IOException {
		this.directory = directory;
		IndexWriterConfig config = new IndexWriterConfig(ChineseText.analyzer())
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setRAMBufferSizeMB(64);
		this.writer = new IndexWriter(directory, config);
		this.searchers = new SearcherManager(writer, null);
	}

	static Document document(IndexedCase c) {
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(c.id()), Field.Store.NO));
		doc.add(new StoredField(NUMBER, c.number()));
		doc.add(new StringField(CATEGORY, c.category(), Field.Store.NO));
		doc.add(new StringField(AGENCY, c.agencyId() == null ? NO_AGENCY : c.agencyId().toString(), Field.Store.NO));
		doc.add(new StringField(OPEN, Boolean.toString(c.open()), Field.Store.NO));
		if (c.district() != null) {
			doc.add(new StringField(DISTRICT, c.district(), Field.Store.NO));
		}
		doc.add(new LongPoint(RECEIVED, c.receivedAt().toEpochMilli()));
		if (c.latitude() != null && c.longitude() != null) {
			doc.add(new LatLonPoint(POINT, c.latitude(), c.longitude()));
			doc.add(new StoredField(POINT + ".lat", c.latitude()));
			doc.add(new StoredField(POINT + ".lon", c.longitude()));
		}
		doc.add(new TextField(TEXT, c.description(), Field.Store.YES));
		return doc;
	}

	/** Adds the case, or replaces its earlier document. Searchers see it after {@link #refresh()}. */
	void put(IndexedCase c) {
		try {
			writer.updateDocument(new Term(ID, Long.toString(c.id())), document(c));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds a case known not to be in the index yet (a rebuild after {@link #clear()}): no delete to look up. */
	void add(IndexedCase c) {
		try {
			writer.addDocument(document(c));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void clear() {
		try {
			writer.deleteAll();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes the changes durable, with the new marker if one is given, and visible to searches. */
	void commit(Instant marker) {
		try {
			if (marker != null) {
				writer.setLiveCommitData(Map.of(MARKER, Long.toString(marker.toEpochMilli())).entrySet());
			}
			writer.commit();
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void refresh() {
		try {
			searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The marker of the last commit; empty for an index never committed, or committed without one. */
	Optional<Instant> marker() {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data == null) {
			return Optional.empty();
		}
		for (Map.Entry<String, String> e : data) {
			if (MARKER.equals(e.getKey())) {
				return Optional.of(Instant.ofEpochMilli(Long.parseLong(e.getValue())));
			}
		}
		return Optional.empty();
	}

	/** Whether a commit of this index exists on disk. */
	boolean exists() {
		try {
			return DirectoryReader.indexExists(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	interface Search<T> {
		T run(IndexSearcher searcher) throws IOException;
	}

	<T> T search(Search<T> search) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return search.run(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int size() {
		return search(s -> s.getIndexReader().numDocs());
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

}
