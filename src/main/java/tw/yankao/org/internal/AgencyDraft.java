package tw.yankao.org.internal;

import java.time.LocalDate;

import tw.yankao.org.AgencyKind;

/**
 * An agency as entered on the admin page or in an import file, before it is checked; the
 * parent is named by code since an import may create parent and child together.
 */
public record AgencyDraft(String code, String parentCode, AgencyKind kind, String nameZh, String nameEn,
		LocalDate activeFrom, LocalDate activeTo, int sortOrder) {
}
