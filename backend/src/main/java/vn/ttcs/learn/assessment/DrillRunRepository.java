package vn.ttcs.learn.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DrillRunRepository extends GenericRepository<DrillRun, Long> {

    DrillRun save(DrillRun run);

    DrillRun update(DrillRun run);

    Optional<DrillRun> findById(Long id);

    /** Locks the run until the transaction ends, so that a re-sent choice is never applied twice. */
    Optional<DrillRun> findByIdForUpdate(Long id);

    List<DrillRun> findByEnrolmentIdAndDrillIdOrderByRunNo(long enrolmentId, String drillId);

    List<DrillRun> findByEnrolmentIdOrderByRunNo(long enrolmentId);
}
