package vn.ttcs.learn.authoring;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Append-only, like the audit log. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CourseChangeRepository extends GenericRepository<CourseChange, Long> {

    CourseChange save(CourseChange change);

    List<CourseChange> findByCourseCodeOrderByIdDesc(String courseCode);
}
