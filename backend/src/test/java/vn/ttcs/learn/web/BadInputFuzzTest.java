package vn.ttcs.learn.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.web.router.Router;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated bad input for every state-changing JSON endpoint of the live route table, sent as an administrator (who
 * may call them all): malformed JSON, wrong types, huge strings and arrays, out-of-range numbers, unknown fields and
 * path values that are not ids. Whatever arrives, the answer is never a server error and never carries a stack
 * trace; refusals are application/problem+json. New endpoints are picked up from the route table.
 *
 * <p>The same is sent as a trainee with an enrolment in the crisis course, since most of a trainee's endpoints are
 * refused to an administrator before they read the body: there each path value is one of the trainee's own (the
 * enrolment, a quiz, the drill, the assignment) or generated.
 */
class BadInputFuzzTest {

    /** Field names the API uses; generated objects mix them with wrong-typed values. */
    private static final List<String> FIELDS = List.of("username", "password", "currentPassword", "newPassword",
            "fullName", "email", "unitCode", "jobTitle", "roles", "enabled", "target", "reason", "dueOn", "userId",
            "courseCode", "answers", "questionId", "optionIds", "order", "answer", "stepId", "optionId", "text",
            "score", "comment", "criteria", "title", "code", "version", "from", "to", "q");

    /** Endpoints that would end the fuzzing session itself. */
    private static final Set<String> EXCLUDED = Set.of("POST /api/auth/logout");

    private static EmbeddedServer server;
    private static HttpClient client;
    private static String admin;
    private static String trainee;
    private static List<String> traineesOwn;
    private static List<String> endpoints;

    @BeforeContainer
    static void startThePlatform() {
        server = ApplicationContext.run(EmbeddedServer.class, "test");
        client = server.getApplicationContext().createBean(HttpClient.class, server.getURL());
        Fixtures fixtures = server.getApplicationContext().getBean(Fixtures.class);
        admin = fixtures.login(client.toBlocking(), fixtures.admin());
        Fixtures.Person lan = fixtures.trainee(fixtures.provinceA());
        trainee = fixtures.login(client.toBlocking(), lan);
        long enrolment = server.getApplicationContext().getBean(EnrolmentFixtures.class)
                .enrol(lan, EnrolmentFixtures.CRISIS_COURSE).id();
        traineesOwn = List.of(String.valueOf(enrolment), "final", "luyen-tap", "video-gia-chinh-sach",
                "ke-hoach-ung-pho");
        endpoints = server.getApplicationContext().getBean(Router.class).uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.POST || r.getHttpMethod() == HttpMethod.PUT
                        || r.getHttpMethod() == HttpMethod.PATCH)
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toPathString())
                .filter(e -> e.contains(" /api/") && !EXCLUDED.contains(e))
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList();
    }

    @AfterContainer
    static void stopThePlatform() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    @Property(tries = 400)
    void noGeneratedBodyEverCausesAServerError(@ForAll("endpoints") String endpoint,
                                               @ForAll("pathValues") String pathValue,
                                               @ForAll("bodies") String body) {
        String[] parts = endpoint.split(" ", 2);
        sendAndCheck(endpoint, parts[1].replaceAll("\\{[^}]+}", pathValue), body, admin);
    }

    @Property(tries = 200)
    void noGeneratedBodyFromATraineeEverCausesAServerError(@ForAll("endpoints") String endpoint,
                                                           @ForAll("traineePathValues") List<String> pathValues,
                                                           @ForAll("bodies") String body) {
        String[] parts = endpoint.split(" ", 2);
        String path = parts[1];
        for (String value : pathValues) {
            path = path.replaceFirst("\\{[^}]+}", value);
        }
        sendAndCheck(endpoint, path, body, trainee);
    }

    private static void sendAndCheck(String endpoint, String path, String body, String token) {
        String method = endpoint.split(" ", 2)[0];
        MutableHttpRequest<String> request = HttpRequest.create(HttpMethod.valueOf(method), path)
                .body(body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(token);
        int status;
        String answer;
        String contentType;
        try {
            var response = client.toBlocking().exchange(request, String.class);
            status = response.code();
            answer = response.getBody().orElse("");
            contentType = response.getContentType().map(MediaType::toString).orElse("");
        } catch (HttpClientResponseException e) {
            status = e.code();
            answer = e.getResponse().getBody(String.class).orElse("");
            contentType = e.getResponse().getContentType().map(MediaType::toString).orElse("");
        }
        assertThat(status).as(endpoint + " with " + abbreviate(body)).isLessThan(500);
        assertThat(answer).as("no stack trace from " + endpoint).doesNotContain("\tat ", "Exception:", "at io.micronaut");
        if (status >= 400 && status != 404 && status != 405 && status != 415) {
            assertThat(contentType).as("refusal of " + endpoint + " is a problem").startsWith("application/problem+json");
        }
    }

    @Provide
    Arbitrary<String> endpoints() {
        return Arbitraries.of(endpoints);
    }

    @Provide
    Arbitrary<String> pathValues() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-5, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.of("tinh-khong-co", "0", "-1", "abc", "%20", "9223372036854775808", "tỉnh"));
    }

    /** One value per placeholder (paths have at most three): mostly the trainee's own, sometimes generated. */
    @Provide
    Arbitrary<List<String>> traineePathValues() {
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.of(traineesOwn)),
                net.jqwik.api.Tuple.of(1, pathValues())).list().ofSize(3);
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.oneOf(objects(), values(2), malformed());
    }

    private Arbitrary<String> objects() {
        return Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().alpha().ofLength(5)),
                values(2)).ofMaxSize(8).map(map -> map.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + e.getValue()).collect(Collectors.joining(",", "{", "}")));
    }

    private Arbitrary<String> values(int depth) {
        Arbitrary<String> scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40).map(BadInputFuzzTest::quote),
                Arbitraries.strings().withChars("aăâđêôơư").ofMinLength(5_000).ofMaxLength(70_000)
                        .map(BadInputFuzzTest::quote),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("1e309", "-0", "3.5", "99999999999999999999999", "true", "false", "null",
                        "\"2026-02-30\"", "\"EMPEROR\"", "\"TRAINEE\"", "\"\"", "\" \""));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<String> arrays = values(depth - 1).list().ofMaxSize(6)
                .map(list -> String.join(",", list)).map(s -> "[" + s + "]");
        Arbitrary<String> hugeArray = Arbitraries.integers().between(1_000, 20_000)
                .map(n -> "[" + "1,".repeat(n) + "1]");
        Arbitrary<String> nested = Arbitraries.maps(Arbitraries.of(FIELDS), values(depth - 1)).ofMaxSize(3)
                .map(map -> map.entrySet().stream().map(e -> quote(e.getKey()) + ":" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}")));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, scalars), net.jqwik.api.Tuple.of(2, arrays),
                net.jqwik.api.Tuple.of(1, hugeArray), net.jqwik.api.Tuple.of(2, nested));
    }

    private Arbitrary<String> malformed() {
        return Arbitraries.of("", "{", "{\"username\":", "[", "{\"a\":1,}", "{'a':1}", "nul", "\u0000",
                "{\"fullName\":\"\\ud800\"}", "<xml/>", "{\"roles\":[\"TRAINEE\",]}", "{\"target\":1e999999}");
    }

    private static String quote(String raw) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + " chars)" : body;
    }
}
