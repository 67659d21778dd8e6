package vn.ttcs.learn.certification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.content.model.Lesson;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.shared.CourseWorkRecorded;
import vn.ttcs.learn.support.Api;
import vn.ttcs.learn.support.Coursework;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures.Person;
import vn.ttcs.learn.support.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.EnrolmentFixtures.CRISIS_COURSE;

/**
 * The certificate is issued the moment the crisis course's rule is met — every required lesson done, the final quiz
 * passed, the required assignment passed — whichever comes last, exactly once; and a passed recertification quiz
 * renews it.
 */
@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class CertificateOnCompletionTest {

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
    CertificateRepository certificates;

    @Inject
    CertificationTrigger trigger;

    private BlockingHttpClient client;
    private Person lan;
    private String token;
    private Enrolment enrolment;

    @BeforeEach
    void lanIsEnrolledInTheCrisisCourse() {
        client = http.toBlocking();
        lan = fixtures.trainee(fixtures.provinceA());
        token = fixtures.login(client, lan);
        enrolment = enrolments.enrol(lan, CRISIS_COURSE);
    }

    @Test
    void meetingTheWholeRuleIssuesExactlyOneCertificateListedUnderMyCertificates() {
        work.assignmentPassed(enrolment, ASSIGNMENT);
        work.lessonsDone(token, enrolment);
        assertThat(mine()).isEmpty();

        work.passQuiz(token, enrolment, "final");

        List<Map<String, Object>> mine = mine();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("courseCode")).isEqualTo(CRISIS_COURSE);
        assertThat(mine.get(0).get("status")).isEqualTo("VALID");
        Certificate issued = certificates.getByUserIdOrderByIssuedAtDesc(lan.id()).get(0);
        assertThat(issued.courseVersionId()).isEqualTo(enrolment.courseVersionId());
        assertThat(issued.renewalOf()).isNull();
        assertThat(issued.competencies()).contains("CRISIS", "MONITOR", "PRESS", "DIGITAL", "LEGAL");
    }

    @Test
    void theLastLessonDoneIssuesTheCertificateWhenTheQuizAndAssignmentCameFirst() {
        String last = lastRequiredLesson();
        work.assignmentPassed(enrolment, ASSIGNMENT);
        work.passQuiz(token, enrolment, "final");
        work.lessonsDone(token, enrolment, last);
        assertThat(mine()).isEmpty();

        client.exchange(HttpRequest.PUT("/api/enrolments/" + enrolment.id() + "/lessons/" + last + "/done", Map.of())
                .bearerAuth(token), Map.class);

        assertThat(mine()).hasSize(1);
    }

    @Test
    void withoutThePassedAssignmentNoCertificateIsIssued() {
        work.lessonsDone(token, enrolment);
        work.passQuiz(token, enrolment, "final");

        assertThat(mine()).isEmpty();
    }

    @Test
    void withOneRequiredLessonNotDoneNoCertificateIsIssued() {
        work.assignmentPassed(enrolment, ASSIGNMENT);
        work.lessonsDone(token, enrolment, lastRequiredLesson());
        work.passQuiz(token, enrolment, "final");

        assertThat(mine()).isEmpty();
    }

    @Test
    void aFailedFinalQuizOrAPassedPracticeQuizIssuesNone() {
        work.assignmentPassed(enrolment, ASSIGNMENT);
        work.lessonsDone(token, enrolment);
        Map failed = work.takeQuiz(token, enrolment, "final", false, UUID.randomUUID().toString());
        work.passQuiz(token, enrolment, "luyen-tap");

        assertThat(((Map) failed.get("result")).get("passed")).isEqualTo(false);
        assertThat(mine()).isEmpty();
    }

    @Test
    void reSendingTheFinalQuizSubmissionDoesNotIssueTwice() {
        work.assignmentPassed(enrolment, ASSIGNMENT);
        work.lessonsDone(token, enrolment);
        Map attempt = client.retrieve(HttpRequest.POST("/api/enrolments/" + enrolment.id()
                + "/quizzes/final/attempts", Map.of()).bearerAuth(token), Map.class);
        String key = UUID.randomUUID().toString();

        work.submit(token, enrolment, attempt, true, key);
        work.submit(token, enrolment, attempt, true, key);
        work.lessonsDone(token, enrolment);

        assertThat(mine()).hasSize(1);
    }

    @Test
    void aPassedRecertificationQuizIssuesARenewalLinkedToTheOldCertificate() throws InterruptedException {
        work.assignmentPassed(enrolment, ASSIGNMENT);
        work.lessonsDone(token, enrolment);
        work.passQuiz(token, enrolment, "final");
        Certificate original = certificates.getByUserIdOrderByIssuedAtDesc(lan.id()).get(0);
        Thread.sleep(1100); // quiz times are kept to the second: the renewing pass comes after the issue

        work.passQuiz(token, enrolment, "tai-chung-nhan");
        work.lessonsDone(token, enrolment);

        List<Certificate> held = certificates.getByUserIdOrderByIssuedAtDesc(lan.id());
        assertThat(held).hasSize(2);
        Certificate renewal = held.get(0);
        assertThat(renewal.renewalOf()).isEqualTo(original.id());
        assertThat(renewal.number()).isNotEqualTo(original.number());
        assertThat(renewal.expiresAt()).isAfter(original.expiresAt());
    }

    @Test
    void aRecertificationQuizPassedWithoutACertificateRenewsNothing() {
        work.passQuiz(token, enrolment, "tai-chung-nhan");

        assertThat(mine()).isEmpty();
    }

    @Test
    void onlyAPassedFinalOrRecertificationQuizIsWorthEvaluatingTheRuleForOtherWorkAlwaysIs() {
        long version = enrolment.courseVersionId();

        assertThat(trigger.mayChangeOutcome(quiz(version, "final", true))).isTrue();
        assertThat(trigger.mayChangeOutcome(quiz(version, "tai-chung-nhan", true))).isTrue();
        assertThat(trigger.mayChangeOutcome(quiz(version, "final", false))).isFalse();
        assertThat(trigger.mayChangeOutcome(quiz(version, "tai-chung-nhan", false))).isFalse();
        assertThat(trigger.mayChangeOutcome(quiz(version, "luyen-tap", true))).isFalse();
        assertThat(trigger.mayChangeOutcome(new CourseWorkRecorded(enrolment.id()))).isTrue();
    }

    private CourseWorkRecorded quiz(long courseVersionId, String quizId, boolean passed) {
        return CourseWorkRecorded.quiz(enrolment.id(), lan.id(), courseVersionId, quizId, passed);
    }

    private List<Map<String, Object>> mine() {
        return new Api(http).list(token, "/api/me/certificates");
    }

    private String lastRequiredLesson() {
        List<Lesson> lessons = work.course(enrolment).definition().lessons().stream().filter(Lesson::required).toList();
        return lessons.get(lessons.size() - 1).id();
    }
}
