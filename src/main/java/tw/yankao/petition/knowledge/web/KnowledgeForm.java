package tw.yankao.petition.knowledge.web;

import tw.yankao.petition.knowledge.KnowledgeDraft;
import tw.yankao.petition.knowledge.KnowledgeEntry;

/** The entry form as posted; {@code version} is the one the maintainer read. */
record KnowledgeForm(String agency, String question, String answer, String category, String keywords, Integer version) {

	static KnowledgeForm empty(String agency) {
		return new KnowledgeForm(agency, "", "", "", "", 0);
	}

	static KnowledgeForm of(KnowledgeEntry e, String agencyCode) {
		return new KnowledgeForm(agencyCode, e.question(), e.answer(), e.category() == null ? "" : e.category(), e.keywords(),
				e.version());
	}

	KnowledgeDraft toDraft() {
		return new KnowledgeDraft(agency, question, answer, category, keywords);
	}

	int versionOrZero() {
		return version == null ? 0 : version;
	}
}
