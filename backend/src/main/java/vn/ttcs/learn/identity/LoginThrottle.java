package vn.ttcs.learn.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing. Per account: a few failed attempts, then one more every few minutes. Per address:
 * a generous number of attempts of any kind per minute (an office behind one address has many users).
 * Buckets live in a bounded cache, so an attacker cycling names cannot exhaust memory.
 */
@Singleton
final class LoginThrottle {

    private final Cache<String, Bucket> accountBuckets;
    private final Cache<String, Bucket> addressBuckets;
    private final int failuresPerAccount;
    private final Duration accountWindow;
    private final int attemptsPerAddress;

    LoginThrottle(@Value("${ttcs.security.login.failures-per-account:5}") int failuresPerAccount,
                  @Value("${ttcs.security.login.account-window:5m}") Duration accountWindow,
                  @Value("${ttcs.security.login.attempts-per-address-per-minute:30}") int attemptsPerAddress) {
        this.failuresPerAccount = failuresPerAccount;
        this.accountWindow = accountWindow;
        this.attemptsPerAddress = attemptsPerAddress;
        this.accountBuckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(accountWindow).build();
        this.addressBuckets = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(5)).build();
    }

    /** Empty when the attempt may go ahead; otherwise how long to wait. Counts the attempt for its address. */
    Optional<Duration> admit(String username, String address) {
        Bucket byAddress = addressBuckets.get(address, a -> Bucket.builder().addLimit(
                Bandwidth.builder().capacity(attemptsPerAddress).refillGreedy(attemptsPerAddress, Duration.ofMinutes(1))
                        .build()).build());
        var probe = byAddress.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
        Bucket byAccount = accountBucket(username);
        if (byAccount.getAvailableTokens() < 1) {
            return Optional.of(Duration.ofNanos(byAccount.estimateAbilityToConsume(1).getNanosToWaitForRefill()));
        }
        return Optional.empty();
    }

    void failed(String username) {
        accountBucket(username).tryConsume(1);
    }

    void succeeded(String username) {
        accountBuckets.invalidate(key(username));
    }

    private Bucket accountBucket(String username) {
        return accountBuckets.get(key(username), u -> Bucket.builder().addLimit(
                Bandwidth.builder().capacity(failuresPerAccount).refillGreedy(1, accountWindow.dividedBy(failuresPerAccount))
                        .build()).build());
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }
}
