package vn.ttcs.learn.authoring;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DraftEditorRepository extends GenericRepository<DraftEditor, Long> {

    DraftEditor save(DraftEditor editor);

    boolean existsByCourseCodeAndUserId(String courseCode, long userId);

    void deleteByCourseCode(String courseCode);
}
