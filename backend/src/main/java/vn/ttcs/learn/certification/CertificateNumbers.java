package vn.ttcs.learn.certification;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Hands out certificate ids without races (one insert into an auto-increment table each) and makes the
 * human-readable number from the id and the year of issue: TTCS-2026-000123.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificateNumbers extends GenericRepository<CertificateNumber, Long> {

    CertificateNumber save(CertificateNumber allocation);

    default long allocate() {
        return save(new CertificateNumber(null, Instant.now())).id();
    }

    static String format(String prefix, long id, Instant issuedAt, ZoneId zone) {
        return "%s-%d-%06d".formatted(prefix, issuedAt.atZone(zone).getYear(), id);
    }
}
