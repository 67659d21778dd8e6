package vn.ttcs.learn.web;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlockRetryTest {

    private static RuntimeException deadlock() {
        return new IllegalStateException("Error preparing SQL statement",
                new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction",
                        "40001", 1213));
    }

    @Test
    void aTransactionChosenAsADeadlockVictimRunsAgainAndItsResultIsReturned() {
        AtomicInteger runs = new AtomicInteger();
        String result = DeadlockRetry.run(() -> {
            if (runs.incrementAndGet() < 3) {
                throw deadlock();
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(runs).hasValue(3);
    }

    @Test
    void aDeadlockThatKeepsComingBackIsThrownAfterTheLastAttempt() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run(() -> {
            runs.incrementAndGet();
            throw deadlock();
        })).hasRootCauseInstanceOf(SQLTransactionRollbackException.class);
        assertThat(runs).hasValue(DeadlockRetry.ATTEMPTS);
    }

    @Test
    void anyOtherFailureIsThrownAtOnceWithoutRunningTheTransactionAgain() {
        AtomicInteger runs = new AtomicInteger();
        assertThatThrownBy(() -> DeadlockRetry.run(() -> {
            runs.incrementAndGet();
            throw new IllegalStateException("duplicate key", new SQLException("Duplicate entry", "23000", 1062));
        })).hasMessage("duplicate key");
        assertThat(runs).hasValue(1);
    }
}
