package vn.ttcs.learn.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UnitRepository extends CrudRepository<Unit, String> {

    List<Unit> listOrderByKindAscAndCodeAsc();

    Optional<Unit> findBySupervisingTrue();
}
