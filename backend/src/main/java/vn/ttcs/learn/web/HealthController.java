package vn.ttcs.learn.web;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** For load balancers and operators: UP once the database answers, DOWN (503) while it does not. */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
final class HealthController {

    private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);
    private static final int CHECK_TIMEOUT_SECONDS = 2;

    @Serdeable
    record Health(String status) {
    }

    private final DataSource dataSource;

    HealthController(DataSource dataSource) {
        // the pool itself, not the transaction-aware proxy: a health check opens its own short connection
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Get
    HttpResponse<Health> health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                return HttpResponse.ok(new Health("UP"));
            }
        } catch (SQLException e) {
            LOG.warn("Health check: the database does not answer: {}", e.getMessage());
        }
        return HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN"));
    }
}
