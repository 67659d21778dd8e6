package vn.ttcs.learn.identity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.ttcs.learn.web.ProblemException;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many BCrypt computations run at once (one per core by default). Each is a quarter-second of CPU by design;
 * a morning rush of sign-ins without a limit would take every core and starve the trainees already signed in. A
 * password check that cannot start within the wait is answered 503 with Retry-After, and nothing was changed.
 */
@Singleton
class PasswordWorkLimit {

    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Semaphore permits;
    private final Duration wait;

    PasswordWorkLimit(@Value("${ttcs.security.password-checks-at-once:0}") int atOnce,
                      @Value("${ttcs.security.password-check-wait:5s}") Duration wait) {
        this.permits = new Semaphore(atOnce > 0 ? atOnce : Runtime.getRuntime().availableProcessors(), true);
        this.wait = wait;
    }

    <T> T run(Supplier<T> work) {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw ProblemException.serviceUnavailable("Too many people are signing in right now. Try again in "
                    + RETRY_AFTER.toSeconds() + " seconds.", RETRY_AFTER);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
