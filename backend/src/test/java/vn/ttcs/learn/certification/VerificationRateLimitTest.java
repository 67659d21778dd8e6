package vn.ttcs.learn.certification;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Problems.failing;

/** Verification look-ups are limited per address; the JSON answer and the page share the budget. */
@MicronautTest(transactional = false)
@Property(name = "ttcs.certificates.verify.requests-per-address-per-minute", value = "3")
class VerificationRateLimitTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void anAddressThatLooksUpTooManyCodesIsToldToWait() {
        for (int i = 0; i < 2; i++) {
            assertThat(failing(() -> client.toBlocking().exchange(
                    HttpRequest.GET("/api/certificates/verify/" + VerificationCodes.next()), Map.class)).status())
                    .isEqualTo(404);
        }
        assertThat(failing(() -> client.toBlocking().exchange(
                HttpRequest.GET("/verify/" + VerificationCodes.next()), String.class)).status()).isEqualTo(404);

        var json = failing(() -> client.toBlocking().exchange(
                HttpRequest.GET("/api/certificates/verify/" + VerificationCodes.next()), Map.class));
        assertThat(json.status()).isEqualTo(429);
        assertThat(json.contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(json.exception().getResponse().getHeaders().get("Retry-After"))).isPositive();

        var page = failing(() -> client.toBlocking().exchange(HttpRequest.GET("/verify/" + VerificationCodes.next()),
                String.class));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.exception().getResponse().getHeaders().get("Retry-After")).isNotBlank();
        assertThat(page.exception().getResponse().getBody(String.class).orElse("")).contains("Quá nhiều yêu cầu");
    }

    @Test
    void theLimitIsPerAddressAndRefills() {
        var throttle = new VerificationThrottle(2, null);
        assertThat(throttle.admit("10.0.0.1")).isEmpty();
        assertThat(throttle.admit("10.0.0.1")).isEmpty();
        assertThat(throttle.admit("10.0.0.1")).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.admit("10.0.0.2")).as("another address is not affected").isEmpty();
    }
}
