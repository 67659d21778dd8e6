package vn.ttcs.learn.certification;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.shared.RateCounters;
import vn.ttcs.learn.support.Fixtures;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Problems.failing;

/** Verification look-ups are limited per address; the JSON answer and the page share the budget. */
@MicronautTest(transactional = false)
@Property(name = "ttcs.certificates.verify.requests-per-address-per-minute", value = "3")
@Property(name = "micronaut.server.client-address-header", value = "X-Forwarded-For")
class VerificationRateLimitTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    RateCounters counters;

    @Test
    void anAddressThatLooksUpTooManyCodesIsToldToWait() {
        // an address of its own: the counters are in the database, which other test classes may share
        String address = "192.0.2." + Fixtures.unique("client");
        for (int i = 0; i < 2; i++) {
            assertThat(failing(() -> client.toBlocking().exchange(
                    HttpRequest.GET("/api/certificates/verify/" + VerificationCodes.next()).header("X-Forwarded-For", address), Map.class)).status())
                    .isEqualTo(404);
        }
        assertThat(failing(() -> client.toBlocking().exchange(
                HttpRequest.GET("/verify/" + VerificationCodes.next()).header("X-Forwarded-For", address), String.class)).status()).isEqualTo(404);

        var json = failing(() -> client.toBlocking().exchange(
                HttpRequest.GET("/api/certificates/verify/" + VerificationCodes.next()).header("X-Forwarded-For", address), Map.class));
        assertThat(json.status()).isEqualTo(429);
        assertThat(json.contentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(json.exception().getResponse().getHeaders().get("Retry-After"))).isPositive();

        var page = failing(() -> client.toBlocking().exchange(HttpRequest.GET("/verify/" + VerificationCodes.next())
                .header("X-Forwarded-For", address), String.class));
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.exception().getResponse().getHeaders().get("Retry-After")).isNotBlank();
        assertThat(page.exception().getResponse().getBody(String.class).orElse("")).contains("Quá nhiều yêu cầu");
    }

    @Test
    void theLimitIsPerAddressAndRefills() {
        var throttle = new VerificationThrottle(2, null, counters);
        String address = Fixtures.unique("10.0.0.");
        assertThat(throttle.admit(address)).isEmpty();
        assertThat(throttle.admit(address)).isEmpty();
        assertThat(throttle.admit(address)).hasValueSatisfying(wait ->
                assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.admit(Fixtures.unique("10.0.1."))).as("another address is not affected").isEmpty();
    }
}
