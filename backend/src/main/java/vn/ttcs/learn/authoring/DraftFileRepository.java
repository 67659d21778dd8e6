package vn.ttcs.learn.authoring;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DraftFileRepository extends GenericRepository<DraftFile, Long> {

    DraftFile save(DraftFile file);

    DraftFile update(DraftFile file);

    List<DraftFile> findByCourseCodeOrderByPath(String courseCode);

    Optional<DraftFile> findByCourseCodeAndPath(String courseCode, String path);

    void deleteByCourseCodeAndPath(String courseCode, String path);

    void deleteByCourseCode(String courseCode);
}
