package vn.ttcs.learn.learning;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LessonProgressRepository extends CrudRepository<LessonProgress, Long> {

    List<LessonProgress> findByEnrolmentId(long enrolmentId);

    List<LessonProgress> findByEnrolmentIdIn(Collection<Long> enrolmentIds);

    Optional<LessonProgress> findByEnrolmentIdAndLessonKey(long enrolmentId, String lessonKey);

    /**
     * The user's enrolment with the progress of every lesson of it, in one query; no rows when the enrolment does not
     * exist or is someone else's.
     */
    @Query("""
            SELECT e.id AS enrolment_id, e.course_version_id, e.last_lesson_key,
                   p.id AS progress_id, p.lesson_key, p.last_opened_at, p.done_at
            FROM enrolment e
            LEFT JOIN lesson_progress p ON p.enrolment_id = e.id
            WHERE e.id = :enrolmentId AND e.user_id = :userId""")
    List<LessonReadingRow> findReading(long enrolmentId, long userId);

    /** Moves the lesson's "last opened" time and nothing else; 0 when the lesson has no progress row yet. */
    @Query("""
            UPDATE lesson_progress SET last_opened_at = :at
            WHERE enrolment_id = :enrolmentId AND lesson_key = :lessonKey""")
    long opened(long enrolmentId, String lessonKey, Instant at);
}
