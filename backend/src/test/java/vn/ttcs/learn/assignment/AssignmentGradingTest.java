package vn.ttcs.learn.assignment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.audit.AuditEventRepository;
import vn.ttcs.learn.competency.Evidence;
import vn.ttcs.learn.competency.EvidenceRepository;
import vn.ttcs.learn.content.model.Assignment;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.support.Api;
import vn.ttcs.learn.support.Coursework;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Problems.Answer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Api.object;
import static vn.ttcs.learn.support.Api.objects;
import static vn.ttcs.learn.support.EnrolmentFixtures.CRISIS_COURSE;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * Lan submits the crisis course's assignment (a response plan) as text or a file; a trainer grades it against the
 * rubric, once; a passed grade counts as evidence and completes the course's rule.
 */
@MicronautTest(transactional = false)
class AssignmentGradingTest {

    private static final String ASSIGNMENT = "ke-hoach-ung-pho";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Inject
    EnrolmentFixtures enrolments;

    @Inject
    Coursework work;

    @Inject
    EvidenceRepository evidence;

    @Inject
    AuditEventRepository audit;

    private BlockingHttpClient client;
    private Api api;
    private Person lan;
    private String token;
    private String trainer;
    private Enrolment enrolment;

    @BeforeEach
    void lanIsEnrolledAndATrainerIsOnDuty() {
        client = http.toBlocking();
        api = new Api(http);
        lan = fixtures.trainee(fixtures.provinceA());
        token = fixtures.login(client, lan);
        trainer = fixtures.login(client, fixtures.trainer());
        enrolment = enrolments.enrol(lan, CRISIS_COURSE);
    }

    @Test
    void theAssignmentPageShowsTheBriefAndRubricAndThatLanMaySubmit() {
        Map<String, Object> page = api.get(token, assignmentPath());

        Map<String, Object> assignment = object(page.get("assignment"));
        assertThat(assignment.get("id")).isEqualTo(ASSIGNMENT);
        assertThat(assignment.get("submission")).isEqualTo("TEXT_OR_FILE");
        assertThat((String) object(assignment.get("briefHtml")).get("vi")).contains("<");
        assertThat(objects(assignment.get("rubric"))).extracting(c -> c.get("id"))
                .containsExactly("c1", "c2", "c3", "c4", "c5");
        assertThat(page.get("canSubmit")).isEqualTo(true);
        assertThat(objects(page.get("submissions"))).isEmpty();
    }

    @Test
    void theCoursePageListsTheAssignmentsWithTheNewestSubmissionsStatusAndScore() {
        String list = "/api/enrolments/" + enrolment.id() + "/assignments";
        assertThat(api.list(token, list)).singleElement().satisfies(a -> {
            assertThat(a).containsEntry("id", ASSIGNMENT).containsEntry("level", "PRACTITIONER")
                    .containsEntry("submissions", 0).containsEntry("canSubmit", true);
            assertThat(a.get("latestStatus")).isNull();
        });
        long id = Api.id(submit(UUID.randomUUID().toString(), "Bài làm", null, null).body());
        assertThat(api.list(token, list).get(0)).containsEntry("latestStatus", "WAITING")
                .containsEntry("submissions", 1).containsEntry("canSubmit", false);

        grade(id, trainer, 1, null);

        assertThat(api.list(token, list).get(0)).containsEntry("latestStatus", "FAILED")
                .containsEntry("latestScorePercent", 5).containsEntry("canSubmit", true);
        assertThat(failing(() -> api.list(fixtures.login(client, fixtures.trainee(fixtures.provinceA())), list))
                .status()).as("another trainee").isEqualTo(404);
    }

    @Test
    void aPassedGradeRecordsEvidenceIsAuditedAndCompletesTheCertificationRule() {
        work.lessonsDone(token, enrolment);
        work.passQuiz(token, enrolment, "final");
        Map<String, Object> submitted = submit(UUID.randomUUID().toString(), "Kế hoạch ứng phó của tôi", null, null)
                .body();
        long id = Api.id(submitted);
        assertThat(submitted.get("status")).isEqualTo("WAITING");
        assertThat(api.list(trainer, "/api/assignment-submissions?status=waiting")).extracting(e -> e.get("id"))
                .contains(submitted.get("id"));

        Map<String, Object> graded = grade(id, trainer, 12, "Tốt").body();

        Map<String, Object> submission = object(graded.get("submission"));
        assertThat(submission.get("status")).isEqualTo("PASSED");
        Map<String, Object> grade = object(submission.get("grade"));
        assertThat(grade.get("passed")).isEqualTo(true);
        assertThat(grade.get("scorePercent")).isEqualTo(12 * 5 * 100 / 100);
        assertThat(objects(grade.get("criteria"))).allSatisfy(c -> assertThat(c.get("comment")).isEqualTo("Tốt"));
        assertThat(evidence.findByUserIdOrderByRecordedAtDesc(lan.id()).stream()
                .filter(e -> e.sourceKind() == Evidence.SourceKind.ASSIGNMENT && e.sourceId() == id))
                .extracting(Evidence::standardCode, Evidence::level)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CRISIS", "PRACTITIONER"),
                        org.assertj.core.groups.Tuple.tuple("PRESS", "PRACTITIONER"),
                        org.assertj.core.groups.Tuple.tuple("DIGITAL", "PRACTITIONER"),
                        org.assertj.core.groups.Tuple.tuple("MONITOR", "PRACTITIONER"));
        assertThat(audit.findByTargetOrderByIdDesc("assignment-submission:" + id))
                .extracting(a -> a.action()).containsExactly("ASSIGNMENT_GRADED");
        assertThat(api.list(token, "/api/me/certificates")).hasSize(1);
        assertThat(api.get(token, assignmentPath()).get("canSubmit")).isEqualTo(false);
    }

    @Test
    void theSameIdempotencyKeyTwiceMakesOneSubmission() {
        String key = UUID.randomUUID().toString();

        HttpResponse<Map<String, Object>> first = submit(key, "Bài làm", null, null);
        HttpResponse<Map<String, Object>> again = submit(key, "Bài làm", null, null);

        assertThat(first.code()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/assignment-submissions/" + first.body().get("id"));
        assertThat(again.code()).isEqualTo(200);
        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(objects(api.get(token, assignmentPath()).get("submissions"))).hasSize(1);
    }

    @Test
    void aNewSubmissionIsAcceptedOnlyAfterAFailedGradeAndGetsTheNextNumber() {
        long first = Api.id(submit(UUID.randomUUID().toString(), "Bản đầu", null, null).body());
        Answer whileWaiting = failing(() -> submit(UUID.randomUUID().toString(), "Bản hai", null, null));
        assertThat(whileWaiting.status()).isEqualTo(409);

        Map<String, Object> failed = object(grade(first, trainer, 5, null).body().get("submission"));
        assertThat(failed.get("status")).isEqualTo("FAILED");
        assertThat(evidence.findByUserIdOrderByRecordedAtDesc(lan.id())).isEmpty();
        Map<String, Object> second = submit(UUID.randomUUID().toString(), "Bản hai", null, null).body();

        assertThat(second.get("submissionNo")).isEqualTo(2);
        assertThat(second.get("status")).isEqualTo("WAITING");
    }

    @Test
    void aTrainerCannotGradeTheirOwnSubmission() {
        Person both = fixtures.person("trainer", fixtures.provinceA(), Set.of(Role.TRAINEE, Role.TRAINER));
        String bothToken = fixtures.login(client, both);
        Enrolment own = enrolments.enrol(both, CRISIS_COURSE);
        long id = Api.id(client.exchange(submission(own.id(), UUID.randomUUID().toString(), "Tự làm", null, null)
                .bearerAuth(bothToken), Argument.MAP).body());

        Answer refused = failing(() -> grade(id, bothToken, 20, null));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.detail()).contains("own submission");
    }

    @Test
    void theSecondTrainerToGradeTheSameSubmissionGetsAConflict() {
        long id = Api.id(submit(UUID.randomUUID().toString(), "Bài làm", null, null).body());
        String other = fixtures.login(client, fixtures.trainer());
        grade(id, trainer, 15, null);

        Answer second = failing(() -> grade(id, other, 5, null));

        assertThat(second.status()).isEqualTo(409);
        assertThat(object(api.get(trainer, "/api/assignment-submissions/" + id).get("submission")).get("status"))
                .isEqualTo("PASSED");
    }

    @Test
    void pointsOutsideTheRubricOrAMissingCriterionAreRefusedByField() {
        long id = Api.id(submit(UUID.randomUUID().toString(), "Bài làm", null, null).body());

        Answer tooMany = failing(() -> client.exchange(HttpRequest.POST("/api/assignment-submissions/" + id
                + "/grade", Map.of("criteria", List.of(Map.of("criterionId", "c1", "points", 16))))
                .bearerAuth(trainer)));
        Answer missing = failing(() -> client.exchange(HttpRequest.POST("/api/assignment-submissions/" + id
                + "/grade", Map.of("criteria", List.of(Map.of("criterionId", "c1", "points", 15))))
                .bearerAuth(trainer)));

        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.errors()).extracting(e -> e.get("field")).containsExactly("criteria[0].points");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.detail()).contains("c2");
    }

    @Test
    void aFileIsServedBackAsAnAttachmentWithTheTypeFoundInItsContent() {
        byte[] docx = Files.docx(); // made once: a ZIP carries the time it was written
        Map<String, Object> made = submit(UUID.randomUUID().toString(), null, "Kế hoạch ứng phó.docx", docx).body();
        long id = Api.id(made);
        assertThat(object(made.get("file")).get("type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        for (String who : List.of(token, trainer)) {
            HttpResponse<byte[]> file = client.exchange(HttpRequest.GET("/api/assignment-submissions/" + id + "/file")
                    .bearerAuth(who), byte[].class);
            assertThat(file.body()).isEqualTo(docx);
            assertThat(file.header("Content-Type")).startsWith(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            assertThat(file.header("Content-Disposition")).startsWith("attachment;")
                    .contains("filename*=UTF-8''K%E1%BA%BF");
        }
    }

    @Test
    void aFileNamedPdfThatIsReallyAProgramOrHtmlIsRefusedNamingTheField() {
        for (byte[] content : List.of(Files.windowsProgram(), Files.html())) {
            Answer refused = failing(() -> submit(UUID.randomUUID().toString(), null, "ke-hoach.pdf", content));

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.errors()).extracting(e -> e.get("field")).containsExactly("file");
            assertThat(refused.detail()).contains("PDF, DOCX");
        }
        Answer misnamed = failing(() -> submit(UUID.randomUUID().toString(), null, "ke-hoach.pdf", Files.text()));
        assertThat(misnamed.errors()).extracting(e -> e.get("field")).containsExactly("file");
        assertThat(misnamed.detail()).contains("does not match its content");
        assertThat(objects(api.get(token, assignmentPath()).get("submissions"))).isEmpty();
    }

    @Test
    void anotherTraineeFindsNeitherTheEnrolmentsAssignmentNorTheSubmissionNorItsFile() {
        long id = Api.id(submit(UUID.randomUUID().toString(), null, "ke-hoach.pdf", Files.pdf()).body());
        String other = fixtures.login(client, fixtures.trainee(fixtures.provinceA()));

        assertThat(failing(() -> api.get(other, assignmentPath())).status()).isEqualTo(404);
        assertThat(failing(() -> api.get(other, "/api/assignment-submissions/" + id)).status()).isEqualTo(404);
        assertThat(failing(() -> client.exchange(HttpRequest.GET("/api/assignment-submissions/" + id + "/file")
                .bearerAuth(other), byte[].class)).status()).isEqualTo(404);
        assertThat(failing(() -> client.exchange(submission(enrolment.id(), UUID.randomUUID().toString(), "x", null,
                null).bearerAuth(other), Argument.MAP)).status()).isEqualTo(404);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private String assignmentPath() {
        return "/api/enrolments/" + enrolment.id() + "/assignments/" + ASSIGNMENT;
    }

    private HttpResponse<Map<String, Object>> submit(String key, String text, String fileName, byte[] content) {
        return client.exchange(submission(enrolment.id(), key, text, fileName, content).bearerAuth(token),
                Argument.MAP);
    }

    private static io.micronaut.http.MutableHttpRequest<MultipartBody> submission(long enrolmentId, String key,
                                                                                 String text, String fileName,
                                                                                 byte[] content) {
        MultipartBody.Builder body = MultipartBody.builder();
        if (text != null) {
            body.addPart("text", text);
        }
        if (content != null) {
            body.addPart("file", fileName, MediaType.APPLICATION_OCTET_STREAM_TYPE, content);
        }
        return HttpRequest.POST("/api/enrolments/" + enrolmentId + "/assignments/" + ASSIGNMENT + "/submissions",
                body.build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE).header("Idempotency-Key", key);
    }

    /** The same points for every criterion (capped at its maximum), with a comment on each when given. */
    private HttpResponse<Map<String, Object>> grade(long id, String who, int points, String comment) {
        List<Map<String, Object>> criteria = work.course(enrolment).definition().assignments().stream()
                .filter(a -> a.id().equals(ASSIGNMENT)).findFirst().orElseThrow().rubric().stream()
                .map(c -> criterion(c, points, comment)).toList();
        return client.exchange(HttpRequest.POST("/api/assignment-submissions/" + id + "/grade",
                Map.of("criteria", criteria, "comment", "Nhận xét chung")).bearerAuth(who), Argument.MAP);
    }

    private static Map<String, Object> criterion(Assignment.Criterion c, int points, String comment) {
        var map = new java.util.LinkedHashMap<String, Object>();
        map.put("criterionId", c.id());
        map.put("points", Math.min(points, c.maxPoints()));
        if (comment != null) {
            map.put("comment", comment);
        }
        return map;
    }

    /** Answers as string-keyed maps. */
    private static final class Argument {
        static final io.micronaut.core.type.Argument<Map<String, Object>> MAP =
                io.micronaut.core.type.Argument.mapOf(String.class, Object.class);
    }
}
