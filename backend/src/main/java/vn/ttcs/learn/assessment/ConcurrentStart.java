package vn.ttcs.learn.assessment;

import vn.ttcs.learn.web.DatabaseOutage;
import io.micronaut.data.exceptions.DataAccessException;

import java.util.function.Supplier;

/**
 * Starting a quiz attempt or a drill run inserts a row keyed by enrolment and number; two starts at the same moment
 * make the second insert fail on that key. Trying once more then finds the winner's row and resumes it.
 */
final class ConcurrentStart {

    private ConcurrentStart() {
    }

    static <T> T retryOnce(Supplier<T> start) {
        try {
            return start.get();
        } catch (DataAccessException lostTheRace) {
            DatabaseOutage.rethrowIfOutage(lostTheRace);
            return start.get();
        }
    }
}
