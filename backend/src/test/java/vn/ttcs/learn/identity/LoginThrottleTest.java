package vn.ttcs.learn.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.shared.RateCounters;
import vn.ttcs.learn.support.Fixtures;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The counters are in the database; names and addresses are new for each test, so tables need not be empty. */
@MicronautTest(transactional = false)
class LoginThrottleTest {

    @Inject
    RateCounters counters;

    @Test
    void oneAddressGetsOnlyItsAttemptsPerMinuteWhateverNamesItTries() {
        var throttle = new LoginThrottle(5, Duration.ofMinutes(5), 3, counters);
        String address = Fixtures.unique("10.0.0.");
        assertThat(throttle.admit("a", address)).isEmpty();
        assertThat(throttle.admit("b", address)).isEmpty();
        assertThat(throttle.admit("c", address)).isEmpty();
        assertThat(throttle.admit("d", address)).isPresent();
        assertThat(throttle.admit("d", Fixtures.unique("10.0.1."))).as("another address is not affected").isEmpty();
    }

    @Test
    void anAccountIsHeldAfterItsFailuresAndFreedBySuccess() {
        var throttle = new LoginThrottle(2, Duration.ofMinutes(5), 100, counters);
        String lan = Fixtures.unique("Lan");
        String address = Fixtures.unique("10.0.2.");
        throttle.failed(lan);
        throttle.failed(lan.toLowerCase());
        assertThat(throttle.admit(lan.toUpperCase(), address)).as("names are compared without case").isPresent()
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(5)));
        throttle.succeeded(lan);
        assertThat(throttle.admit(lan, address)).isEmpty();
    }
}
