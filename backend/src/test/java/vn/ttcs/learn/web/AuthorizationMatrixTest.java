package vn.ttcs.learn.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.web.router.Router;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.certification.Certificate;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint of the live route table, walked with no login and with every role. An endpoint missing from
 * {@link #EXPECTED} fails the build: a new endpoint must say who may call it.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixTest {

    enum Actor { ANONYMOUS, TRAINEE, TRAINER, UNIT_MANAGER, REVIEWER, ADMIN }

    private static final Set<Actor> EVERYONE = Set.of(Actor.values());
    private static final Set<Actor> SIGNED_IN = Set.of(Actor.TRAINEE, Actor.TRAINER, Actor.UNIT_MANAGER,
            Actor.REVIEWER, Actor.ADMIN);
    private static final Set<Actor> USER_ADMINISTRATION = Set.of(Actor.UNIT_MANAGER, Actor.ADMIN);
    /** A trainee's own learning and assessed work; another trainee's enrolment, attempt or run is "not found". */
    private static final Set<Actor> TRAINEES = Set.of(Actor.TRAINEE);
    private static final String COURSE = "bao-chi-phat-ngon";
    private static final Set<Actor> GRADERS = Set.of(Actor.TRAINER, Actor.ADMIN);
    private static final Set<Actor> AUTHORS = Set.of(Actor.TRAINER, Actor.ADMIN);
    private static final Set<Actor> CERTIFICATION_OVERSIGHT = Set.of(Actor.UNIT_MANAGER, Actor.REVIEWER, Actor.ADMIN);
    private static final Set<Actor> REPORT_READERS = Set.of(Actor.UNIT_MANAGER, Actor.REVIEWER, Actor.ADMIN);

    static final Map<String, Set<Actor>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("GET /health", EVERYONE);
        EXPECTED.put("GET /api/openapi.yml", EVERYONE);
        EXPECTED.put("POST /api/auth/login", EVERYONE);
        EXPECTED.put("POST /api/auth/refresh", EVERYONE);
        EXPECTED.put("POST /api/auth/logout", SIGNED_IN);
        EXPECTED.put("GET /api/me", SIGNED_IN);
        EXPECTED.put("POST /api/me/password", SIGNED_IN);
        EXPECTED.put("GET /api/me/competencies", TRAINEES);
        EXPECTED.put("GET /api/units", SIGNED_IN);
        EXPECTED.put("GET /api/units/{code}", SIGNED_IN);
        EXPECTED.put("PUT /api/units/{code}/target", Set.of(Actor.ADMIN));
        EXPECTED.put("GET /api/users", USER_ADMINISTRATION);
        EXPECTED.put("POST /api/users", USER_ADMINISTRATION);
        EXPECTED.put("GET /api/users/{id}", USER_ADMINISTRATION);
        EXPECTED.put("PUT /api/users/{id}", USER_ADMINISTRATION);
        EXPECTED.put("POST /api/users/{id}/password-reset", USER_ADMINISTRATION);
        EXPECTED.put("POST /api/users/import", USER_ADMINISTRATION);
        EXPECTED.put("GET /api/courses", SIGNED_IN);
        EXPECTED.put("GET /api/courses/{code}", SIGNED_IN);
        EXPECTED.put("GET /api/courses/{code}/assets/{file}", SIGNED_IN);
        EXPECTED.put("POST /api/courses/{code}/enrolment", TRAINEES);
        EXPECTED.put("POST /api/enrolments", USER_ADMINISTRATION);
        EXPECTED.put("GET /api/enrolments/{id}", Set.of(Actor.TRAINEE, Actor.UNIT_MANAGER, Actor.ADMIN));
        EXPECTED.put("GET /api/enrolments/{id}/lessons/{lessonKey}", TRAINEES);
        EXPECTED.put("PUT /api/enrolments/{id}/lessons/{lessonKey}/done", TRAINEES);
        EXPECTED.put("GET /api/me/dashboard", TRAINEES);
        EXPECTED.put("GET /api/enrolments/{id}/assessments", TRAINEES);
        EXPECTED.put("POST /api/enrolments/{id}/quizzes/{quizId}/attempts", TRAINEES);
        EXPECTED.put("GET /api/attempts/{id}", TRAINEES);
        EXPECTED.put("POST /api/attempts/{id}/submission", TRAINEES);
        EXPECTED.put("POST /api/enrolments/{id}/drills/{drillId}/runs", TRAINEES);
        EXPECTED.put("GET /api/drill-runs/{id}", TRAINEES);
        EXPECTED.put("POST /api/drill-runs/{id}/choices", TRAINEES);
        // Assignments: trainees submit in their own enrolment; trainers (and admins) grade; a submission and its
        // file are read by its trainee and by graders, anyone else's is "not found".
        EXPECTED.put("GET /api/enrolments/{id}/assignments", TRAINEES);
        EXPECTED.put("GET /api/enrolments/{id}/assignments/{assignmentId}", TRAINEES);
        // A trainee's competency profile: trainers for any trainee, a unit manager for its own unit's (404 otherwise).
        EXPECTED.put("GET /api/trainees/{id}/competencies", Set.of(Actor.TRAINER, Actor.UNIT_MANAGER, Actor.ADMIN));
        EXPECTED.put("POST /api/enrolments/{id}/assignments/{assignmentId}/submissions", TRAINEES);
        EXPECTED.put("GET /api/assignment-submissions", GRADERS);
        EXPECTED.put("GET /api/assignment-submissions/{id}", Set.of(Actor.TRAINEE, Actor.TRAINER, Actor.ADMIN));
        EXPECTED.put("GET /api/assignment-submissions/{id}/file", Set.of(Actor.TRAINEE, Actor.TRAINER, Actor.ADMIN));
        EXPECTED.put("POST /api/assignment-submissions/{id}/grade", GRADERS);
        // Certificates: anyone verifies; whose PDF a signed-in user may fetch is decided per certificate (404).
        EXPECTED.put("GET /api/certificates/verify/{verificationCode}", EVERYONE);
        EXPECTED.put("GET /verify/{verificationCode}", EVERYONE);
        // The public page of a competency standard, which badges' alignments link to.
        EXPECTED.put("GET /competencies/{code}", EVERYONE);
        EXPECTED.put("GET /api/certificates/signing-certificate", EVERYONE);
        EXPECTED.put("GET /api/me/certificates", SIGNED_IN);
        EXPECTED.put("GET /api/certificates/{certificateId}/pdf", SIGNED_IN);
        EXPECTED.put("GET /api/certificates/{certificateId}/badge", SIGNED_IN);
        EXPECTED.put("POST /api/certificates/{certificateId}/revocation", Set.of(Actor.REVIEWER, Actor.ADMIN));
        EXPECTED.put("GET /api/units/{code}/certificates", CERTIFICATION_OVERSIGHT);
        EXPECTED.put("GET /api/units/{code}/certificates.zip", CERTIFICATION_OVERSIGHT);
        // Reports: a unit manager's are restricted to its own unit (another unit's drill-down is 404).
        EXPECTED.put("GET /api/reports/filters", REPORT_READERS);
        EXPECTED.put("GET /api/reports/certification-rates", REPORT_READERS);
        EXPECTED.put("GET /api/reports/coverage", REPORT_READERS);
        EXPECTED.put("GET /api/reports/trends", REPORT_READERS);
        EXPECTED.put("GET /api/reports/competencies", REPORT_READERS);
        EXPECTED.put("GET /api/reports/units/{code}/trainees", REPORT_READERS);
        // The trainees behind a total by kind, or a level of a standard: a unit manager's own unit's only.
        EXPECTED.put("GET /api/reports/trainees", REPORT_READERS);
        EXPECTED.put("GET /api/reports/competencies/{standard}/trainees", REPORT_READERS);
        EXPECTED.put("GET /api/reports/units/{code}/summary.pdf", REPORT_READERS);
        EXPECTED.put("GET /api/reports/units/{code}/progress", REPORT_READERS);
        EXPECTED.put("POST /api/admin/report-tallies/rebuild", Set.of(Actor.ADMIN));
        // Authoring: trainers and administrators write, review and publish courses.
        for (String endpoint : List.of("GET /api/authoring/courses", "POST /api/authoring/courses",
                "POST /api/authoring/courses/{code}/draft", "GET /api/authoring/courses/{code}",
                "GET /api/authoring/courses/{code}/file", "PUT /api/authoring/courses/{code}/file",
                "DELETE /api/authoring/courses/{code}/file", "PUT /api/authoring/courses/{code}/outline",
                "POST /api/authoring/courses/{code}/assets", "GET /api/authoring/courses/{code}/assets/{file}",
                "POST /api/authoring/courses/{code}/preview", "POST /api/authoring/courses/{code}/submit",
                "POST /api/authoring/courses/{code}/return", "POST /api/authoring/courses/{code}/approve",
                "GET /api/authoring/courses/{code}/changes", "GET /api/authoring/courses/{code}/export",
                "POST /api/authoring/import")) {
            EXPECTED.put(endpoint, AUTHORS);
        }
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Inject
    Fixtures fixtures;

    @Inject
    CertificateFixtures certificates;

    private final Map<Actor, Supplier<Person>> people = new LinkedHashMap<>();
    private Person subject;
    private long subjectEnrolment;
    private Certificate subjectCertificate;

    @BeforeEach
    void people() {
        var unitA = fixtures.provinceA();
        subject = fixtures.trainee(unitA);
        subjectCertificate = certificates.pressCertificate(subject);
        subjectEnrolment = ((Number) client.toBlocking().retrieve(HttpRequest.POST("/api/courses/" + COURSE
                + "/enrolment", Map.of()).bearerAuth(fixtures.login(client.toBlocking(), subject)), Map.class)
                .get("id")).longValue();
        people.put(Actor.TRAINEE, () -> fixtures.trainee(unitA));
        people.put(Actor.TRAINER, fixtures::trainer);
        people.put(Actor.UNIT_MANAGER, () -> fixtures.unitManager(unitA));
        people.put(Actor.REVIEWER, fixtures::reviewer);
        people.put(Actor.ADMIN, fixtures::admin);
    }

    @Test
    void everyEndpointOfTheRouteTableHasAnExpectedAccessRule() {
        Set<String> live = liveEndpoints();
        assertThat(live).as("endpoints without an entry in AuthorizationMatrixTest.EXPECTED")
                .isSubsetOf(EXPECTED.keySet());
        assertThat(EXPECTED.keySet()).as("entries of EXPECTED that are no longer endpoints").isSubsetOf(live);
    }

    @Test
    void everyEndpointAnswersEachActorAsExpected() {
        List<String> wrong = new ArrayList<>();
        for (String endpoint : liveEndpoints()) {
            for (Actor actor : Actor.values()) {
                int status = call(endpoint, actor);
                boolean allowed = EXPECTED.getOrDefault(endpoint, Set.of()).contains(actor);
                boolean refused = status == 401 || status == 403;
                int expectedRefusal = actor == Actor.ANONYMOUS ? 401 : 403;
                if (allowed && refused || !allowed && status != expectedRefusal) {
                    wrong.add(endpoint + " as " + actor + ": " + status + (allowed ? " (should be allowed)"
                            : " (should be " + expectedRefusal + ")"));
                }
                assertThat(status).as(endpoint + " as " + actor).isLessThan(500);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private Set<String> liveEndpoints() {
        return router.uriRoutes()
                .map(r -> r.getHttpMethod() + " " + r.getUriMatchTemplate().toPathString())
                .filter(e -> !e.startsWith("HEAD ") && !e.startsWith("OPTIONS "))
                .filter(e -> e.contains(" /api/") || e.endsWith(" /health") || e.contains(" /verify/")
                        || e.contains(" /competencies/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private int call(String endpoint, Actor actor) {
        String[] parts = endpoint.split(" ", 2);
        boolean learning = parts[1].startsWith("/api/courses/") || parts[1].startsWith("/api/enrolments/");
        String path = parts[1]
                .replace("{id}", String.valueOf(learning ? subjectEnrolment : subject.id()))
                .replace("{code}", learning ? COURSE : parts[1].startsWith("/competencies/") ? "PRESS"
                        : subject.unitCode())
                .replace("{standard}", "PRESS")
                .replace("{file}", "kim-tu-thap-nguoc.svg")
                .replace("{lessonKey}", "l01-nguoi-phat-ngon")
                .replace("{quizId}", "final")
                .replace("{drillId}", "hoi-dap-truoc-han-chot")
                .replace("{assignmentId}", "thong-cao")
                .replace("{certificateId}", String.valueOf(subjectCertificate.id()))
                .replace("{verificationCode}", subjectCertificate.verificationCode());
        HttpMethod method = HttpMethod.valueOf(parts[0]);
        MutableHttpRequest<?> request = switch (method) {
            case GET -> HttpRequest.GET(path);
            case POST -> path.endsWith("/import") || path.endsWith("/submissions") || path.endsWith("/assets")
                    ? HttpRequest.POST(path, MultipartBody.builder().addPart("file", "empty.csv",
                            MediaType.TEXT_PLAIN_TYPE, new byte[0]).build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                    : HttpRequest.POST(path, Map.of());
            case PUT -> HttpRequest.PUT(path, Map.of());
            case DELETE -> HttpRequest.DELETE(path);
            default -> throw new IllegalStateException("untested method " + method);
        };
        if (actor != Actor.ANONYMOUS) {
            request.bearerAuth(fixtures.login(client.toBlocking(), people.get(actor).get()));
        }
        try {
            return client.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
