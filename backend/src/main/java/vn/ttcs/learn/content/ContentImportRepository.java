package vn.ttcs.learn.content;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ContentImportRepository extends GenericRepository<ContentImport, String> {

    /** The row, locked until the transaction ends: another instance starting at the same moment waits here. */
    Optional<ContentImport> findByIdForUpdate(String name);

    ContentImport update(ContentImport contentImport);
}
