package vn.ttcs.learn.operations;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.QuizAnswers;
import vn.ttcs.learn.support.SubmissionRows;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quiz submission is in flight when the platform process is killed (SIGKILL: no shutdown hook, no graceful
 * anything), once before anything was written and once after the commit but before the answer left. The platform is
 * started again on the same embedded database and the trainee sends the same submission with the same
 * Idempotency-Key, as the app does after a timeout: the attempt is stored and scored exactly once, and every answer
 * after the restart is the same result. Asked to stop (SIGTERM) instead, it finishes the submission in flight first.
 * <p>
 * The platform runs as a process of its own (the test class path, environment {@value PausingPlatform#ENVIRONMENT}),
 * which holds the marked request in flight ({@link PausingPlatform}) so that the kill lands at that moment.
 */
class KillMidRequestTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    @TempDir
    Path dir;

    private Process platform;
    private URI address;

    @AfterEach
    void stopThePlatform() throws InterruptedException {
        if (platform != null && platform.isAlive()) {
            platform.destroyForcibly().waitFor();
        }
    }

    @Test
    void aSubmissionKilledInFlightIsStoredAndScoredOnceWhenRetriedAfterTheRestart() throws Exception {
        start();
        List<String> trainee = Files.readAllLines(dir.resolve("data").resolve(PausingPlatform.TRAINEE_FILE));
        String token = signIn(trainee.get(0), trainee.get(1));
        String quiz = "/api/enrolments/" + trainee.get(2) + "/quizzes/luyen-tap/attempts";

        // killed after the commit, before the answer left
        Map<String, Object> first = call(HttpRequest.POST(quiz, Map.of()).bearerAuth(token));
        String firstKey = UUID.randomUUID().toString();
        killWhileInFlight(submission(first, firstKey, token)
                .header(PausingPlatform.HEADER, PausingPlatform.AFTER_COMMIT));
        start();
        Map<String, Object> committed = call(HttpRequest.GET("/api/attempts/" + first.get("id")).bearerAuth(token));
        assertThat(committed.get("status")).as("the commit survived the kill").isEqualTo("SUBMITTED");
        Map<String, Object> retried = call(submission(first, firstKey, token));
        assertThat(retried.get("result")).isEqualTo(committed.get("result"));
        assertThat(call(submission(first, firstKey, token)).get("result")).isEqualTo(retried.get("result"));

        // killed before anything was written
        Map<String, Object> second = call(HttpRequest.POST(quiz, Map.of()).bearerAuth(token));
        String secondKey = UUID.randomUUID().toString();
        killWhileInFlight(submission(second, secondKey, token)
                .header(PausingPlatform.HEADER, PausingPlatform.BEFORE_COMMIT));
        start();
        Map<String, Object> untouched = call(HttpRequest.GET("/api/attempts/" + second.get("id")).bearerAuth(token));
        assertThat(untouched.get("status")).as("nothing was half-written").isEqualTo("IN_PROGRESS");
        Map<String, Object> scored = call(submission(second, secondKey, token));
        assertThat(scored.get("status")).isEqualTo("SUBMITTED");
        assertThat(call(submission(second, secondKey, token)).get("result")).isEqualTo(scored.get("result"));
        assertThat(call(HttpRequest.GET("/api/attempts/" + second.get("id")).bearerAuth(token)).get("result"))
                .isEqualTo(scored.get("result"));

        // asked to stop (SIGTERM) with a submission in flight: it finishes the submission, then stops
        Map<String, Object> third = call(HttpRequest.POST(quiz, Map.of()).bearerAuth(token));
        String thirdKey = UUID.randomUUID().toString();
        CompletableFuture<Map<String, Object>> inFlight = CompletableFuture.supplyAsync(() ->
                call(submission(third, thirdKey, token).header(PausingPlatform.HEADER, PausingPlatform.SLOW)));
        awaitHeld();
        platform.destroy();
        assertThat(inFlight.get(60, TimeUnit.SECONDS).get("status")).as("answered during the graceful shutdown")
                .isEqualTo("SUBMITTED");
        assertThat(platform.waitFor(60, TimeUnit.SECONDS)).isTrue();

        Map<String, Integer> rows = storedSubmissions();
        assertThat(rows).containsOnlyKeys(firstKey, secondKey, thirdKey);
        assertThat(rows.get(firstKey)).isEqualTo(score(retried));
        assertThat(rows.get(secondKey)).isEqualTo(score(scored));
        assertThat(duplicateEvidence()).isZero();
    }

    /** Sends the request, waits until the platform holds it, and kills the platform. */
    private void killWhileInFlight(MutableHttpRequest<?> request) throws Exception {
        CompletableFuture<Map<String, Object>> inFlight = CompletableFuture.supplyAsync(() -> call(request));
        awaitHeld();
        assertThat(inFlight).isNotDone();
        platform.destroyForcibly().waitFor();
        assertThat(inFlight).failsWithin(Duration.ofSeconds(30));
    }

    /** Waits until the platform says it holds a request (and forgets that it did, for the next one). */
    private void awaitHeld() throws Exception {
        Path paused = dir.resolve("data").resolve(PausingPlatform.PAUSED_FILE);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.exists(paused)) {
            assertThat(System.nanoTime()).as("the platform never held the request").isLessThan(deadline);
            Thread.sleep(50);
        }
        Files.delete(paused);
    }

    private MutableHttpRequest<?> submission(Map<String, Object> attempt, String key, String token) {
        return HttpRequest.POST("/api/attempts/" + attempt.get("id") + "/submission",
                Map.of("answers", QuizAnswers.firstChoices(attempt))).header("Idempotency-Key", key).bearerAuth(token);
    }

    private static int score(Map<String, Object> attempt) {
        return ((Number) ((Map<?, ?>) attempt.get("result")).get("scorePercent")).intValue();
    }

    private Map<String, Object> call(MutableHttpRequest<?> request) {
        try (HttpClient http = HttpClient.create(address.toURL())) {
            BlockingHttpClient client = http.toBlocking();
            return client.retrieve(request, OBJECT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String signIn(String username, String password) {
        return String.valueOf(call(HttpRequest.POST("/api/auth/login", new Fixtures.Login(username, password)))
                .get("accessToken"));
    }

    /** Starts the platform on the data folder (on a port of its choosing) and waits until it is healthy. */
    private void start() throws Exception {
        Path log = dir.resolve("platform.log");
        Path port = dir.resolve("data").resolve(PausingPlatform.PORT_FILE);
        Files.deleteIfExists(port);
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                // quick to start, cheap password hashes: this test is about what survives a kill, not about speed
                "-XX:TieredStopAtLevel=1", "-Dttcs.security.bcrypt-cost=4", "-Duser.timezone=UTC", "-cp",
                System.getProperty("java.class.path"), "vn.ttcs.learn.Application")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("TTCS_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("TTCS_PORT", "-1");
        builder.environment().put("MICRONAUT_ENVIRONMENTS", PausingPlatform.ENVIRONMENT);
        builder.environment().remove("TTCS_DB_URL");
        platform = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!Files.exists(port) || Files.readString(port).isBlank()) {
            if (!platform.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the platform did not start: " + Files.readString(log));
            }
            Thread.sleep(250);
        }
        address = URI.create("http://127.0.0.1:" + Files.readString(port).strip());
        assertThat(call(HttpRequest.GET("/health")).get("status")).isEqualTo("UP");
    }

    private Connection database() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data").resolve("ttcs")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "");
    }

    private Map<String, Integer> storedSubmissions() throws Exception {
        Map<String, Integer> scores = new HashMap<>();
        try (Connection connection = database(); ResultSet rows = connection.createStatement().executeQuery(
                "SELECT submission_key, score_percent FROM quiz_attempt WHERE status = 'SUBMITTED'")) {
            while (rows.next()) {
                assertThat(scores.put(rows.getString(1), rows.getInt(2))).as("stored twice").isNull();
            }
        }
        return scores;
    }

    private int duplicateEvidence() throws Exception {
        try (Connection connection = database()) {
            return SubmissionRows.duplicateQuizEvidence(connection);
        }
    }
}
