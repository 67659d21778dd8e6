package vn.ttcs.learn.learning;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.catalog.CourseVersionRepository;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.support.Api;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Api.id;
import static vn.ttcs.learn.support.Api.object;
import static vn.ttcs.learn.support.Fixtures.json;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * A trainee enrols themselves in a published course; a unit manager assigns a course, with a due date, to a trainee
 * of its own unit. Either way the enrolment is pinned to the version current at that moment.
 */
@MicronautTest(transactional = false)
class EnrolmentTest {

    private static final String COURSE = "bao-chi-phat-ngon";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    CourseVersionRepository versions;

    Api api;
    Unit unitA;
    Unit unitB;
    Person lan;

    @BeforeEach
    void people() {
        api = new Api(client);
        unitA = fixtures.provinceA();
        unitB = fixtures.provinceB();
        lan = fixtures.trainee(unitA);
    }

    private String login(Person person) {
        return fixtures.login(client.toBlocking(), person);
    }

    private static LocalDate inVietnam(int daysFromToday) {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(daysFromToday);
    }

    @Test
    void aTraineeEnrolsInTheCurrentVersionAndEnrollingAgainAnswersTheSameEnrolment() {
        String token = login(lan);

        HttpResponse<Map<String, Object>> first = api.post(token, "/api/courses/" + COURSE + "/enrolment", Map.of());
        HttpResponse<Map<String, Object>> again = api.post(token, "/api/courses/" + COURSE + "/enrolment", Map.of());

        assertThat(first.code()).isEqualTo(201);
        Map<String, Object> enrolment = first.body();
        assertThat(first.header("Location")).isEqualTo("/api/enrolments/" + id(enrolment));
        int current = versions.findCurrent(COURSE).orElseThrow().versionNo();
        assertThat(enrolment).containsEntry("courseCode", COURSE).containsEntry("versionNo", current)
                .containsEntry("assignedBy", null).containsEntry("dueOn", null).containsEntry("percentDone", 0)
                .containsEntry("lessonsDone", 0).containsEntry("lessonsRequired", 9);
        assertThat(object(enrolment.get("nextLesson"))).containsEntry("key", "l01-nguoi-phat-ngon");
        assertThat(again.code()).isEqualTo(200);
        assertThat(id(again.body())).isEqualTo(id(enrolment));
    }

    @Test
    void theCoursePageShowsTheCallersEnrolment() {
        String token = login(lan);
        long enrolmentId = id(api.post(token, "/api/courses/" + COURSE + "/enrolment", Map.of()).body());

        Map<String, Object> page = api.get(token, "/api/courses/" + COURSE);

        assertThat(object(page.get("enrolment"))).containsEntry("id", (int) enrolmentId)
                .containsEntry("percentDone", 0).containsEntry("nextLessonKey", "l01-nguoi-phat-ngon");
        assertThat(api.get(login(fixtures.trainee(unitA)), "/api/courses/" + COURSE)).containsEntry("enrolment", null);
    }

    @Test
    void prerequisitesAreShownButDoNotBlockEnrolment() {
        String token = login(lan);

        var answer = api.post(token, "/api/courses/" + COURSE + "/enrolment", Map.of());

        assertThat(answer.code()).isEqualTo(201);
    }

    @Test
    void enrollingInACourseThatDoesNotExistIsNotFound() {
        var answer = failing(() -> api.post(login(lan), "/api/courses/khoa-khong-co/enrolment", Map.of()));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aUnitManagerAssignsACourseWithADueDateToATraineeOfItsOwnUnit() {
        Person hoa = fixtures.unitManager(unitA);
        LocalDate due = inVietnam(30);

        var answer = api.post(login(hoa), "/api/enrolments",
                json("userId", lan.id(), "courseCode", COURSE, "dueOn", due.toString()));

        assertThat(answer.code()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("dueOn", due.toString()).containsEntry("overdue", false);
        assertThat(object(answer.body().get("assignedBy"))).containsEntry("id", (int) hoa.id());
        assertThat(object(answer.body().get("trainee"))).containsEntry("id", (int) lan.id());
        var dashboard = api.get(login(lan), "/api/me/dashboard");
        assertThat(Api.objects(dashboard.get("enrolments"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("courseCode", COURSE).containsEntry("dueOn", due.toString()));
    }

    @Test
    void aUnitManagerCannotReachATraineeOfAnotherUnit() {
        Person managerOfB = fixtures.unitManager(unitB);

        var answer = failing(() -> api.post(login(managerOfB), "/api/enrolments",
                json("userId", lan.id(), "courseCode", COURSE)));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(api.get(login(lan), "/api/me/dashboard").get("enrolments")).isEqualTo(java.util.List.of());
    }

    @Test
    void anAdministratorAssignsToATraineeOfAnyUnit() {
        Person traineeOfB = fixtures.trainee(unitB);

        var answer = api.post(login(fixtures.admin()), "/api/enrolments",
                json("userId", traineeOfB.id(), "courseCode", COURSE));

        assertThat(answer.code()).isEqualTo(201);
        assertThat(answer.body()).containsEntry("dueOn", null);
    }

    @Test
    void assigningACourseTheTraineeAlreadyTookKeepsTheirProgressAndSetsTheDueDate() {
        String token = login(lan);
        long enrolmentId = id(api.post(token, "/api/courses/" + COURSE + "/enrolment", Map.of()).body());
        api.put(token, "/api/enrolments/" + enrolmentId + "/lessons/l01-nguoi-phat-ngon/done");
        LocalDate due = inVietnam(14);

        var answer = api.post(login(fixtures.unitManager(unitA)), "/api/enrolments",
                json("userId", lan.id(), "courseCode", COURSE, "dueOn", due.toString()));

        assertThat(answer.code()).isEqualTo(200);
        assertThat(id(answer.body())).isEqualTo(enrolmentId);
        assertThat(answer.body()).containsEntry("lessonsDone", 1).containsEntry("dueOn", due.toString());
    }

    @Test
    void anAssignmentNamesTheFieldThatIsWrong() {
        String manager = login(fixtures.unitManager(unitA));
        Person trainer = fixtures.person("trainer", unitA, Set.of(Role.TRAINER));

        assertFieldError(manager, json("courseCode", COURSE), "userId", 400);
        assertFieldError(manager, json("userId", lan.id()), "courseCode", 400);
        assertFieldError(manager, json("userId", lan.id(), "courseCode", "khoa-khong-co"), "courseCode", 400);
        assertFieldError(manager, json("userId", lan.id(), "courseCode", COURSE, "dueOn", inVietnam(-1).toString()),
                "dueOn", 400);
        assertFieldError(manager, json("userId", lan.id(), "courseCode", COURSE, "dueOn", "30/12/2030"), "dueOn", 400);
        assertFieldError(manager, json("userId", trainer.id(), "courseCode", COURSE), "userId", 400);
    }

    private void assertFieldError(String token, Map<String, Object> body, String field, int status) {
        var answer = failing(() -> api.post(token, "/api/enrolments", body));
        assertThat(answer.status()).as(body.toString()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.errors()).as(body + " -> " + answer.detail()).extracting(e -> e.get("field")).contains(field);
    }
}
