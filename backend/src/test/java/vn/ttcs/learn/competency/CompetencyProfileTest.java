package vn.ttcs.learn.competency;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.support.Coursework;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.EnrolmentFixtures.CRISIS_COURSE;

/**
 * "Năng lực của tôi": every standard of the framework, with the level the evidence supports, the evidence itself and
 * what the next level still needs.
 */
@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class CompetencyProfileTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Inject
    EnrolmentFixtures enrolments;

    @Inject
    CourseCatalog catalog;

    @Inject
    CompetencyStandards standards;

    @Inject
    EvidenceRepository evidence;

    @Inject
    CompetencyProfile profiles;

    @Inject
    Coursework work;

    private static final List<String> LEVELS = List.of("FOUNDATION", "PRACTITIONER", "ADVANCED");

    private BlockingHttpClient client;
    private Person lan;
    private String token;

    @BeforeEach
    void lan() {
        client = http.toBlocking();
        lan = fixtures.trainee(fixtures.provinceA());
        token = fixtures.login(client, lan);
    }

    @Test
    void aNewTraineeSeesEveryStandardOfTheFrameworkWithNoLevelYet() {
        Map profile = profile();

        List<Map> shown = (List<Map>) profile.get("standards");
        assertThat(shown).extracting(s -> s.get("code"))
                .containsExactlyElementsOf(standards.all().stream().map(s -> s.code()).toList())
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(shown).allSatisfy(s -> {
            assertThat(s.get("level")).isNull();
            assertThat((List) s.get("evidence")).isEmpty();
            Map next = (Map) s.get("next");
            assertThat(next.get("level")).isEqualTo("FOUNDATION");
            assertThat(next.get("assessmentsStillNeeded")).isEqualTo(2);
            assertThat(((Map) next.get("gap")).get("vi")).asString().startsWith("Để đạt cấp Nền tảng");
            assertThat((List) next.get("indicators")).isNotEmpty();
        });
        assertThat(((Map) profile.get("rule")).get("vi")).asString().contains("hai bài đánh giá khác nhau");
        assertThat((List<Map>) profile.get("levels")).extracting(l -> l.get("code"))
                .containsExactly("FOUNDATION", "PRACTITIONER", "ADVANCED");
    }

    @Test
    void aPassedFinalQuizAndAPassedDrillMakeAPractitionerInTheStandardsTheyShare() {
        Enrolment enrolment = enrolments.enrol(lan, CRISIS_COURSE);
        passTheFinalQuiz(enrolment);
        passTheVideoDrill(enrolment);

        Map<String, Map> byCode = byCode(profile());

        for (String shared : List.of("CRISIS", "DIGITAL")) {
            Map standard = byCode.get(shared);
            assertThat(standard.get("level")).as(shared).isEqualTo("PRACTITIONER");
            assertThat(((Map) standard.get("next")).get("level")).isEqualTo("ADVANCED");
            assertThat((List<Map>) standard.get("evidence")).extracting(e -> e.get("kind"))
                    .containsExactlyInAnyOrder("QUIZ_ATTEMPT", "DRILL_RUN");
        }
        Map press = byCode.get("PRESS");
        assertThat(press.get("level")).as("one assessment only").isNull();
        assertThat(((Map) press.get("next"))).containsEntry("level", "FOUNDATION")
                .containsEntry("assessmentsTowards", 1).containsEntry("assessmentsStillNeeded", 1);
        Map quizEvidence = ((List<Map>) press.get("evidence")).get(0);
        assertThat(quizEvidence).containsEntry("kind", "QUIZ_ATTEMPT").containsEntry("assessmentId", "final")
                .containsEntry("courseCode", CRISIS_COURSE).containsEntry("scorePercent", 100);
        assertThat(((Map) quizEvidence.get("assessment")).get("vi")).asString().startsWith("Bài kiểm tra cuối khóa");
        assertThat(((Map) quizEvidence.get("courseTitle")).get("vi")).isEqualTo("Xử lý khủng hoảng truyền thông");
        assertThat(Instant.parse((String) quizEvidence.get("recordedAt"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(byCode.get("PLAN").get("evidence")).asList().isEmpty();
        assertThat(profiles.levels(lan.id())).as("what a certificate would state")
                .containsEntry("CRISIS", vn.ttcs.learn.content.model.Level.PRACTITIONER)
                .containsEntry("DIGITAL", vn.ttcs.learn.content.model.Level.PRACTITIONER)
                .doesNotContainKeys("PRESS", "LEGAL", "PLAN");
    }

    @Test
    void onePassedAssignmentAtAdvancedIsEnoughForTheHighestLevel() {
        Enrolment enrolment = enrolments.enrol(lan, CRISIS_COURSE);
        evidence.save(new Evidence(null, lan.id(), "PLAN", "ADVANCED", Evidence.SourceKind.ASSIGNMENT,
                ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), enrolment.courseVersionId(), 85,
                Instant.now()));

        Map plan = byCode(profile()).get("PLAN");

        assertThat(plan.get("level")).isEqualTo("ADVANCED");
        assertThat(plan.get("next")).isNull();
        assertThat((List<Map>) plan.get("evidence")).singleElement().satisfies(e -> {
            assertThat(e.get("kind")).isEqualTo("ASSIGNMENT");
            assertThat(e.get("assessment")).isNull();
            assertThat(e.get("scorePercent")).isEqualTo(85);
        });
    }

    @Test
    void evidenceFromAGradedAssignmentNamesTheAssignment() {
        Enrolment enrolment = enrolments.enrol(lan, CRISIS_COURSE);
        work.assignmentPassed(enrolment, "ke-hoach-ung-pho");
        Map page = client.retrieve(HttpRequest.GET("/api/enrolments/" + enrolment.id()
                + "/assignments/ke-hoach-ung-pho").bearerAuth(token), Map.class);
        long submission = ((Number) ((List<Map>) page.get("submissions")).get(0).get("id")).longValue();
        evidence.save(new Evidence(null, lan.id(), "CRISIS", "PRACTITIONER", Evidence.SourceKind.ASSIGNMENT,
                submission, enrolment.courseVersionId(), 80, Instant.now()));

        Map shown = ((List<Map>) byCode(profile()).get("CRISIS").get("evidence")).get(0);

        assertThat(shown).containsEntry("kind", "ASSIGNMENT").containsEntry("assessmentId", "ke-hoach-ung-pho")
                .containsEntry("sourceId", (int) submission);
        assertThat(((Map) shown.get("assessment")).get("vi")).asString().startsWith("Kế hoạch ứng phó khủng hoảng");
    }

    @Test
    void theGapToTheNextLevelListsThePublishedCoursesWhoseAssessedWorkCountsAtThatLevel() {
        Map<String, Map> byCode = byCode(profile());

        List<Map> toFoundation = (List<Map>) ((Map) byCode.get("CRISIS").get("next")).get("courses");
        Map crisisCourse = toFoundation.stream().filter(c -> CRISIS_COURSE.equals(c.get("code"))).findFirst()
                .orElseThrow();
        assertThat(((Map) crisisCourse.get("title")).get("vi")).isEqualTo("Xử lý khủng hoảng truyền thông");
        assertThat((List<Map>) crisisCourse.get("items")).extracting(i -> i.get("kind") + ":" + i.get("id"))
                .contains("QUIZ_ATTEMPT:final", "QUIZ_ATTEMPT:tai-chung-nhan", "DRILL_RUN:video-gia-chinh-sach",
                        "ASSIGNMENT:ke-hoach-ung-pho")
                .doesNotContain("QUIZ_ATTEMPT:luyen-tap");
        assertThat(toFoundation).as("only courses that assess the standard").allSatisfy(c ->
                assertThat((List<Map>) c.get("items")).isNotEmpty());
        assertThat(toFoundation).extracting(c -> c.get("code")).doesNotContain("do-luong-danh-gia");
        for (Map standard : byCode.values()) {
            Map next = (Map) standard.get("next");
            for (Map course : (List<Map>) next.get("courses")) {
                assertThat((List<Map>) course.get("items")).as(standard.get("code") + " in " + course.get("code"))
                        .allSatisfy(item -> assertThat(LEVELS.indexOf(item.get("level")))
                                .isGreaterThanOrEqualTo(LEVELS.indexOf(next.get("level"))));
            }
        }
    }

    @Test
    void onceAPractitionerOnlyWorkAtPractitionerOrAboveIsOfferedForTheNextLevel() {
        Enrolment enrolment = enrolments.enrol(lan, CRISIS_COURSE);
        passTheFinalQuiz(enrolment);
        passTheVideoDrill(enrolment);

        Map next = (Map) byCode(profile()).get("CRISIS").get("next");

        assertThat(next.get("level")).isEqualTo("ADVANCED");
        List<Map> courses = (List<Map>) next.get("courses");
        assertThat(courses).allSatisfy(c -> assertThat((List<Map>) c.get("items"))
                .allSatisfy(i -> assertThat(i.get("level")).isEqualTo("ADVANCED")));
        assertThat(courses).extracting(c -> c.get("code")).doesNotContain("nen-tang-ttcs");
    }

    @Test
    void anotherTraineesEvidenceNeverShows() {
        Person hoa = fixtures.trainee(fixtures.provinceA());
        passTheVideoDrillAs(hoa, enrolments.enrol(hoa, CRISIS_COURSE));

        assertThat(byCode(profile()).get("CRISIS").get("evidence")).asList().isEmpty();
    }

    private Map profile() {
        return client.retrieve(HttpRequest.GET("/api/me/competencies").bearerAuth(token), Map.class);
    }

    private static Map<String, Map> byCode(Map profile) {
        return ((List<Map>) profile.get("standards")).stream()
                .collect(Collectors.toMap(s -> (String) s.get("code"), s -> s));
    }

    private void passTheFinalQuiz(Enrolment enrolment) {
        PublishedCourse course = catalog.version(enrolment.courseVersionId());
        Map attempt = client.retrieve(HttpRequest.POST("/api/enrolments/" + enrolment.id()
                + "/quizzes/final/attempts", Map.of()).bearerAuth(token), Map.class);
        List<Map<String, Object>> answers = ((List<Map>) attempt.get("questions")).stream().map(shown -> {
            Question q = course.question((String) shown.get("id")).orElseThrow();
            return switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> Map.<String, Object>of("questionId", q.id(), "optionIds",
                        q.options().stream().filter(Question.Option::correct).map(Question.Option::id).toList());
                case TRUE_FALSE -> Map.<String, Object>of("questionId", q.id(), "answer", q.answer());
                case ORDERING -> Map.<String, Object>of("questionId", q.id(), "order",
                        q.options().stream().map(Question.Option::id).toList());
            };
        }).toList();
        Map submitted = client.retrieve(HttpRequest.POST("/api/attempts/" + attempt.get("id") + "/submission",
                Map.of("answers", answers)).header("Idempotency-Key", UUID.randomUUID().toString())
                .bearerAuth(token), Map.class);
        assertThat(((Map) submitted.get("result")).get("passed")).isEqualTo(true);
    }

    private void passTheVideoDrill(Enrolment enrolment) {
        passTheVideoDrillAs(null, enrolment);
    }

    private void passTheVideoDrillAs(Person someone, Enrolment enrolment) {
        String as = someone == null ? token : fixtures.login(client, someone);
        Map run = client.retrieve(HttpRequest.POST("/api/enrolments/" + enrolment.id()
                + "/drills/video-gia-chinh-sach/runs", Map.of()).bearerAuth(as), Map.class);
        Map latest = run;
        for (String step : List.of("s1", "s2", "s4", "s5", "s7")) {
            latest = client.retrieve(HttpRequest.POST("/api/drill-runs/" + run.get("id") + "/choices",
                    Map.of("stepId", step, "optionId", "a")).bearerAuth(as), Map.class);
        }
        assertThat(((Map) latest.get("result")).get("passed")).isEqualTo(true);
    }
}
