package vn.ttcs.learn.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    @Test
    void oneAddressGetsOnlyItsAttemptsPerMinuteWhateverNamesItTries() {
        var throttle = new LoginThrottle(5, Duration.ofMinutes(5), 3);
        assertThat(throttle.admit("a", "10.0.0.1")).isEmpty();
        assertThat(throttle.admit("b", "10.0.0.1")).isEmpty();
        assertThat(throttle.admit("c", "10.0.0.1")).isEmpty();
        assertThat(throttle.admit("d", "10.0.0.1")).isPresent();
        assertThat(throttle.admit("d", "10.0.0.2")).as("another address is not affected").isEmpty();
    }

    @Test
    void anAccountIsHeldAfterItsFailuresAndFreedBySuccess() {
        var throttle = new LoginThrottle(2, Duration.ofMinutes(5), 100);
        throttle.failed("Lan");
        throttle.failed("lan");
        assertThat(throttle.admit("LAN", "10.0.0.1")).as("names are compared without case").isPresent()
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(3)));
        throttle.succeeded("lan");
        assertThat(throttle.admit("lan", "10.0.0.1")).isEmpty();
    }
}
