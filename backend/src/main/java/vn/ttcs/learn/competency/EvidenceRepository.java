package vn.ttcs.learn.competency;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** Evidence is only ever added: it is the record of what a trainee has shown. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface EvidenceRepository extends GenericRepository<Evidence, Long> {

    Evidence save(Evidence evidence);

    boolean existsBySourceKindAndSourceIdAndStandardCode(Evidence.SourceKind sourceKind, long sourceId,
                                                         String standardCode);

    List<Evidence> findByUserIdOrderByRecordedAtDesc(long userId);
}
