package vn.ttcs.learn.learning;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface LessonProgressRepository extends CrudRepository<LessonProgress, Long> {

    List<LessonProgress> findByEnrolmentId(long enrolmentId);

    List<LessonProgress> findByEnrolmentIdIn(Collection<Long> enrolmentIds);

    Optional<LessonProgress> findByEnrolmentIdAndLessonKey(long enrolmentId, String lessonKey);
}
