package vn.ttcs.learn.support;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.content.model.Lesson;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.learning.Enrolment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A trainee's work in an enrolment, done through the API as the browser does it: lessons marked done, quizzes
 * answered. The right answers are read from the course version's definition on the server side, as a trainee who
 * knows the material would give them.
 */
@Singleton
public class Coursework {

    private final BlockingHttpClient client;
    private final CourseCatalog definitions;
    private final JdbcOperations jdbc;

    Coursework(@Client("/") HttpClient http, CourseCatalog definitions, JdbcOperations jdbc) {
        this.client = http.toBlocking();
        this.definitions = definitions;
        this.jdbc = jdbc;
    }

    public PublishedCourse course(Enrolment enrolment) {
        return definitions.version(enrolment.courseVersionId());
    }

    /** Marks every required lesson done, except the ones named. */
    public void lessonsDone(String token, Enrolment enrolment, String... except) {
        List<String> skipped = List.of(except);
        for (Lesson lesson : course(enrolment).definition().lessons()) {
            if (lesson.required() && !skipped.contains(lesson.id())) {
                client.exchange(HttpRequest.PUT("/api/enrolments/" + enrolment.id() + "/lessons/" + lesson.id()
                        + "/done", Map.of()).bearerAuth(token), Map.class);
            }
        }
    }

    /** Starts an attempt at the quiz and submits it, all right or all wrong; answers the attempt as submitted. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map takeQuiz(String token, Enrolment enrolment, String quizId, boolean right, String key) {
        Map attempt = client.retrieve(HttpRequest.POST("/api/enrolments/" + enrolment.id() + "/quizzes/" + quizId
                + "/attempts", Map.of()).bearerAuth(token), Map.class);
        return submit(token, enrolment, attempt, right, key);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Map submit(String token, Enrolment enrolment, Map attempt, boolean right, String key) {
        PublishedCourse course = course(enrolment);
        List<Map<String, Object>> answers = ((List<Map>) attempt.get("questions")).stream()
                .map(shown -> answer(course.question((String) shown.get("id")).orElseThrow(), right))
                .toList();
        return client.retrieve(HttpRequest.POST("/api/attempts/" + attempt.get("id") + "/submission",
                Map.of("answers", answers)).header("Idempotency-Key", key).bearerAuth(token), Map.class);
    }

    public Map<?, ?> passQuiz(String token, Enrolment enrolment, String quizId) {
        return takeQuiz(token, enrolment, quizId, true, UUID.randomUUID().toString());
    }

    /**
     * Records the assignment as passed straight in the database, as a trainer's grade leaves it, for tests about what
     * a passed assignment leads to rather than about grading.
     */
    @Transactional
    public void assignmentPassed(Enrolment enrolment, String assignmentId) {
        jdbc.prepareStatement("INSERT INTO assignment_submission (enrolment_id, user_id, course_version_id,"
                + " assignment_id, submission_no, submission_key, body_text, submitted_at, status, score_percent)"
                + " VALUES (?, ?, ?, ?, 1, ?, 'Bài làm', ?, 'PASSED', 80)", s -> {
                    s.setLong(1, enrolment.id());
                    s.setLong(2, enrolment.userId());
                    s.setLong(3, enrolment.courseVersionId());
                    s.setString(4, assignmentId);
                    s.setString(5, UUID.randomUUID().toString());
                    s.setTimestamp(6, Timestamp.from(Instant.now()));
                    return s.executeUpdate();
                });
    }

    private static List<String> reversed(List<String> ids) {
        List<String> copy = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static Map<String, Object> answer(Question question, boolean right) {
        List<String> options = question.options().stream().map(Question.Option::id).toList();
        List<String> correct = question.options().stream().filter(Question.Option::correct)
                .map(Question.Option::id).toList();
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> Map.of("questionId", question.id(), "optionIds",
                    right ? correct : options.stream().filter(o -> !correct.contains(o)).limit(1).toList());
            case TRUE_FALSE -> Map.of("questionId", question.id(), "answer", right == question.answer());
            case ORDERING -> Map.of("questionId", question.id(), "order",
                    right ? options : reversed(options));
        };
    }
}
