package vn.ttcs.learn.assessment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.competency.Evidence;
import vn.ttcs.learn.competency.EvidenceRepository;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.content.model.Quiz;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.support.EnrolmentFixtures;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.EnrolmentFixtures.CRISIS_COURSE;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * A trainee takes the crisis-communication course's quizzes: questions drawn per competency from the bank, answers
 * kept from the browser until the attempt is submitted, scored once on the server however often a submission is
 * re-sent, within the attempts and the time allowed.
 */
@MicronautTest(transactional = false)
@SuppressWarnings({"unchecked", "rawtypes"})
class QuizAttemptTest {

    private static final String FINAL = "final";
    private static final String PRACTICE = "luyen-tap";

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

    @Inject
    QuizAttemptRepository attempts;

    @Inject
    ObjectMapper json;

    private BlockingHttpClient client;
    private Person lan;
    private String token;
    private Enrolment enrolment;
    private PublishedCourse course;

    @BeforeEach
    void lanIsEnrolledInTheCrisisCourse() {
        client = http.toBlocking();
        lan = fixtures.trainee(fixtures.provinceA());
        token = fixtures.login(client, lan);
        enrolment = enrolments.enrol(lan, CRISIS_COURSE);
        course = catalog.version(enrolment.courseVersionId());
    }

    @Test
    void startingAFinalQuizDrawsTheRequestedNumberOfQuestionsPerCompetencyFromTheBank() {
        HttpResponse<Map> started = client.exchange(startRequest(FINAL), Map.class);

        assertThat(started.code()).isEqualTo(201);
        Map attempt = started.body();
        assertThat(started.header("Location")).isEqualTo("/api/attempts/" + attempt.get("id"));
        assertThat(attempt.get("status")).isEqualTo("IN_PROGRESS");
        assertThat(attempt.get("attemptNo")).isEqualTo(1);
        assertThat(attempt.get("result")).isNull();

        Quiz quiz = course.quiz(FINAL).orElseThrow();
        List<Map> questions = (List<Map>) attempt.get("questions");
        Map<String, Long> drawnPerCompetency = questions.stream()
                .collect(Collectors.groupingBy(q -> bank(q).competency(), Collectors.counting()));
        Map<String, Long> requested = quiz.draw().stream()
                .collect(Collectors.toMap(Quiz.Draw::competency, d -> (long) d.count()));
        assertThat(drawnPerCompetency).isEqualTo(requested);
        assertThat(questions).extracting(q -> q.get("id")).doesNotHaveDuplicates();
        assertThat(questions).allSatisfy(q -> assertThat(q.get("competency")).isEqualTo(bank(q).competency()));
    }

    @Test
    void theTimeLimitSetsADeadlineAndAQuizWithoutOneHasNone() {
        Map timed = client.retrieve(startRequest(FINAL), Map.class);
        Map untimed = client.retrieve(startRequest(PRACTICE), Map.class);

        Instant started = Instant.parse((String) timed.get("startedAt"));
        assertThat(Instant.parse((String) timed.get("deadline"))).isEqualTo(started.plus(Duration.ofMinutes(30)));
        assertThat(timed.get("serverTime")).isNotNull();
        assertThat(untimed.get("deadline")).isNull();
    }

    @Test
    void nothingSentBeforeSubmissionTellsWhichAnswerIsRight() throws Exception {
        String body = client.exchange(startRequest(FINAL), String.class).body();
        long id = id(parse(body));
        String again = client.retrieve(HttpRequest.GET("/api/attempts/" + id).bearerAuth(token), String.class);

        for (String raw : List.of(body, again)) {
            assertThat(raw).doesNotContain("\"correct\"").doesNotContain("\"explanation\"")
                    .doesNotContain("\"answer\"").doesNotContain("\"solution\"").doesNotContain("\"points\"");
            for (Question question : course.definition().questions()) {
                assertThat(raw).doesNotContain(question.explanation().vi());
            }
        }
    }

    @Test
    void optionsAreShuffledForEachAttemptAndOrderingQuestionsNeverStartInTheRightOrder() {
        int reordered = 0;
        int choiceQuestions = 0;
        for (int i = 0; i < 3; i++) {
            Person trainee = fixtures.trainee(fixtures.provinceA());
            Enrolment own = enrolments.enrol(trainee, CRISIS_COURSE);
            Map attempt = client.retrieve(HttpRequest.POST("/api/enrolments/" + own.id() + "/quizzes/" + FINAL
                    + "/attempts", Map.of()).bearerAuth(fixtures.login(client, trainee)), Map.class);
            for (Map shown : (List<Map>) attempt.get("questions")) {
                Question question = bank(shown);
                List<String> authored = question.options().stream().map(Question.Option::id).toList();
                List<String> order = optionIds(shown);
                assertThat(order).containsExactlyInAnyOrderElementsOf(authored);
                switch (question.type()) {
                    case ORDERING -> assertThat(order).isNotEqualTo(authored);
                    case TRUE_FALSE -> assertThat(order).isEmpty();
                    default -> {
                        choiceQuestions++;
                        if (!order.equals(authored)) {
                            reordered++;
                        }
                    }
                }
            }
        }
        assertThat(reordered).as("choice questions shown in another order than authored, of " + choiceQuestions)
                .isGreaterThan(choiceQuestions / 2);
    }

    @Test
    void anUnfinishedAttemptIsReturnedAgainInsteadOfStartingASecondOne() {
        HttpResponse<Map> first = client.exchange(startRequest(FINAL), Map.class);
        HttpResponse<Map> second = client.exchange(startRequest(FINAL), Map.class);

        assertThat(second.code()).isEqualTo(200);
        assertThat(second.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(second.body().get("questions")).isEqualTo(first.body().get("questions"));
    }

    @Test
    void allRightScoresOneHundredPassesAndRecordsEvidenceForEveryCompetency() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);

        Map result = result(submit(attempt, UUID.randomUUID().toString(), rightAnswers(attempt)));

        assertThat(result.get("scorePercent")).isEqualTo(100);
        assertThat(result.get("passed")).isEqualTo(true);
        assertThat(result.get("expired")).isEqualTo(false);
        assertThat((List<Map>) result.get("questions")).allSatisfy(q -> {
            assertThat(q.get("correct")).isEqualTo(true);
            assertThat(((Map) q.get("explanation")).get("vi")).isEqualTo(
                    course.question((String) q.get("questionId")).orElseThrow().explanation().vi());
        });
        List<Map> competencies = (List<Map>) result.get("competencies");
        assertThat(competencies).extracting(c -> c.get("code"))
                .containsExactlyInAnyOrder("CRISIS", "MONITOR", "PRESS", "DIGITAL", "LEGAL");
        assertThat(competencies).allSatisfy(c -> assertThat(c.get("evidenceRecorded")).isEqualTo(true));

        List<Evidence> recorded = evidenceOf(attempt);
        assertThat(recorded).extracting(Evidence::standardCode)
                .containsExactlyInAnyOrder("CRISIS", "MONITOR", "PRESS", "DIGITAL", "LEGAL");
        for (Evidence row : recorded) {
            String highest = questionsOf(attempt).stream().filter(q -> q.competency().equals(row.standardCode()))
                    .map(Question::level).max(Enum::compareTo).orElseThrow().name();
            assertThat(row.level()).isEqualTo(highest);
            assertThat(row.scorePercent()).isEqualTo(100);
            assertThat(row.courseVersionId()).isEqualTo(enrolment.courseVersionId());
            assertThat(row.recordedAt()).isEqualTo(Instant.parse((String) result.get("submittedAt")));
        }
    }

    @Test
    void eachQuestionTypeIsAllOrNothingAndAMissingAnswerScoresNothing() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);
        List<Map> shown = (List<Map>) attempt.get("questions");
        List<Map<String, Object>> answers = new ArrayList<>();
        Map<String, Boolean> expected = new HashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            Map question = shown.get(i);
            String id = (String) question.get("id");
            switch (i % 3) {
                case 0 -> {
                    answers.add(rightAnswer(question));
                    expected.put(id, true);
                }
                case 1 -> {
                    answers.add(wrongAnswer(question));
                    expected.put(id, false);
                }
                default -> expected.put(id, false);
            }
        }

        Map result = result(submit(attempt, UUID.randomUUID().toString(), answers));

        Map<String, Boolean> scored = ((List<Map>) result.get("questions")).stream()
                .collect(Collectors.toMap(q -> (String) q.get("questionId"), q -> (Boolean) q.get("correct")));
        assertThat(scored).isEqualTo(expected);
        int right = (int) expected.values().stream().filter(b -> b).count();
        assertThat(result.get("correctCount")).isEqualTo(right);
        assertThat(result.get("scorePercent")).isEqualTo(right * 100 / shown.size());
        assertThat(result.get("passed")).isEqualTo(false);
        assertThat(evidenceOf(attempt)).isEmpty();
        Map unanswered = ((List<Map>) result.get("questions")).get(2);
        assertThat(unanswered.get("given")).isNull();
        assertThat(unanswered.get("solution")).isNotNull();
    }

    @Test
    void aPassedPracticeQuizRecordsNoEvidence() {
        Map attempt = client.retrieve(startRequest(PRACTICE), Map.class);

        Map result = result(submit(attempt, UUID.randomUUID().toString(), rightAnswers(attempt)));

        assertThat(result.get("passed")).isEqualTo(true);
        assertThat((List<Map>) result.get("competencies"))
                .allSatisfy(c -> assertThat(c.get("evidenceRecorded")).isEqualTo(false));
        assertThat(evidenceOf(attempt)).isEmpty();
    }

    @Test
    void theSameSubmissionSentFiveTimesIsScoredOnceAndAnswersTheSameEachTime() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);
        String key = UUID.randomUUID().toString();
        List<Map<String, Object>> answers = rightAnswers(attempt);

        Set<Map> answersSeen = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<Map> response = submit(attempt, key, answers);
            assertThat(response.code()).isEqualTo(200);
            answersSeen.add(response.body().get("result") instanceof Map r ? r : Map.of());
        }

        assertThat(answersSeen).hasSize(1);
        assertThat(evidenceOf(attempt)).hasSize(5);
        assertThat(attempts.findById(id(attempt)).orElseThrow().submissionKey()).isEqualTo(key);
    }

    @Test
    void theSameSubmissionSentConcurrentlyFromSeveralThreadsIsScoredOnce() throws Exception {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);
        String key = UUID.randomUUID().toString();
        List<Map<String, Object>> answers = rightAnswers(attempt);
        int threads = 6;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<HttpResponse<Map>>> sent = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                sent.add(pool.submit((Callable<HttpResponse<Map>>) () -> {
                    go.await();
                    return submit(attempt, key, answers);
                }));
            }
            go.countDown();
            Set<Object> submittedAt = new HashSet<>();
            for (Future<HttpResponse<Map>> response : sent) {
                HttpResponse<Map> answer = response.get();
                assertThat(answer.code()).isEqualTo(200);
                submittedAt.add(result(answer).get("submittedAt"));
            }
            assertThat(submittedAt).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(evidenceOf(attempt)).hasSize(5);
    }

    @Test
    void aDifferentKeyAfterSubmissionIsAConflictAndChangesNothing() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);
        Map first = result(submit(attempt, UUID.randomUUID().toString(), rightAnswers(attempt)));

        var answer = failing(() -> submit(attempt, UUID.randomUUID().toString(), List.of()));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat((String) answer.body().get("type")).endsWith("/attempt-already-submitted");
        assertThat(answer.detail()).contains("already submitted").contains("submitted once");
        Map now = (Map) client.retrieve(HttpRequest.GET("/api/attempts/" + id(attempt)).bearerAuth(token), Map.class)
                .get("result");
        assertThat(now.get("scorePercent")).isEqualTo(first.get("scorePercent")).isEqualTo(100);
    }

    @Test
    void aKeyAlreadyUsedForAnotherAttemptIsAConflict() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);
        String key = UUID.randomUUID().toString();
        submit(attempt, key, List.of());
        Map next = client.retrieve(startRequest(FINAL), Map.class);

        var answer = failing(() -> submit(next, key, List.of()));

        assertThat(answer.status()).isEqualTo(409);
        assertThat((String) answer.body().get("type")).endsWith("/idempotency-key-reused");
        assertThat(attempts.findById(id(next)).orElseThrow().status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void noMoreAttemptsThanTheQuizAllows() {
        int allowed = course.quiz(FINAL).orElseThrow().maxAttempts();
        for (int i = 1; i <= allowed; i++) {
            Map attempt = client.retrieve(startRequest(FINAL), Map.class);
            assertThat(attempt.get("attemptNo")).isEqualTo(i);
            submit(attempt, UUID.randomUUID().toString(), List.of());
        }

        var answer = failing(() -> client.exchange(startRequest(FINAL), Map.class));

        assertThat(answer.status()).isEqualTo(409);
        assertThat((String) answer.body().get("type")).endsWith("/no-attempts-left");
        assertThat(answer.detail()).contains("All " + allowed + " attempts");
    }

    @Test
    void answersArrivingLongAfterTheDeadlineAreRefusedAndTheAttemptClosesWithZero() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);
        moveDeadline(attempt, Instant.now().minus(Duration.ofMinutes(10)));

        var answer = failing(() -> submit(attempt, UUID.randomUUID().toString(), rightAnswers(attempt)));

        assertThat(answer.status()).isEqualTo(409);
        assertThat((String) answer.body().get("type")).endsWith("/attempt-expired");
        assertThat(attempts.findById(id(attempt)).orElseThrow().status()).isEqualTo(AttemptStatus.EXPIRED);
        Map closed = client.retrieve(HttpRequest.GET("/api/attempts/" + id(attempt)).bearerAuth(token), Map.class);
        assertThat(closed.get("status")).isEqualTo("EXPIRED");
        Map result = (Map) closed.get("result");
        assertThat(result.get("expired")).isEqualTo(true);
        assertThat(result.get("scorePercent")).isEqualTo(0);
        assertThat(result.get("passed")).isEqualTo(false);
        assertThat(evidenceOf(attempt)).isEmpty();

        Map next = client.retrieve(startRequest(FINAL), Map.class);
        assertThat(next.get("attemptNo")).isEqualTo(2);
    }

    @Test
    void answersArrivingWithinTheGracePeriodAfterTheDeadlineAreScored() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);
        moveDeadline(attempt, Instant.now().minus(Duration.ofSeconds(30)));

        Map result = result(submit(attempt, UUID.randomUUID().toString(), rightAnswers(attempt)));

        assertThat(result.get("scorePercent")).isEqualTo(100);
    }

    @Test
    void anAttemptLeftOpenPastItsTimeIsClosedWhenTheTraineeComesBack() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);
        moveDeadline(attempt, Instant.now().minus(Duration.ofHours(1)));

        Map next = client.retrieve(startRequest(FINAL), Map.class);

        assertThat(next.get("id")).isNotEqualTo(attempt.get("id"));
        assertThat(next.get("attemptNo")).isEqualTo(2);
        assertThat(attempts.findById(id(attempt)).orElseThrow().status()).isEqualTo(AttemptStatus.EXPIRED);
    }

    @Test
    void anotherTraineesEnrolmentAndAttemptAreNotFound() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);
        Person hoa = fixtures.trainee(fixtures.provinceA());
        String other = fixtures.login(client, hoa);

        assertThat(failing(() -> client.exchange(HttpRequest.GET("/api/attempts/" + id(attempt)).bearerAuth(other)))
                .status()).isEqualTo(404);
        assertThat(failing(() -> client.exchange(HttpRequest.POST("/api/attempts/" + id(attempt) + "/submission",
                Map.of("answers", List.of())).header("Idempotency-Key", UUID.randomUUID().toString())
                .bearerAuth(other))).status()).isEqualTo(404);
        assertThat(failing(() -> client.exchange(HttpRequest.POST("/api/enrolments/" + enrolment.id() + "/quizzes/"
                + FINAL + "/attempts", Map.of()).bearerAuth(other))).status()).isEqualTo(404);
        assertThat(attempts.findById(id(attempt)).orElseThrow().status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void aQuizThatIsNotInTheCourseIsNotFound() {
        var answer = failing(() -> client.exchange(startRequest("khong-co"), Map.class));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.detail()).contains("khong-co");
    }

    @Test
    void aSubmissionNeedsAnIdempotencyKey() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);

        var answer = failing(() -> client.exchange(HttpRequest.POST("/api/attempts/" + id(attempt) + "/submission",
                Map.of("answers", List.of())).bearerAuth(token)));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.errors()).extracting(e -> e.get("field")).containsExactly("Idempotency-Key");
    }

    @Test
    void anAnswerToAQuestionOutsideTheAttemptOrWithAnUnknownOptionIsRefusedNamingTheField() {
        Map attempt = client.retrieve(startRequest(FINAL), Map.class);
        Map first = ((List<Map>) attempt.get("questions")).get(0);

        var unknownQuestion = failing(() -> submit(attempt, UUID.randomUUID().toString(),
                List.of(Map.of("questionId", "khong-co", "optionIds", List.of()))));
        var unknownOption = failing(() -> submit(attempt, UUID.randomUUID().toString(),
                List.of(Map.of("questionId", first.get("id"), "optionIds", List.of("zz")))));

        assertThat(unknownQuestion.status()).isEqualTo(400);
        assertThat(unknownQuestion.errors()).extracting(e -> e.get("field")).containsExactly("answers[0].questionId");
        assertThat(unknownOption.status()).isEqualTo(400);
        assertThat(unknownOption.errors()).extracting(e -> e.get("field")).containsExactly("answers[0].optionIds");
        assertThat(attempts.findById(id(attempt)).orElseThrow().status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void theEnrolmentListsItsQuizzesAndDrillsWithAttemptsLeftAndTheAttemptInProgress() {
        Map open = client.retrieve(startRequest(FINAL), Map.class);

        Map overview = client.retrieve(HttpRequest.GET("/api/enrolments/" + enrolment.id() + "/assessments")
                .bearerAuth(token), Map.class);

        assertThat(overview.get("courseCode")).isEqualTo(CRISIS_COURSE);
        List<Map> quizzes = (List<Map>) overview.get("quizzes");
        assertThat(quizzes).extracting(q -> q.get("id")).containsExactlyInAnyOrder(FINAL, PRACTICE, "tai-chung-nhan");
        Map finalQuiz = quizzes.stream().filter(q -> q.get("id").equals(FINAL)).findFirst().orElseThrow();
        assertThat(finalQuiz).containsEntry("attemptsUsed", 1).containsEntry("attemptsLeft", 2)
                .containsEntry("openAttemptId", open.get("id")).containsEntry("questionCount", 18)
                .containsEntry("timeLimitMinutes", 30).containsEntry("passed", false);
        assertThat(quizzes.stream().filter(q -> q.get("id").equals(PRACTICE)).findFirst().orElseThrow())
                .containsEntry("attemptsLeft", null).containsEntry("openAttemptId", null);
        assertThat((List<Map>) overview.get("drills")).extracting(d -> d.get("id"))
                .containsExactlyInAnyOrder("ngo-doc-truong-hoc", "video-gia-chinh-sach");
        String other = fixtures.login(client, fixtures.trainee(fixtures.provinceA()));
        assertThat(failing(() -> client.exchange(HttpRequest.GET("/api/enrolments/" + enrolment.id()
                + "/assessments").bearerAuth(other))).status()).isEqualTo(404);
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private MutableHttpRequest<?> startRequest(String quizId) {
        return HttpRequest.POST("/api/enrolments/" + enrolment.id() + "/quizzes/" + quizId + "/attempts", Map.of())
                .bearerAuth(token);
    }

    private HttpResponse<Map> submit(Map attempt, String key, List<Map<String, Object>> answers) {
        return client.exchange(HttpRequest.POST("/api/attempts/" + id(attempt) + "/submission",
                Map.of("answers", answers)).header("Idempotency-Key", key).bearerAuth(token), Map.class);
    }

    private static Map result(HttpResponse<Map> response) {
        assertThat(response.body().get("status")).isEqualTo("SUBMITTED");
        return (Map) response.body().get("result");
    }

    private static long id(Map attempt) {
        return ((Number) attempt.get("id")).longValue();
    }

    private Map parse(String body) throws java.io.IOException {
        return json.readValue(body, Map.class);
    }

    private Question bank(Map shown) {
        return course.question((String) shown.get("id")).orElseThrow();
    }

    private List<Question> questionsOf(Map attempt) {
        return ((List<Map>) attempt.get("questions")).stream().map(this::bank).toList();
    }

    private static List<String> optionIds(Map shown) {
        return ((List<Map>) shown.get("options")).stream().map(o -> (String) o.get("id")).toList();
    }

    private List<Map<String, Object>> rightAnswers(Map attempt) {
        return ((List<Map>) attempt.get("questions")).stream().map(this::rightAnswer).toList();
    }

    private Map<String, Object> rightAnswer(Map shown) {
        Question question = bank(shown);
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> Map.of("questionId", question.id(),
                    "optionIds", QuizScoring.correctOptions(question));
            case TRUE_FALSE -> Map.of("questionId", question.id(), "answer", question.answer());
            case ORDERING -> Map.of("questionId", question.id(), "order", QuizScoring.authoredOrder(question));
        };
    }

    /** Wrong in the way each type is most often wrong: a near miss. */
    private Map<String, Object> wrongAnswer(Map shown) {
        Question question = bank(shown);
        List<String> right = QuizScoring.correctOptions(question);
        return switch (question.type()) {
            case SINGLE_CHOICE -> Map.of("questionId", question.id(), "optionIds", List.of(
                    optionIds(shown).stream().filter(o -> !right.contains(o)).findFirst().orElseThrow()));
            case MULTIPLE_CHOICE -> {
                List<String> nearly = new ArrayList<>(right);
                if (nearly.size() > 1) {
                    nearly.remove(0);
                } else {
                    nearly.add(optionIds(shown).stream().filter(o -> !right.contains(o)).findFirst().orElseThrow());
                }
                yield Map.of("questionId", question.id(), "optionIds", nearly);
            }
            case TRUE_FALSE -> Map.of("questionId", question.id(), "answer", !question.answer());
            case ORDERING -> Map.of("questionId", question.id(), "order", optionIds(shown));
        };
    }

    private List<Evidence> evidenceOf(Map attempt) {
        return evidence.findByUserIdOrderByRecordedAtDesc(lan.id()).stream()
                .filter(e -> e.sourceKind() == Evidence.SourceKind.QUIZ_ATTEMPT && e.sourceId() == id(attempt))
                .toList();
    }

    private void moveDeadline(Map attempt, Instant deadline) {
        QuizAttempt stored = attempts.findById(id(attempt)).orElseThrow();
        attempts.update(new QuizAttempt(stored.id(), stored.enrolmentId(), stored.userId(), stored.courseVersionId(),
                stored.quizId(), stored.attemptNo(), stored.status(), stored.questions(),
                deadline.minus(Duration.ofMinutes(30)), deadline, null, null, null, null, null));
    }
}
