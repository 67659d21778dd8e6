package vn.ttcs.learn.reporting;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.content.model.Lesson;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.learning.EnrolmentRepository;
import vn.ttcs.learn.support.CertificateFixtures;
import vn.ttcs.learn.support.Coursework;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.ReportFixtures;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Problems.failing;
import static vn.ttcs.learn.support.ReportFixtures.PROGRESS_UNIT;

/**
 * A unit manager follows its own trainees: per trainee and course the percentage done, the last activity, the due
 * date and whether the assignment is overdue; other units' trainees are out of reach ("not found").
 */
@MicronautTest(transactional = false)
class UnitProgressTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    ReportFixtures reports;

    @Inject
    Coursework coursework;

    @Inject
    EnrolmentRepository enrolments;

    @Test
    void aUnitManagerSeesItsTraineesProgressAndTheOverdueAssignmentsFirst() {
        Person manager = fixtures.unitManager(reports.unit(PROGRESS_UNIT));
        String token = fixtures.login(client.toBlocking(), manager);
        Person late = fixtures.trainee(reports.unit(PROGRESS_UNIT));
        Person onTime = fixtures.trainee(reports.unit(PROGRESS_UNIT));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        Enrolment lateOne = assign(token, late, CertificateFixtures.PRESS_COURSE, today.plusDays(3));
        reports.due(lateOne.id(), today.minusDays(2));
        Enrolment onTimeOne = assign(token, onTime, EnrolmentFixtures.CRISIS_COURSE, today.plusDays(30));
        String trainee = fixtures.login(client.toBlocking(), onTime);
        List<Lesson> required = coursework.course(onTimeOne).definition().lessons().stream()
                .filter(Lesson::required).toList();
        coursework.lessonsDone(trainee, onTimeOne, required.get(0).id());

        ProgressPage all = progress(token, false);
        ProgressPage.Row lateRow = row(all, lateOne);
        assertThat(lateRow.overdue()).isTrue();
        assertThat(lateRow.dueOn()).isEqualTo(today.minusDays(2));
        assertThat(lateRow.percentDone()).isZero();
        assertThat(lateRow.lastActivityAt()).isNull();
        ProgressPage.Row onTimeRow = row(all, onTimeOne);
        assertThat(onTimeRow.overdue()).isFalse();
        assertThat(onTimeRow.dueOn()).isEqualTo(today.plusDays(30));
        assertThat(onTimeRow.percentDone()).as("all required lessons but one")
                .isEqualTo((required.size() - 1) * 100 / required.size());
        assertThat(onTimeRow.lastActivityAt()).isNotNull();
        assertThat(onTimeRow.courseTitle().vi()).isNotBlank();
        assertThat(all.items().get(0).overdue()).as("overdue ones first").isTrue();

        ProgressPage overdue = progress(token, true);
        assertThat(overdue.items()).extracting(ProgressPage.Row::enrolmentId).contains(lateOne.id())
                .doesNotContain(onTimeOne.id());
        assertThat(overdue.items()).allMatch(ProgressPage.Row::overdue);
        assertThat(overdue.total()).isEqualTo(overdue.items().size());
    }

    @Test
    void anotherUnitsManagerCanNeitherSeeTheProgressNorAssignToItsTrainees() {
        Person trainee = fixtures.trainee(reports.unit(PROGRESS_UNIT));
        String outsider = fixtures.login(client.toBlocking(), fixtures.unitManager(fixtures.provinceB()));

        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/reports/units/" + PROGRESS_UNIT
                + "/progress").bearerAuth(outsider))).status()).isEqualTo(404);
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/enrolments",
                Map.of("userId", trainee.id(), "courseCode", CertificateFixtures.PRESS_COURSE))
                .bearerAuth(outsider))).status()).isEqualTo(404);
    }

    private Enrolment assign(String token, Person trainee, String course, LocalDate dueOn) {
        Map<?, ?> made = client.toBlocking().retrieve(HttpRequest.POST("/api/enrolments",
                Map.of("userId", trainee.id(), "courseCode", course, "dueOn", dueOn.toString())).bearerAuth(token),
                Map.class);
        return enrolments.findById(((Number) made.get("id")).longValue()).orElseThrow();
    }

    private ProgressPage progress(String token, boolean overdue) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/reports/units/" + PROGRESS_UNIT
                + "/progress?size=200&overdue=" + overdue).bearerAuth(token), ProgressPage.class);
    }

    private static ProgressPage.Row row(ProgressPage page, Enrolment enrolment) {
        return page.items().stream().filter(r -> r.enrolmentId() == enrolment.id()).findFirst().orElseThrow();
    }
}
