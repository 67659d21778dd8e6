package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a trainee has done in one enrolment, read for the certification rule: lessons done, quizzes passed,
 * assignments passed. Read-only SQL over the learning and assessment tables, so that certification depends on their
 * records and not on their code.
 */
@Singleton
@Transactional
class CourseWork {

    /** One enrolment: whose, in which course version. */
    record EnrolmentRef(long id, long userId, String courseCode, long courseVersionId) {
    }

    private final JdbcOperations jdbc;

    CourseWork(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EnrolmentRef> enrolment(long enrolmentId) {
        return jdbc.prepareStatement("SELECT id, user_id, course_code, course_version_id FROM enrolment WHERE id = ?",
                s -> {
                    s.setLong(1, enrolmentId);
                    try (ResultSet r = s.executeQuery()) {
                        return r.next() ? Optional.of(new EnrolmentRef(r.getLong(1), r.getLong(2), r.getString(3),
                                r.getLong(4))) : Optional.empty();
                    }
                });
    }

    Set<String> lessonsDone(long enrolmentId) {
        return strings("SELECT lesson_key FROM lesson_progress WHERE enrolment_id = ? AND done_at IS NOT NULL",
                enrolmentId);
    }

    Set<String> assignmentsPassed(long enrolmentId) {
        return strings("SELECT DISTINCT assignment_id FROM assignment_submission WHERE enrolment_id = ?"
                + " AND status = 'PASSED'", enrolmentId);
    }

    /** When the quiz was last passed in this enrolment, if it was. */
    Optional<Instant> quizPassedAt(long enrolmentId, @Nullable String quizId) {
        if (quizId == null) {
            return Optional.empty();
        }
        return jdbc.prepareStatement("SELECT MAX(submitted_at) FROM quiz_attempt WHERE enrolment_id = ? AND quiz_id = ?"
                + " AND status = 'SUBMITTED' AND passed = TRUE", s -> {
                    s.setLong(1, enrolmentId);
                    s.setString(2, quizId);
                    try (ResultSet r = s.executeQuery()) {
                        Timestamp at = r.next() ? r.getTimestamp(1) : null;
                        return Optional.ofNullable(at).map(Timestamp::toInstant);
                    }
                });
    }

    private Set<String> strings(String sql, long enrolmentId) {
        return jdbc.prepareStatement(sql, (PreparedStatement s) -> {
            s.setLong(1, enrolmentId);
            Set<String> found = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        });
    }
}
