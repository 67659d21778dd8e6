package vn.ttcs.learn.operations;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test-only parts of the platform that {@link KillMidRequestTest} starts as a process of its own (environment
 * {@value #ENVIRONMENT}, never in the runnable jar): a trainee enrolled on first start, and a filter that holds a
 * quiz submission marked with {@value #HEADER} in flight (before the controller, or after it has committed and
 * before the answer leaves) and says so in a file, so that the process can be killed at exactly that moment; or
 * holds it a few seconds only, so that the process can be asked to stop while it is in flight.
 */
final class PausingPlatform {

    static final String ENVIRONMENT = "kill-test";
    static final String HEADER = "X-Test-Pause";
    static final String BEFORE_COMMIT = "before-commit";
    static final String AFTER_COMMIT = "after-commit";
    /** Held a few seconds before the controller, then carried on: long enough to stop the platform meanwhile. */
    static final String SLOW = "slow";
    static final long SLOW_MILLIS = 3_000;
    static final String TRAINEE_FILE = "trainee.txt";
    static final String PAUSED_FILE = "paused";
    /** The port the server took (it starts on a random one, so that no other server can be mistaken for it). */
    static final String PORT_FILE = "port";

    private PausingPlatform() {
    }

    static Path dataDir() {
        return Path.of(System.getenv("TTCS_DATA_DIR"));
    }

    @Singleton
    @Requires(env = ENVIRONMENT)
    static class EnrolledTrainee {

        private final Fixtures fixtures;
        private final EnrolmentFixtures enrolments;

        EnrolledTrainee(Fixtures fixtures, EnrolmentFixtures enrolments) {
            this.fixtures = fixtures;
            this.enrolments = enrolments;
        }

        /** Once the server is up, so after the platform's own start (which imports the units). */
        @EventListener
        void onStartup(ServerStartupEvent event) throws IOException {
            Path file = dataDir().resolve(TRAINEE_FILE);
            if (!Files.exists(file)) {
                enrolTrainee(file);
            }
            Files.writeString(dataDir().resolve(PORT_FILE), String.valueOf(event.getSource().getPort()));
        }

        private void enrolTrainee(Path file) throws IOException {
            Person trainee = fixtures.trainee(fixtures.provinceA());
            long enrolment = enrolments.enrol(trainee, EnrolmentFixtures.CRISIS_COURSE).id();
            Files.write(file, List.of(trainee.username(), trainee.password(), String.valueOf(enrolment)));
        }
    }

    @ServerFilter("/api/attempts/*/submission")
    @Requires(env = ENVIRONMENT)
    static class HoldInFlight {

        @RequestFilter
        void beforeTheController(HttpRequest<?> request) {
            holdIf(request, BEFORE_COMMIT);
            if (SLOW.equals(request.getHeaders().get(HEADER))) {
                hold(SLOW, SLOW_MILLIS);
            }
        }

        @ResponseFilter
        void afterTheCommit(HttpRequest<?> request, MutableHttpResponse<?> response) {
            holdIf(request, AFTER_COMMIT);
        }

        private static void holdIf(HttpRequest<?> request, String moment) {
            if (moment.equals(request.getHeaders().get(HEADER))) {
                hold(moment, 120_000);
            }
        }

        private static void hold(String moment, long millis) {
            try {
                Files.writeString(dataDir().resolve(PAUSED_FILE), moment);
                Thread.sleep(millis);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
