package vn.ttcs.learn.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Runs the reports' {@link NamedSql} on the connection of the current transaction. */
@Singleton
class ReportSql {

    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final JdbcOperations jdbc;

    ReportSql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    <T> T query(String namedSql, Map<String, ?> parameters, Reader<T> reader) {
        NamedSql statement = NamedSql.of(namedSql, parameters);
        return jdbc.prepareStatement(statement.sql(), (PreparedStatement ps) -> {
            try (ResultSet rs = statement.bind(ps).executeQuery()) {
                return reader.read(rs);
            }
        });
    }

    /** The number of rows changed. */
    int update(String namedSql, Map<String, ?> parameters) {
        NamedSql statement = NamedSql.of(namedSql, parameters);
        return jdbc.prepareStatement(statement.sql(), (PreparedStatement ps) -> statement.bind(ps).executeUpdate());
    }

    /** One statement, run once per parameter set, in batches. */
    void batch(String namedSql, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = NamedSql.of(namedSql, rows.get(0)).sql();
        jdbc.prepareStatement(sql, (PreparedStatement ps) -> {
            int pending = 0;
            for (Map<String, Object> row : rows) {
                NamedSql.of(namedSql, row).bind(ps).addBatch();
                if (++pending == 1_000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
            return null;
        });
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
