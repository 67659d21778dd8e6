package vn.ttcs.learn.assignment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AssignmentFileRepository extends GenericRepository<AssignmentFile, Long> {

    AssignmentFile save(AssignmentFile file);

    Optional<AssignmentFile> findById(Long submissionId);
}
