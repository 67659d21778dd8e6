package vn.ttcs.learn.operations;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.support.Api;
import vn.ttcs.learn.support.Coursework;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Login;
import vn.ttcs.learn.support.Fixtures.Person;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.EnrolmentFixtures.CRISIS_COURSE;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * Two instances of the platform on one database, as behind a load balancer (docs/deployment.md): nothing one
 * instance keeps is needed by the other. A trainee's journey whose requests alternate between the two works as it
 * does on one instance; logout (within the revocation poll, 1 s), rate limits and the issued PDF hold on both. On H2 the two share one in-memory
 * database; in the database suite (TTCS_TEST_MYSQL_URL) they share the MySQL database.
 */
class TwoInstancesTest {

    private static final String H2 = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000";
    private static final String ASSIGNMENT = "ke-hoach-ung-pho";

    @TempDir
    Path keys;

    @Test
    void aTraineeJourneySpreadOverTwoInstancesOfOneDatabaseWorksAsOnOne() {
        String mysql = System.getProperty("datasources.default.url");
        String url = mysql != null ? mysql : "jdbc:h2:mem:two-instances-" + UUID.randomUUID() + H2;
        // On MySQL both start at the same moment: Flyway's lock and the content-import lock make them take turns.
        // H2 cannot run two Flyway migrations of one fresh in-memory database at once in one JVM (H2 itself fails),
        // so there the second starts once the first is up.
        CompletableFuture<EmbeddedServer> first = CompletableFuture.supplyAsync(() -> start(url));
        if (mysql == null) {
            first.join();
        }
        CompletableFuture<EmbeddedServer> second = CompletableFuture.supplyAsync(() -> start(url));
        try (EmbeddedServer one = first.join(); EmbeddedServer two = second.join();
             HttpClient http1 = clientOf(one); HttpClient http2 = clientOf(two)) {
            BlockingHttpClient onFirst = http1.toBlocking();
            BlockingHttpClient onSecond = http2.toBlocking();
            Fixtures fixtures = one.getApplicationContext().getBean(Fixtures.class);
            Person lan = fixtures.trainee(fixtures.provinceA());
            Enrolment enrolment = one.getApplicationContext().getBean(EnrolmentFixtures.class).enrol(lan, CRISIS_COURSE);

            // signed in on one, known on two
            String token = fixtures.login(onFirst, lan);
            assertThat(new Api(http2).get(token, "/api/me").get("username")).isEqualTo(lan.username());
            assertThat(new Api(http2).get(token, "/api/me/dashboard")).isNotEmpty();

            // lessons on one, the final quiz started on one and submitted on two: the certificate is issued once
            Coursework onOne = one.getApplicationContext().getBean(Coursework.class);
            Coursework onTwo = two.getApplicationContext().getBean(Coursework.class);
            onOne.lessonsDone(token, enrolment);
            onOne.assignmentPassed(enrolment, ASSIGNMENT);
            Map<?, ?> attempt = onFirst.retrieve(HttpRequest.POST("/api/enrolments/" + enrolment.id()
                    + "/quizzes/final/attempts", Map.of()).bearerAuth(token), Map.class);
            String key = UUID.randomUUID().toString();
            Map<?, ?> submitted = onTwo.submit(token, enrolment, attempt, true, key);
            assertThat(((Map<?, ?>) submitted.get("result")).get("passed")).isEqualTo(true);
            assertThat(onOne.submit(token, enrolment, attempt, true, key).get("id"))
                    .as("the same submission sent again to the other instance is the same attempt, scored once")
                    .isEqualTo(submitted.get("id"));

            List<Map<String, Object>> mine = new Api(http1).list(token, "/api/me/certificates");
            assertThat(mine).hasSize(1);
            assertThat(new Api(http2).list(token, "/api/me/certificates")).isEqualTo(mine);
            String pdf = (String) mine.get(0).get("pdfUrl");
            byte[] fromOne = onFirst.retrieve(HttpRequest.GET(pdf).bearerAuth(token), byte[].class);
            byte[] fromTwo = onSecond.retrieve(HttpRequest.GET(pdf).bearerAuth(token), byte[].class);
            assertThat(fromTwo).as("the PDF stored at issue, whichever instance serves it").isEqualTo(fromOne);
            assertThat(new String(fromOne, 0, 5)).isEqualTo("%PDF-");

            // logged out on two: refused there at once, and on one from its next look at the revocations (1 s)
            onSecond.exchange(HttpRequest.POST("/api/auth/logout", "").bearerAuth(token));
            assertThat(failing(() -> onSecond.exchange(HttpRequest.GET("/api/me").bearerAuth(token), Map.class))
                    .status()).isEqualTo(401);
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    assertThat(failing(() -> onFirst.exchange(HttpRequest.GET("/api/me").bearerAuth(token), Map.class))
                            .status()).isEqualTo(401));
        }
    }

    @Test
    void passwordGuessesSpreadOverTwoInstancesCountAgainstOneLimit() {
        String url = System.getProperty("datasources.default.url", "jdbc:h2:mem:two-instances-" + UUID.randomUUID() + H2);
        try (EmbeddedServer one = start(url); EmbeddedServer two = start(url);
             HttpClient http1 = clientOf(one); HttpClient http2 = clientOf(two)) {
            Fixtures fixtures = one.getApplicationContext().getBean(Fixtures.class);
            Person minh = fixtures.trainee(fixtures.provinceB());
            for (int i = 0; i < 5; i++) {
                HttpClient either = i % 2 == 0 ? http1 : http2;
                String guess = "wrong guess " + i;
                assertThat(failing(() -> either.toBlocking().exchange(HttpRequest.POST("/api/auth/login",
                        new Login(minh.username(), guess)), Map.class)).status()).isEqualTo(401);
            }
            for (HttpClient either : List.of(http1, http2)) {
                var held = failing(() -> either.toBlocking().exchange(HttpRequest.POST("/api/auth/login",
                        new Login(minh.username(), minh.password())), Map.class));
                assertThat(held.status()).as("five failures in all, on two instances, hold the account on both")
                        .isEqualTo(429);
            }
        }
    }

    private EmbeddedServer start(String url) {
        // properties given here outrank the system properties of the database suite: pass its account on
        return ApplicationContext.run(EmbeddedServer.class, Map.of("datasources.default.url", url,
                "datasources.default.username", System.getProperty("datasources.default.username", "sa"),
                "datasources.default.password", System.getProperty("datasources.default.password", ""),
                "ttcs.data-dir", keys.toString(),
                // the first certificate of a fresh instance loads fonts and crypto: on a busy build machine, seconds
                "micronaut.http.client.read-timeout", "120s"), "test");
    }

    private static HttpClient clientOf(EmbeddedServer platform) {
        return platform.getApplicationContext().createBean(HttpClient.class, platform.getURL());
    }
}
