package vn.ttcs.learn.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuizAttemptRepository extends GenericRepository<QuizAttempt, Long> {

    QuizAttempt save(QuizAttempt attempt);

    QuizAttempt update(QuizAttempt attempt);

    Optional<QuizAttempt> findById(Long id);

    /**
     * Records the submission of an attempt: its own columns only, so that the drawn questions (the row's largest
     * column, unchanged) are not sent back to the database.
     */
    @Query("""
            UPDATE quiz_attempt SET status = 'SUBMITTED', submitted_at = :submittedAt, score_percent = :scorePercent,
                   passed = :passed, submission_key = :submissionKey, answers = :answers
            WHERE id = :id""")
    void submit(long id, Instant submittedAt, int scorePercent, boolean passed, String submissionKey, String answers);

    /** Locks the attempt until the transaction ends: concurrent submissions of one attempt are taken one at a time. */
    Optional<QuizAttempt> findByIdForUpdate(Long id);

    /** The newest attempt at the quiz: one row, found by the end of the attempt-number index. */
    Optional<QuizAttempt> findFirstByEnrolmentIdAndQuizIdOrderByAttemptNoDesc(long enrolmentId, String quizId);

    List<QuizAttempt> findByEnrolmentIdOrderByAttemptNo(long enrolmentId);
}
