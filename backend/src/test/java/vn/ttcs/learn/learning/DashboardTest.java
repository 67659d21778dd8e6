package vn.ttcs.learn.learning;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.Api;
import vn.ttcs.learn.support.Courses;
import vn.ttcs.learn.support.Courses.LessonSpec;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Api.id;
import static vn.ttcs.learn.support.Api.object;
import static vn.ttcs.learn.support.Api.objects;

/** A trainee's home: their courses with percent done, the next lesson and the due date, overdue ones flagged. */
@MicronautTest(transactional = false)
class DashboardTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    Courses courses;

    @Inject
    EnrolmentRepository enrolments;

    Api api;
    Person lan;
    String token;

    @BeforeEach
    void signIn() {
        api = new Api(client);
        lan = fixtures.trainee(fixtures.provinceA());
        token = fixtures.login(client.toBlocking(), lan);
    }

    private List<Map<String, Object>> dashboard() {
        return objects(api.get(token, "/api/me/dashboard").get("enrolments"));
    }

    private Courses.Published twoLessonCourse() {
        return courses.publish(Courses.newCode(), "Khóa hai bài", List.of(
                LessonSpec.required("mot", "Bài một", "Một."), LessonSpec.required("hai", "Bài hai", "Hai.")));
    }

    /** An assignment made earlier, with a due date that may already have passed. */
    private long assignedEarlier(Courses.Published course, LocalDate dueOn) {
        return enrolments.save(new Enrolment(null, lan.id(), course.code(), course.versionId(), null, dueOn,
                Instant.now(), null, null)).id();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Test
    void aTraineeWithoutCoursesHasAnEmptyDashboard() {
        assertThat(dashboard()).isEmpty();
    }

    @Test
    void eachCourseShowsItsTitlePercentDoneAndNextLesson() {
        Courses.Published course = twoLessonCourse();
        long enrolmentId = id(api.post(token, "/api/courses/" + course.code() + "/enrolment", Map.of()).body());
        api.put(token, "/api/enrolments/" + enrolmentId + "/lessons/mot/done");

        Map<String, Object> entry = dashboard().get(0);

        assertThat(object(entry.get("courseTitle"))).containsEntry("vi", "Khóa hai bài");
        assertThat(entry).containsEntry("percentDone", 50).containsEntry("lessonsDone", 1)
                .containsEntry("lessonsRequired", 2).containsEntry("overdue", false).containsEntry("dueOn", null);
        assertThat(object(entry.get("nextLesson"))).containsEntry("key", "hai");
        assertThat(object(object(entry.get("nextLesson")).get("title"))).containsEntry("vi", "Bài hai");
    }

    @Test
    void aPastDueDateIsOverdueUntilTheRequiredLessonsAreDone() {
        Courses.Published course = twoLessonCourse();
        long enrolmentId = assignedEarlier(course, today().minusDays(1));

        assertThat(dashboard().get(0)).containsEntry("overdue", true)
                .containsEntry("dueOn", today().minusDays(1).toString());

        api.put(token, "/api/enrolments/" + enrolmentId + "/lessons/mot/done");
        api.put(token, "/api/enrolments/" + enrolmentId + "/lessons/hai/done");

        assertThat(dashboard().get(0)).containsEntry("overdue", false).containsEntry("percentDone", 100);
    }

    @Test
    void aCourseDueTodayIsNotYetOverdue() {
        assignedEarlier(twoLessonCourse(), today());

        assertThat(dashboard().get(0)).containsEntry("overdue", false);
    }

    @Test
    void coursesInProgressComeFirstWithTheSoonestDueDateFirst() {
        Courses.Published finished = twoLessonCourse();
        Courses.Published dueLater = twoLessonCourse();
        Courses.Published dueSoon = twoLessonCourse();
        Courses.Published noDueDate = twoLessonCourse();
        long finishedId = assignedEarlier(finished, today().plusDays(1));
        api.put(token, "/api/enrolments/" + finishedId + "/lessons/mot/done");
        api.put(token, "/api/enrolments/" + finishedId + "/lessons/hai/done");
        assignedEarlier(dueLater, today().plusDays(20));
        assignedEarlier(dueSoon, today().plusDays(3));
        api.post(token, "/api/courses/" + noDueDate.code() + "/enrolment", Map.of());

        assertThat(dashboard()).extracting(e -> e.get("courseCode"))
                .containsExactly(dueSoon.code(), dueLater.code(), noDueDate.code(), finished.code());
    }
}
