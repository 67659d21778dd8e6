package vn.ttcs.learn;

import io.micronaut.context.env.Environment;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.audit.AuditEvent;
import vn.ttcs.learn.audit.AuditEventRepository;
import vn.ttcs.learn.organisation.UnitRepository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves which database the suite ran on: H2 in MySQL mode by default, the MySQL-compatible server when the
 * "mysql" environment is on (.ci/run checks that this run happened), and that Vietnamese text and microseconds
 * survive the trip.
 */
@MicronautTest(transactional = false)
class DatabaseTest {

    DataSource dataSource;

    @Inject
    void unwrap(DataSource transactionAware) {
        this.dataSource = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(transactionAware);
    }

    @Inject
    Environment environment;

    @Inject
    UnitRepository units;

    @Inject
    AuditEventRepository audit;

    @Test
    void theSuiteRunsOnTheDatabaseItWasAskedFor() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (environment.getActiveNames().contains("mysql")) {
                assertThat(product).containsAnyOf("MySQL", "MariaDB");
            } else {
                assertThat(product).isEqualTo("H2");
            }
        }
    }

    @Test
    void vietnameseTextRoundTripsExactly() {
        var unit = units.findBySupervisingTrue().orElseThrow();
        assertThat(unit.nameVi()).contains("Bộ").matches(".*[ăâđêôơư].*");
        assertThat(units.findById(unit.code()).orElseThrow().nameVi()).isEqualTo(unit.nameVi());
    }

    /**
     * Microseconds survive the trip on H2, MySQL and MariaDB (reached with its own driver: MySQL Connector/J cuts
     * them off against MariaDB), and the column holds the UTC time: the platform runs its JVM in UTC.
     */
    @Test
    void aTimestampRoundTripsWithItsMicrosecondsAndIsStoredAsUtc() throws SQLException {
        Instant moment = Instant.parse("2026-12-01T03:04:05.123456Z");
        String target = "timestamp-probe-" + UUID.randomUUID();
        audit.save(new AuditEvent(null, moment, null, null, "TIMESTAMP_PROBE", target, null, null));

        assertThat(audit.findByTargetOrderByIdDesc(target)).singleElement()
                .extracting(AuditEvent::occurredAt).isEqualTo(moment);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT occurred_at FROM audit_event WHERE target = ?")) {
            query.setString(1, target);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getObject(1, LocalDateTime.class))
                        .as("driver %s", connection.getMetaData().getDriverName())
                        .isEqualTo(LocalDateTime.of(2026, 12, 1, 3, 4, 5, 123_456_000));
            }
        }
    }

    @Test
    void tablesUseUtf8mb4WithTheUnicodeCollationOnMysql() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!environment.getActiveNames().contains("mysql")) {
                assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
                return;
            }
            try (ResultSet rs = connection.createStatement().executeQuery(
                    "SELECT table_name, table_collation FROM information_schema.tables "
                            + "WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'")) {
                int tables = 0;
                while (rs.next()) {
                    tables++;
                    assertThat(rs.getString(2)).as(rs.getString(1)).isEqualTo("utf8mb4_unicode_ci");
                }
                assertThat(tables).isGreaterThanOrEqualTo(5);
            }
        }
    }
}
