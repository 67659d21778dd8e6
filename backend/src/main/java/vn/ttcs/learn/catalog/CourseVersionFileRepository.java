package vn.ttcs.learn.catalog;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** Like the versions they belong to, these files are only ever added. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CourseVersionFileRepository extends GenericRepository<CourseVersionFile, Long> {

    CourseVersionFile save(CourseVersionFile file);

    List<CourseVersionFile> findByCourseVersionIdOrderByPath(long courseVersionId);

    Optional<CourseVersionFile> findByCourseVersionIdAndPath(long courseVersionId, String path);
}
