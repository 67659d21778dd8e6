package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a trainee has done in one enrolment, read for the certification rule: lessons done, quizzes passed,
 * assignments passed. Read-only SQL over the learning and assessment tables, so that certification depends on their
 * records and not on their code. Each read is one statement, so it needs a connection but no transaction (which
 * would cost the round trips that switch auto-commit off and on and commit).
 */
@Singleton
@Connectable
class CourseWork {

    // Each part reads the index on (enrolment_id, ...) of its table; one round trip instead of one per part.
    private static final String DONE = """
            SELECT 'L', lesson_key, done_at FROM lesson_progress WHERE enrolment_id = ? AND done_at IS NOT NULL
            UNION ALL
            SELECT 'Q', quiz_id, MAX(submitted_at) FROM quiz_attempt
            WHERE enrolment_id = ? AND status = 'SUBMITTED' AND passed = TRUE GROUP BY quiz_id
            UNION ALL
            SELECT 'A', assignment_id, MAX(graded_at) FROM assignment_submission
            WHERE enrolment_id = ? AND status = 'PASSED' GROUP BY assignment_id""";

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

    /**
     * Everything done in the enrolment that the certification rule looks at, in one statement: the lessons marked
     * done, the quizzes passed (each with its latest pass), the assignments passed.
     */
    Done done(long enrolmentId) {
        return jdbc.prepareStatement(DONE, s -> {
            s.setLong(1, enrolmentId);
            s.setLong(2, enrolmentId);
            s.setLong(3, enrolmentId);
            Set<String> lessons = new HashSet<>();
            Map<String, Instant> quizzes = new HashMap<>();
            Set<String> assignments = new HashSet<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String item = r.getString(2);
                    switch (r.getString(1)) {
                        case "L" -> lessons.add(item);
                        case "Q" -> quizzes.put(item, r.getTimestamp(3).toInstant());
                        default -> assignments.add(item);
                    }
                }
            }
            return new Done(lessons, quizzes, assignments);
        });
    }

    /** What {@link #done} found: lesson keys, quiz ids with their latest pass, assignment ids. */
    record Done(Set<String> lessons, Map<String, Instant> quizzesPassed, Set<String> assignmentsPassed) {

        /** When the quiz was last passed, if it was. */
        Optional<Instant> passedAt(@Nullable String quizId) {
            return quizId == null ? Optional.empty() : Optional.ofNullable(quizzesPassed.get(quizId));
        }
    }
}
