package vn.ttcs.learn.competency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** A trainee's evidence with the quiz, drill or assignment behind each row, in one query, newest first. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface EvidenceTrailRepository extends GenericRepository<Evidence, Long> {

    @Query("""
            SELECT e.id, e.standard_code, e.level, e.source_kind, e.source_id, e.course_version_id, v.course_code,
                   COALESCE(q.quiz_id, d.drill_id, a.assignment_id) AS assessment_id, e.score_percent, e.recorded_at
            FROM competency_evidence e
            JOIN course_version v ON v.id = e.course_version_id
            LEFT JOIN quiz_attempt q ON e.source_kind = 'QUIZ_ATTEMPT' AND q.id = e.source_id
            LEFT JOIN drill_run d ON e.source_kind = 'DRILL_RUN' AND d.id = e.source_id
            LEFT JOIN assignment_submission a ON e.source_kind = 'ASSIGNMENT' AND a.id = e.source_id
            WHERE e.user_id = :userId
            ORDER BY e.recorded_at DESC, e.id DESC""")
    List<EvidenceTrail> findTrail(long userId);
}
