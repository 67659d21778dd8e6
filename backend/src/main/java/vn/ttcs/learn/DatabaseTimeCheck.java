package vn.ttcs.learn;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Warns at start when MySQL Connector/J talks to a MariaDB server. MariaDB introduces itself as "5.5.5-10.x", which
 * Connector/J reads as MySQL 5.5.5, a version without fractional seconds, and so cuts every timestamp it sends to the
 * whole second. Such a server is reached with the MariaDB driver instead (jdbc:mariadb:; docs/configuration.md).
 */
@Singleton
class DatabaseTimeCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseTimeCheck.class);

    private final DataSource dataSource;

    DatabaseTimeCheck(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            if (truncatesFractionalSeconds(database.getDriverName(), database.getDatabaseProductVersion())) {
                LOG.warn("MySQL Connector/J is connected to MariaDB {}: it drops the fractions of every timestamp it "
                        + "writes. Use a jdbc:mariadb:// address in TTCS_DB_URL for a MariaDB server.",
                        database.getDatabaseProductVersion());
            }
        } catch (SQLException e) {
            LOG.warn("Could not check the database driver: {}", e.getMessage());
        }
    }

    static boolean truncatesFractionalSeconds(String driverName, String serverVersion) {
        return driverName.startsWith("MySQL Connector") && serverVersion.contains("MariaDB");
    }
}
