package vn.ttcs.learn.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.Fixtures;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Problems.failing;

/** The limits of docs/security.md ("Limits") hold: too large a body, too large a page. */
@MicronautTest(transactional = false)
class RequestLimitsTest {

    /** micronaut.server.max-request-size in application.yml. */
    private static final int MAX_REQUEST_BYTES = 12 * 1024 * 1024;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413ProblemJson() {
        String body = "{\"username\": \"" + "a".repeat(MAX_REQUEST_BYTES) + "\", \"password\": \"x\"}";

        var answer = failing(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", body).contentType(MediaType.APPLICATION_JSON), Map.class));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().get("type")).isEqualTo("https://ttcs-learn.vn/problems/too-large");
    }

    @Test
    void aPageLargerThanTheLimitIsABadRequestNamingTheSize() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());

        var answer = failing(() -> client.toBlocking().exchange(
                HttpRequest.GET("/api/users?size=201").bearerAuth(admin), Map.class));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.errors()).extracting(e -> e.get("field")).containsExactly("size");
    }

    @Test
    void aReportPageLargerThanTheLimitIsABadRequestNamingTheSize() {
        String reviewer = fixtures.login(client.toBlocking(), fixtures.reviewer());

        var answer = failing(() -> client.toBlocking().exchange(
                HttpRequest.GET("/api/reports/units/" + fixtures.provinceA().code() + "/trainees?size=100000")
                        .bearerAuth(reviewer), Map.class));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errors()).extracting(e -> e.get("field")).containsExactly("size");
    }
}
