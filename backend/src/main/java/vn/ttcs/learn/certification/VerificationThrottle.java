package vn.ttcs.learn.certification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits look-ups of verification codes per client address (the JSON answer and the page share one budget), so
 * that nobody can walk the code space or scrape holders' names. Codes carry 192 random bits, so the limit is a
 * second line of defence; it is generous enough for an office behind one address checking its certificates.
 * Buckets live in a bounded cache.
 */
@Singleton
final class VerificationThrottle {

    private final Cache<String, Bucket> buckets;
    private final int perMinute;
    private final HttpClientAddressResolver addresses;

    VerificationThrottle(@Value("${ttcs.certificates.verify.requests-per-address-per-minute:60}") int perMinute,
                         HttpClientAddressResolver addresses) {
        this.perMinute = perMinute;
        this.addresses = addresses;
        this.buckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(5)).build();
    }

    /** Empty when the look-up may go ahead; otherwise how long to wait. */
    Optional<Duration> admit(HttpRequest<?> request) {
        return admit(Objects.requireNonNullElse(addresses.resolve(request), "unknown"));
    }

    Optional<Duration> admit(String address) {
        Bucket bucket = buckets.get(address, a -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1)).build()).build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + 1);
    }
}
