package vn.ttcs.learn.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.Fixtures;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Fixtures.json;
import static vn.ttcs.learn.support.Problems.failing;

@MicronautTest(transactional = false)
class BadInputTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Test
    void aMissingFieldIsNamedInTheProblem() {
        var answer = failing(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", json("username", "someone")), Map.class));
        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.detail()).contains("password");
        assertThat(answer.errors()).extracting(e -> e.get("field")).contains("password");
    }

    @Test
    void malformedJsonIsABadRequestWithoutAStackTrace() {
        var answer = failing(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", "{\"username\": \"x\", ").contentType(MediaType.APPLICATION_JSON),
                Map.class));
        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.body().toString()).doesNotContain("at io.", "Exception:", "\tat ");
    }

    @Test
    void anInvalidEmailIsRejectedNamingTheField() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        var answer = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/users",
                json("username", Fixtures.unique("x"), "fullName", "Lê Văn Bình", "email", "not-an-email",
                        "unitCode", fixtures.provinceA().code(), "roles", List.of("TRAINEE"))).bearerAuth(admin),
                Map.class));
        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(answer.errors()).extracting(e -> e.get("field")).containsExactly("email");
        assertThat(answer.detail()).startsWith("email:");
    }

    @Test
    void anUnknownEnumValueIsABadRequest() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        var answer = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/users",
                json("username", Fixtures.unique("x"), "fullName", "Lê Văn Bình", "email", "binh@example.gov.vn",
                        "unitCode", fixtures.provinceA().code(), "roles", List.of("EMPEROR"))).bearerAuth(admin),
                Map.class));
        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }
}
