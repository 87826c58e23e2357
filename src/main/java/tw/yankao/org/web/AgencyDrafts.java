package tw.yankao.org.web;

import tw.yankao.org.internal.AgencyDraft;

final class AgencyDrafts {

	private AgencyDrafts() {
	}

	static AgencyDraft of(AgencyForm form) {
		return new AgencyDraft(trim(form.code()), trim(form.parentCode()), form.kind(), trim(form.nameZh()),
				trim(form.nameEn()), form.activeFrom(), form.activeTo(), form.sortOrder() == null ? 0 : form.sortOrder());
	}

	private static String trim(String text) {
		return text == null ? "" : text.strip();
	}

}
