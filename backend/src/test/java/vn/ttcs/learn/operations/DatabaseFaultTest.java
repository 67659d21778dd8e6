package vn.ttcs.learn.operations;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.QuizAnswers;
import vn.ttcs.learn.support.SubmissionRows;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.ThrowawayMariaDb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database dies while trainees are submitting quizzes, and comes back. The platform runs against a MariaDB server
 * of the test's own ({@link ThrowawayMariaDb}), which is killed with SIGKILL and started again on the same port.
 * While it is down every request that needs it is answered 503 with Retry-After (problem+json), never 500; the
 * platform recovers by itself; and afterwards every submission that was acknowledged is stored exactly once, with
 * the score it was acknowledged with. Trainees behave as the app does: a submission that got no answer, or a 503,
 * is sent again with the same Idempotency-Key.
 */
class DatabaseFaultTest {

    private static final int TRAINEES = 6;
    private static final String QUIZ = "luyen-tap";
    private static final Duration DOWN_FOR = Duration.ofSeconds(8);
    private static final Duration RUN_LIMIT = Duration.ofSeconds(90);
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    @TempDir
    Path dir;

    /** What the trainees saw: acknowledged submissions and every status code. */
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final List<Integer> statuses = new CopyOnWriteArrayList<>();
    private final AtomicBoolean stop = new AtomicBoolean();

    private record Acknowledged(String key, long attemptId, long userId, int scorePercent, long atNanos) {
    }

    @Test
    void everyAcknowledgedSubmissionIsStoredOnceAfterTheDatabaseIsKilledAndRestartedMidRun() throws Exception {
        long began = System.nanoTime();
        try (ThrowawayMariaDb database = ThrowawayMariaDb.startIn(dir.resolve("mariadb"));
             EmbeddedServer platform = ApplicationContext.run(EmbeddedServer.class, Map.of(
                     "datasources.default.url", database.jdbcUrl("mysql"),
                     "datasources.default.username", "root",
                     "datasources.default.password", "",
                     "ttcs.data-dir", dir.resolve("keys").toString(),
                     // while the database is down a request may wait for the pool twice (session, then work)
                     "micronaut.http.client.read-timeout", "30s"), "test");
             HttpClient http = platform.getApplicationContext().createBean(HttpClient.class, platform.getURL())) {
            BlockingHttpClient client = http.toBlocking();
            Fixtures fixtures = platform.getApplicationContext().getBean(Fixtures.class);
            EnrolmentFixtures enrolments = platform.getApplicationContext().getBean(EnrolmentFixtures.class);
            List<Trainee> trainees = new ArrayList<>();
            for (int i = 0; i < TRAINEES; i++) {
                Person person = fixtures.trainee(fixtures.provinceA());
                long enrolment = enrolments.enrol(person, EnrolmentFixtures.CRISIS_COURSE).id();
                trainees.add(new Trainee(person.id(), fixtures.login(client, person), enrolment));
            }

            // given trainees submitting quizzes all the time
            ExecutorService pool = Executors.newFixedThreadPool(TRAINEES);
            long restartedAt = Long.MAX_VALUE;
            try {
                List<Future<?>> running = trainees.stream()
                        .map(t -> pool.submit(() -> keepSubmitting(client, t))).collect(Collectors.toList());
                awaitAcknowledgements(TRAINEES, began);

                // when the database is killed
                database.kill();
                long killedAt = System.nanoTime();
                Trainee anyone = trainees.get(0);
                Acknowledged earlier = acknowledged.values().stream().filter(a -> a.userId() == anyone.userId())
                        .findFirst().orElseThrow();
                HttpClientResponseException whileDown = probe(client,
                        HttpRequest.GET("/api/attempts/" + earlier.attemptId()).bearerAuth(anyone.token()));
                // then it answers 503, asking to come back later
                assertThat(whileDown.code()).isEqualTo(503);
                assertThat(whileDown.getResponse().header("Retry-After")).isEqualTo("5");
                assertThat(whileDown.getResponse().getContentType().orElseThrow().toString())
                        .isEqualTo("application/problem+json");
                assertThat(whileDown.getResponse().getBody(OBJECT).orElseThrow().get("detail").toString())
                        .contains("database").doesNotContain("Exception").doesNotContain("jdbc");
                sleepUntil(killedAt + DOWN_FOR.toNanos());

                // and when it is back, on the same address, the platform recovers by itself
                database.start();
                restartedAt = System.nanoTime();
                awaitAcknowledgements(TRAINEES, restartedAt);
                stop.set(true);
                for (Future<?> trainee : running) {
                    trainee.get(RUN_LIMIT.toSeconds(), TimeUnit.SECONDS);
                }
            } finally {
                stop.set(true);
                pool.shutdownNow();
            }

            assertThat(unexpected).as("answers other than 200, 201 and 503 (with Retry-After)").isEmpty();
            assertThat(statuses).as("the platform answered 503 while the database was down").contains(503)
                    .doesNotContain(500);
            long afterRestart = acknowledgedSince(restartedAt);
            assertThat(afterRestart).isGreaterThanOrEqualTo(TRAINEES);

            // every acknowledged submission is stored exactly once, with the acknowledged score; nothing else is
            Map<String, List<long[]>> stored = storedSubmissions(database,
                    trainees.stream().map(t -> String.valueOf(t.userId())).collect(Collectors.joining(",")));
            assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
            for (Acknowledged ack : acknowledged.values()) {
                assertThat(stored.get(ack.key())).as(ack.key()).hasSize(1);
                assertThat(stored.get(ack.key()).get(0)).containsExactly(ack.attemptId(), ack.scorePercent());
            }
            assertThat(duplicateEvidence(database)).isZero();
            System.out.printf("Database fault test: %d submissions acknowledged and counted once each (%d after the "
                            + "restart); %d answers 503 while the database was down; %.1f s in all%n",
                    acknowledged.size(), afterRestart, statuses.stream().filter(s -> s == 503).count(),
                    (System.nanoTime() - began) / 1e9);
        }
    }

    private record Trainee(long userId, String token, long enrolmentId) {
    }

    /** One trainee: start the practice quiz, answer, submit; on 503 or no answer, send the same again. */
    private void keepSubmitting(BlockingHttpClient client, Trainee trainee) {
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        while (!stop.get() && System.nanoTime() < deadline) {
            Map<String, Object> attempt = untilAnswered(client, HttpRequest.POST(
                    "/api/enrolments/" + trainee.enrolmentId() + "/quizzes/" + QUIZ + "/attempts", Map.of())
                    .bearerAuth(trainee.token()), deadline);
            if (attempt == null) {
                return;
            }
            String key = UUID.randomUUID().toString();
            Map<String, Object> submitted = untilAnswered(client, HttpRequest.POST(
                    "/api/attempts/" + attempt.get("id") + "/submission",
                    Map.of("answers", QuizAnswers.firstChoices(attempt)))
                    .header("Idempotency-Key", key).bearerAuth(trainee.token()), deadline);
            if (submitted == null) {
                return;
            }
            Map<?, ?> result = (Map<?, ?>) submitted.get("result");
            acknowledged.put(key, new Acknowledged(key, ((Number) submitted.get("id")).longValue(), trainee.userId(),
                    ((Number) result.get("scorePercent")).intValue(), System.nanoTime()));
        }
    }

    private Map<String, Object> untilAnswered(BlockingHttpClient client, MutableHttpRequest<?> request,
                                              long deadline) {
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Map<String, Object>> response = client.exchange(request, OBJECT);
                statuses.add(response.code());
                return response.body();
            } catch (HttpClientResponseException e) {
                statuses.add(e.code());
                if (e.code() != 503 || e.getResponse().header("Retry-After") == null) {
                    unexpected.add(request.getPath() + " → " + e.code() + " " + e.getResponse().getBody(String.class)
                            .orElse(""));
                    return null;
                }
            } catch (RuntimeException noAnswer) {
                // the connection broke or timed out: the app sends the same request again
            }
            pause(Duration.ofMillis(300));
        }
        unexpected.add(request.getPath() + " got no answer before the end of the run");
        return null;
    }

    private static HttpClientResponseException probe(BlockingHttpClient client, MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.exchange(request, String.class);
            throw new AssertionError("expected 503 while the database is down, got " + response.code());
        } catch (HttpClientResponseException e) {
            return e;
        }
    }

    /** Waits until this many submissions were acknowledged since the given time. */
    private void awaitAcknowledgements(int count, long sinceNanos) {
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        while (System.nanoTime() < deadline && unexpected.isEmpty()) {
            if (acknowledgedSince(sinceNanos) >= count) {
                return;
            }
            pause(Duration.ofMillis(100));
        }
        throw new AssertionError("only " + acknowledgedSince(sinceNanos) + " submissions were acknowledged; "
                + "unexpected answers: " + unexpected);
    }

    private long acknowledgedSince(long nanos) {
        return acknowledged.values().stream().filter(a -> a.atNanos() >= nanos).count();
    }

    private static Map<String, List<long[]>> storedSubmissions(ThrowawayMariaDb database, String userIds)
            throws Exception {
        Map<String, List<long[]>> stored = new HashMap<>();
        try (Connection connection = database.connect(ThrowawayMariaDb.DATABASE);
             ResultSet rows = connection.createStatement().executeQuery(
                     "SELECT submission_key, id, score_percent FROM quiz_attempt WHERE status = 'SUBMITTED' "
                             + "AND user_id IN (" + userIds + ")")) {
            while (rows.next()) {
                stored.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
                        .add(new long[]{rows.getLong(2), rows.getLong(3)});
            }
        }
        return stored;
    }

    private static int duplicateEvidence(ThrowawayMariaDb database) throws Exception {
        try (Connection connection = database.connect(ThrowawayMariaDb.DATABASE)) {
            return SubmissionRows.duplicateQuizEvidence(connection);
        }
    }

    private static void sleepUntil(long nanos) {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            pause(Duration.ofNanos(left));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
