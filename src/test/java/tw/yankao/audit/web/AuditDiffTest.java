package tw.yankao.audit.web;

import org.junit.jupiter.api.Test;

import tw.yankao.audit.web.AuditDiff.Change;
import tw.yankao.audit.web.AuditDiff.FieldChange;

import static org.assertj.core.api.Assertions.assertThat;

class AuditDiffTest {

	@Test
	void comparesTopLevelFieldsInOrderOfAppearance() {
		assertThat(AuditDiff.of("{\"name\":\"舊\",\"code\":\"A\",\"tags\":[1,2]}", "{\"name\":\"新\",\"code\":\"A\",\"note\":null}"))
			.containsExactly(new FieldChange("name", "舊", "新", Change.CHANGED),
					new FieldChange("code", "A", "A", Change.UNCHANGED),
					new FieldChange("tags", "[1,2]", null, Change.REMOVED),
					new FieldChange("note", null, "null", Change.ADDED));
	}

	@Test
	void aCreatedRecordHasOnlyAddedFieldsAndADeletedOneOnlyRemovedFields() {
		assertThat(AuditDiff.of(null, "{\"n\":1}")).containsExactly(new FieldChange("n", null, "1", Change.ADDED));
		assertThat(AuditDiff.of("{\"n\":1}", null)).containsExactly(new FieldChange("n", "1", null, Change.REMOVED));
	}

	@Test
	void valuesThatAreNotObjectsAreComparedWhole() {
		assertThat(AuditDiff.of("[1]", "[1,2]")).containsExactly(new FieldChange(null, "[1]", "[1,2]", Change.CHANGED));
		assertThat(AuditDiff.of("not json", "not json")).containsExactly(new FieldChange(null, "not json", "not json", Change.UNCHANGED));
	}

	@Test
	void prettyPrintsJsonAndLeavesOtherTextAlone() {
		assertThat(AuditDiff.pretty("{\"a\":1,\"b\":[2]}")).isEqualTo("{\n  \"a\" : 1,\n  \"b\" : [ 2 ]\n}");
		assertThat(AuditDiff.pretty("not json {")).isEqualTo("not json {");
		assertThat(AuditDiff.pretty(null)).isNull();
	}

}
