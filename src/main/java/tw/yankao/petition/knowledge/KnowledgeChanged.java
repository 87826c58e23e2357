package tw.yankao.petition.knowledge;

/** An entry was created, edited or deleted; the search index follows once the change commits. */
record KnowledgeChanged(long entryId) {
}
