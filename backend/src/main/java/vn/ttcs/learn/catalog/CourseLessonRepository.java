package vn.ttcs.learn.catalog;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CourseLessonRepository extends GenericRepository<CourseLesson, Long> {

    CourseLesson save(CourseLesson lesson);

    List<CourseLesson> findByCourseVersionIdOrderByPosition(long courseVersionId);
}
