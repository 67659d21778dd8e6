package vn.ttcs.learn.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssignmentSubmissionRepository extends GenericRepository<AssignmentSubmission, Long> {

    AssignmentSubmission save(AssignmentSubmission submission);

    Optional<AssignmentSubmission> findById(Long id);

    Optional<AssignmentSubmission> findByUserIdAndSubmissionKey(long userId, String submissionKey);

    List<AssignmentSubmission> findByEnrolmentIdAndAssignmentIdOrderBySubmissionNo(long enrolmentId,
                                                                                   String assignmentId);

    List<AssignmentSubmission> findByEnrolmentIdOrderBySubmissionNo(long enrolmentId);

    /** The queue: oldest first, so that work is graded in the order it came in. */
    List<AssignmentSubmission> findByStatusOrderBySubmittedAtAsc(SubmissionStatus status);

    /**
     * Records a grade on a submission still waiting for one: 0 rows when another trainer graded it first, so two
     * trainers grading at once never both succeed.
     */
    @Query("""
            UPDATE assignment_submission
               SET status = :status, graded_by = :gradedBy, graded_at = :gradedAt, score_percent = :scorePercent,
                   grades = :grades, grade_comment = :gradeComment
             WHERE id = :id AND status = 'WAITING'""")
    long grade(long id, String status, long gradedBy, Instant gradedAt, int scorePercent, String grades,
               @Nullable String gradeComment);
}
