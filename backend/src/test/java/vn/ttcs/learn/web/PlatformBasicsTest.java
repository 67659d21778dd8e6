package vn.ttcs.learn.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Problems.failing;

@MicronautTest(transactional = false)
class PlatformBasicsTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void healthAnswersUpOnceTheDatabaseIsReachable() {
        Map<String, Object> health = client.toBlocking().retrieve(HttpRequest.GET("/health"), io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        assertThat(health).containsEntry("status", "UP").hasSize(1);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        String document = client.toBlocking().retrieve(HttpRequest.GET("/api/openapi.yml"));
        assertThat(document).contains("openapi:", "/api/auth/login", "/api/users/import", "/api/units");
    }

    @Test
    void theFrontEndIsServedAtTheRoot() {
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/"), String.class);
        assertThat(page.body()).contains("<div id=\"app\"");
    }

    @Test
    void clientSideRoutesFallBackToTheAppPage() {
        HttpResponse<String> page = client.toBlocking().exchange(
                HttpRequest.GET("/admin/users").accept(MediaType.TEXT_HTML), String.class);
        assertThat(page.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(page.body()).contains("<div id=\"app\"");
    }

    @Test
    void unknownApiPathsAnswerProblemJsonNotThePage() {
        var answer = failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/no-such-thing"), String.class));
        assertThat(answer.status()).isIn(401, 404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void everyAnswerCarriesSecurityHeaders() {
        HttpResponse<?> response = client.toBlocking().exchange(HttpRequest.GET("/health"), Map.class);
        assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'none'").contains("style-src 'self'").doesNotContain("unsafe-eval")
                .doesNotContain("unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }
}
