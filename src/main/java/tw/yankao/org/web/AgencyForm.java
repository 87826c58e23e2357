package tw.yankao.org.web;

import java.time.LocalDate;


import tw.yankao.org.Agency;
import tw.yankao.org.AgencyKind;

/** The agency form; dates are typed in ROC or ISO form. */
record AgencyForm(String code, String parentCode, AgencyKind kind, String nameZh, String nameEn,
		LocalDate activeFrom, LocalDate activeTo, Integer sortOrder) {

	static AgencyForm empty(LocalDate today) {
		return new AgencyForm("", "", AgencyKind.FIRST_LEVEL, "", "", today, null, 0);
	}

	static AgencyForm of(Agency agency, String parentCode) {
		return new AgencyForm(agency.code(), parentCode, agency.kind(), agency.nameZh(), agency.nameEn(),
				agency.activeFrom(), agency.activeTo(), agency.sortOrder());
	}

}
