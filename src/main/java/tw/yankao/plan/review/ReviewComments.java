package tw.yankao.plan.review;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.yankao.plan.AnnualPlanId;
import tw.yankao.plan.ReviewComment;

/** The plan_review_comment rows. */
@Repository
class ReviewComments {

	private static final String COLUMNS = "id, plan_id, version_number, anchor, kind, text, author, created_at";

	private final JdbcClient jdbc;

	ReviewComments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReviewComment add(AnnualPlanId id, int versionNumber, String anchor, ReviewComment.Kind kind, String text,
			String author) {
		return jdbc.sql("""
				insert into plan_review_comment (plan_id, version_number, anchor, kind, text, author)
				values (:id, :version, :anchor, :kind, :text, :author)
				returning \s""" + COLUMNS)
			.param("id", id.value())
			.param("version", versionNumber)
			.param("anchor", anchor)
			.param("kind", kind.name())
			.param("text", text)
			.param("author", author)
			.query(ReviewComments::comment)
			.single();
	}

	List<ReviewComment> of(AnnualPlanId id) {
		return jdbc.sql("select " + COLUMNS + " from plan_review_comment where plan_id = :id order by id")
			.param("id", id.value())
			.query(ReviewComments::comment)
			.list();
	}

	private static ReviewComment comment(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new ReviewComment(rs.getLong("id"), new AnnualPlanId(rs.getLong("plan_id")),
				rs.getInt("version_number"), rs.getString("anchor"), ReviewComment.Kind.valueOf(rs.getString("kind")),
				rs.getString("text"), rs.getString("author"), rs.getTimestamp("created_at").toInstant());
	}

}
