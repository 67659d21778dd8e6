package vn.ttcs.learn.identity;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.ttcs.learn.shared.RateCounters;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing. Per account: a few failed attempts within the account window, then none until the
 * window has passed. Per address: a generous number of attempts of any kind per minute (an office behind one
 * address has many users). The counters are in the database ({@link RateCounters}), so a guesser gains nothing by
 * spreading attempts over the instances behind the load balancer.
 */
@Singleton
final class LoginThrottle {

    private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);

    private final RateCounters counters;
    private final int failuresPerAccount;
    private final Duration accountWindow;
    private final int attemptsPerAddress;

    LoginThrottle(@Value("${ttcs.security.login.failures-per-account:5}") int failuresPerAccount,
                  @Value("${ttcs.security.login.account-window:5m}") Duration accountWindow,
                  @Value("${ttcs.security.login.attempts-per-address-per-minute:30}") int attemptsPerAddress,
                  RateCounters counters) {
        this.failuresPerAccount = failuresPerAccount;
        this.accountWindow = accountWindow;
        this.attemptsPerAddress = attemptsPerAddress;
        this.counters = counters;
    }

    /** Empty when the attempt may go ahead; otherwise how long to wait. Counts the attempt for its address. */
    Optional<Duration> admit(String username, String address) {
        Optional<Duration> byAddress = counters.hit("login-address:" + address, attemptsPerAddress, ADDRESS_WINDOW);
        if (byAddress.isPresent()) {
            return byAddress;
        }
        return counters.check(accountKey(username), failuresPerAccount, accountWindow);
    }

    void failed(String username) {
        counters.count(accountKey(username), accountWindow);
    }

    void succeeded(String username) {
        counters.clear(accountKey(username));
    }

    private static String accountKey(String username) {
        return "login-account:" + username.trim().toLowerCase(Locale.ROOT);
    }
}
