package vn.ttcs.learn.certification;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import vn.ttcs.learn.shared.RateCounters;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits look-ups of verification codes per client address (the JSON answer and the page share one budget), so
 * that nobody can walk the code space or scrape holders' names. Codes carry 192 random bits, so the limit is a
 * second line of defence; it is generous enough for an office behind one address checking its certificates.
 * The counters are in the database ({@link RateCounters}), shared by every instance behind the load balancer.
 */
@Singleton
final class VerificationThrottle {

    private final int perMinute;
    private final HttpClientAddressResolver addresses;
    private final RateCounters counters;

    VerificationThrottle(@Value("${ttcs.certificates.verify.requests-per-address-per-minute:60}") int perMinute,
                         HttpClientAddressResolver addresses, RateCounters counters) {
        this.perMinute = perMinute;
        this.addresses = addresses;
        this.counters = counters;
    }

    /** Empty when the look-up may go ahead; otherwise how long to wait. */
    Optional<Duration> admit(HttpRequest<?> request) {
        return admit(Objects.requireNonNullElse(addresses.resolve(request), "unknown"));
    }

    Optional<Duration> admit(String address) {
        return counters.hit("verify:" + address, perMinute, Duration.ofMinutes(1));
    }

    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + 1);
    }
}
