/**
 * Full-text search of case descriptions in Chinese (Lucene, CJK bigrams): the index under the data
 * directory, kept in step with the cases after each commit and rebuilt from the database on demand
 * ({@code petition reindex}) or on start when it is missing or behind; the search page's queries and
 * the duplicate suggestions (similar open cases nearby) shown before and after a case is created.
 */
package tw.yankao.petition.search;
