package vn.ttcs.learn.identity;

import org.junit.jupiter.api.Test;
import vn.ttcs.learn.web.ProblemException;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A sign-in rush waits for a free core for a moment, then is asked to come back: it never starves the rest. */
class PasswordWorkLimitTest {

    @Test
    void aCheckThatFindsEveryPermitTakenIsAnsweredBusyWithRetryAfterAndRunsOnceOneIsFree() throws Exception {
        PasswordWorkLimit limit = new PasswordWorkLimit(1, Duration.ofMillis(100));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> limit.run(() -> {
            running.countDown();
            await(finish);
            return "first";
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        ProblemException busy = catchThrowableOfType(ProblemException.class, () -> limit.run(() -> "second"));
        assertThat(busy.status().getCode()).isEqualTo(503);
        assertThat(busy.retryAfter()).isEqualTo(PasswordWorkLimit.RETRY_AFTER);
        assertThat(busy.getMessage()).contains("Try again");

        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(limit.run(() -> "third")).isEqualTo("third");
    }

    @Test
    void theHasherGoesThroughTheLimit() {
        PasswordHasher hasher = new PasswordHasher(4, new PasswordWorkLimit(1, Duration.ofSeconds(1)));
        String hash = hasher.hash("một mật khẩu đủ dài");
        assertThat(hasher.matches("một mật khẩu đủ dài", hash)).isTrue();
        assertThat(hasher.matches("another one", hash)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
