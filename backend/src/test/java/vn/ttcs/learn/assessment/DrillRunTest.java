package vn.ttcs.learn.assessment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.competency.Evidence;
import vn.ttcs.learn.competency.EvidenceRepository;
import vn.ttcs.learn.content.model.Drill;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.EnrolmentFixtures.CRISIS_COURSE;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * The crisis course's drill "Video cắt ghép về lộ trình hạn chế xe máy xăng" (content/courses/xu-ly-khung-hoang/
 * drills/video-gia-chinh-sach.yaml), walked step by step: the option chosen decides the next situation and the points;
 * the best path is worth 15 points and the pass mark is 60 %, so 9 points pass.
 */
@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class DrillRunTest {

    private static final String DRILL = "video-gia-chinh-sach";

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
    EvidenceRepository evidence;

    private BlockingHttpClient client;
    private Person lan;
    private String token;
    private Enrolment enrolment;
    private Drill drill;

    @BeforeEach
    void lanIsEnrolledInTheCrisisCourse() {
        client = http.toBlocking();
        lan = fixtures.trainee(fixtures.provinceA());
        token = fixtures.login(client, lan);
        enrolment = enrolments.enrol(lan, CRISIS_COURSE);
        drill = catalog.version(enrolment.courseVersionId()).drill(DRILL).orElseThrow();
    }

    @Test
    void aRunStartsAtTheFirstSituationWithoutRevealingPointsFeedbackOrWhereOptionsLead() {
        HttpResponse<String> started = client.exchange(startRequest(), String.class);

        assertThat(started.code()).isEqualTo(201);
        assertThat(started.body()).doesNotContain("\"points\"").doesNotContain("\"next\"")
                .doesNotContain("\"feedback\"");
        Map run = client.retrieve(HttpRequest.GET(started.header("Location")).bearerAuth(token), Map.class);
        Map step = (Map) run.get("step");
        assertThat(step.get("id")).isEqualTo("s1");
        assertThat(((Map) step.get("situation")).get("vi")).asString().contains("06:40");
        assertThat((List<Map>) step.get("options")).extracting(o -> o.get("id")).containsExactly("a", "b", "c");
        assertThat((List<Map>) step.get("options")).allSatisfy(o -> assertThat(o.keySet()).containsOnly("id", "text"));
        assertThat(run.get("finished")).isEqualTo(false);
        assertThat(run.get("result")).isNull();
    }

    @Test
    void theOptionChosenDecidesTheNextStepThePointsAndTheFeedback() {
        Map prompt = choose(start(), "s1", "a");
        Map hesitant = choose(startFor(fixtures.trainee(fixtures.provinceA())), "s1", "c");

        assertThat(((Map) prompt.get("step")).get("id")).isEqualTo("s2");
        assertThat(((Map) prompt.get("lastChoice")).get("points")).isEqualTo(3);
        assertThat(((Map) ((Map) prompt.get("lastChoice")).get("feedback")).get("vi"))
                .isEqualTo(option("s1", "a").feedback().vi());
        assertThat(((Map) hesitant.get("step")).get("id")).isEqualTo("s3");
        assertThat(((Map) hesitant.get("lastChoice")).get("points")).isEqualTo(0);
    }

    @Test
    void theBestPathScoresFullMarksPassesAndRecordsEvidenceForEachCompetencyOfTheDrill() {
        Map run = walk(start(), "s1", "a", "s2", "a", "s4", "a", "s5", "a", "s7", "a");

        assertThat(run.get("finished")).isEqualTo(true);
        assertThat(((Map) run.get("step")).get("id")).isEqualTo("ket-thuc-tot");
        assertThat(((Map) run.get("step")).get("ending")).isEqualTo(true);
        Map result = (Map) run.get("result");
        assertThat(result.get("points")).isEqualTo(15);
        assertThat(result.get("maxPoints")).isEqualTo(15);
        assertThat(result.get("scorePercent")).isEqualTo(100);
        assertThat(result.get("passed")).isEqualTo(true);
        assertThat((List<Map>) result.get("competencies")).extracting(c -> c.get("code"), c -> c.get("level"),
                        c -> c.get("evidenceRecorded"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CRISIS", "PRACTITIONER", true),
                        org.assertj.core.groups.Tuple.tuple("DIGITAL", "PRACTITIONER", true),
                        org.assertj.core.groups.Tuple.tuple("MONITOR", "PRACTITIONER", true));
        assertThat(evidenceOf(run)).extracting(Evidence::standardCode, Evidence::level, Evidence::scorePercent)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CRISIS", "PRACTITIONER", 100),
                        org.assertj.core.groups.Tuple.tuple("DIGITAL", "PRACTITIONER", 100),
                        org.assertj.core.groups.Tuple.tuple("MONITOR", "PRACTITIONER", 100));
        assertThat((List<Map>) run.get("path")).extracting(s -> s.get("stepId"))
                .containsExactly("s1", "s2", "s4", "s5", "s7");
    }

    @Test
    void nineOfFifteenPointsIsExactlyThePassMark() {
        Map run = walk(start(), "s1", "a", "s2", "b", "s4", "b", "s5", "a", "s7", "b");

        Map result = (Map) run.get("result");
        assertThat(((Map) run.get("step")).get("id")).isEqualTo("ket-thuc-trung");
        assertThat(result.get("points")).isEqualTo(9);
        assertThat(result.get("scorePercent")).isEqualTo(60);
        assertThat(result.get("passed")).isEqualTo(true);
    }

    @Test
    void aPoorPathFailsAndRecordsNoEvidence() {
        Map run = walk(start(), "s1", "b", "s2", "b", "s4", "b", "s5", "a", "s7", "b");

        Map result = (Map) run.get("result");
        assertThat(result.get("points")).isEqualTo(7);
        assertThat(result.get("scorePercent")).isEqualTo(46);
        assertThat(result.get("passed")).isEqualTo(false);
        assertThat((List<Map>) result.get("competencies"))
                .allSatisfy(c -> assertThat(c.get("evidenceRecorded")).isEqualTo(false));
        assertThat(evidenceOf(run)).isEmpty();
    }

    @Test
    void silenceLeadsToTheBadEnding() {
        Map run = walk(start(), "s1", "c", "s3", "b", "s6", "b");

        assertThat(((Map) run.get("step")).get("id")).isEqualTo("ket-thuc-xau");
        assertThat(((Map) run.get("result")).get("points")).isEqualTo(0);
    }

    @Test
    void reSendingTheChoiceForAStepAlreadyTakenChangesNothing() {
        Map run = start();
        Map first = choose(run, "s1", "a");

        Map again = choose(run, "s1", "a");
        Map afterFinishing = choose(walk(run, "s2", "a", "s4", "a", "s5", "a", "s7", "a"), "s7", "a");

        assertThat(again.get("lastChoice")).isEqualTo(first.get("lastChoice"));
        assertThat(((Map) again.get("step")).get("id")).isEqualTo("s2");
        assertThat((List) again.get("path")).hasSize(1);
        assertThat(((Map) afterFinishing.get("result")).get("points")).isEqualTo(15);
        assertThat(evidenceOf(run)).hasSize(3);
    }

    @Test
    void anotherOptionForAStepAlreadyTakenOrAStepNotYetReachedIsAConflict() {
        Map run = start();
        choose(run, "s1", "a");

        var changed = failing(() -> choose(run, "s1", "b"));
        var ahead = failing(() -> choose(run, "s5", "a"));

        assertThat(changed.status()).isEqualTo(409);
        assertThat((String) changed.body().get("type")).endsWith("/step-already-answered");
        assertThat(ahead.status()).isEqualTo(409);
        assertThat(ahead.detail()).contains("'s2'");
    }

    @Test
    void anOptionThatTheStepDoesNotHaveIsRefusedNamingTheField() {
        var answer = failing(() -> choose(start(), "s1", "z"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errors()).extracting(e -> e.get("field")).containsExactly("optionId");
    }

    @Test
    void anUnfinishedRunIsReturnedAgainAndAFinishedOneMakesWayForANewRun() {
        Map first = start();
        choose(first, "s1", "a");

        HttpResponse<Map> resumed = client.exchange(startRequest(), Map.class);
        walk(first, "s2", "a", "s4", "a", "s5", "a", "s7", "a");
        Map second = start();

        assertThat(resumed.code()).isEqualTo(200);
        assertThat(resumed.body().get("id")).isEqualTo(first.get("id"));
        assertThat(((Map) resumed.body().get("step")).get("id")).isEqualTo("s2");
        assertThat(second.get("id")).isNotEqualTo(first.get("id"));
        assertThat(second.get("runNo")).isEqualTo(2);
    }

    @Test
    void anotherTraineesRunAndEnrolmentAreNotFound() {
        Map run = start();
        String other = fixtures.login(client, fixtures.trainee(fixtures.provinceA()));

        assertThat(failing(() -> client.exchange(HttpRequest.GET("/api/drill-runs/" + run.get("id"))
                .bearerAuth(other))).status()).isEqualTo(404);
        assertThat(failing(() -> client.exchange(HttpRequest.POST("/api/drill-runs/" + run.get("id") + "/choices",
                Map.of("stepId", "s1", "optionId", "a")).bearerAuth(other))).status()).isEqualTo(404);
        assertThat(failing(() -> client.exchange(HttpRequest.POST("/api/enrolments/" + enrolment.id() + "/drills/"
                + DRILL + "/runs", Map.of()).bearerAuth(other))).status()).isEqualTo(404);
        assertThat((List) client.retrieve(HttpRequest.GET("/api/drill-runs/" + run.get("id")).bearerAuth(token),
                Map.class).get("path")).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private HttpRequest<?> startRequest() {
        return HttpRequest.POST("/api/enrolments/" + enrolment.id() + "/drills/" + DRILL + "/runs", Map.of())
                .bearerAuth(token);
    }

    private Map start() {
        return client.retrieve(startRequest(), Map.class);
    }

    private Map startFor(Person trainee) {
        Enrolment own = enrolments.enrol(trainee, CRISIS_COURSE);
        Map run = client.retrieve(HttpRequest.POST("/api/enrolments/" + own.id() + "/drills/" + DRILL + "/runs",
                Map.of()).bearerAuth(fixtures.login(client, trainee)), Map.class);
        run.put("token", fixtures.login(client, trainee));
        return run;
    }

    private Map choose(Map run, String stepId, String optionId) {
        String as = run.containsKey("token") ? (String) run.get("token") : token;
        return client.retrieve(HttpRequest.POST("/api/drill-runs/" + run.get("id") + "/choices",
                Map.of("stepId", stepId, "optionId", optionId)).bearerAuth(as), Map.class);
    }

    /** Chooses, in turn, the options given as step/option pairs; answers the run after the last choice. */
    private Map walk(Map run, String... stepsAndOptions) {
        Map latest = run;
        for (int i = 0; i < stepsAndOptions.length; i += 2) {
            latest = choose(run, stepsAndOptions[i], stepsAndOptions[i + 1]);
        }
        return latest;
    }

    private Drill.Choice option(String stepId, String optionId) {
        return drill.steps().stream().filter(s -> s.id().equals(stepId)).findFirst().orElseThrow().options()
                .stream().filter(o -> o.id().equals(optionId)).findFirst().orElseThrow();
    }

    private List<Evidence> evidenceOf(Map run) {
        long id = ((Number) run.get("id")).longValue();
        return evidence.findByUserIdOrderByRecordedAtDesc(lan.id()).stream()
                .filter(e -> e.sourceKind() == Evidence.SourceKind.DRILL_RUN && e.sourceId() == id).toList();
    }
}
