package vn.ttcs.learn.learning;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EnrolmentRepository extends CrudRepository<Enrolment, Long> {

    Optional<Enrolment> findByUserIdAndCourseCode(long userId, String courseCode);

    List<Enrolment> findByUserIdOrderByEnrolledAtDesc(long userId);

    /** Sets the resume point only, so that a completion or an assignment written meanwhile is kept. */
    @Query("UPDATE enrolment SET last_lesson_key = :lessonKey WHERE id = :id")
    long resumeAt(long id, String lessonKey);
}
