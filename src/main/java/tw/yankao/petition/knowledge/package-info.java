/**
 * The 1999 knowledge base (內部 QA 資料庫): answers to common questions that agencies maintain
 * for their own agency, searched as the agent types (Lucene over question, answer and keywords).
 */
package tw.yankao.petition.knowledge;
