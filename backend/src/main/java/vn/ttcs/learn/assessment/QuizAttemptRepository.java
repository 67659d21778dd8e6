package vn.ttcs.learn.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuizAttemptRepository extends GenericRepository<QuizAttempt, Long> {

    QuizAttempt save(QuizAttempt attempt);

    QuizAttempt update(QuizAttempt attempt);

    Optional<QuizAttempt> findById(Long id);

    /** Locks the attempt until the transaction ends: concurrent submissions of one attempt are taken one at a time. */
    Optional<QuizAttempt> findByIdForUpdate(Long id);

    List<QuizAttempt> findByEnrolmentIdAndQuizIdOrderByAttemptNo(long enrolmentId, String quizId);

    List<QuizAttempt> findByEnrolmentIdOrderByAttemptNo(long enrolmentId);
}
