package tw.yankao.org.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import tw.yankao.org.AgencyKind;
import tw.yankao.org.internal.AgencyDraft;

/** An agency as the JSON API accepts it; dates in ISO 8601. */
record AgencyRequest(@NotBlank @Size(max = 32) String code, String parentCode, @NotNull AgencyKind kind,
		@NotBlank @Size(max = 120) String nameZh, @NotBlank @Size(max = 200) String nameEn, @NotNull LocalDate activeFrom,
		LocalDate activeTo, Integer sortOrder) {

	AgencyDraft toDraft() {
		return new AgencyDraft(code.strip(), parentCode == null ? "" : parentCode.strip(), kind, nameZh.strip(),
				nameEn.strip(), activeFrom, activeTo, sortOrder == null ? 0 : sortOrder);
	}

}
