package vn.ttcs.learn.learning;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.support.Api;
import vn.ttcs.learn.support.Courses;
import vn.ttcs.learn.support.Courses.LessonSpec;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Api.id;
import static vn.ttcs.learn.support.Api.object;
import static vn.ttcs.learn.support.Api.objects;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * The lesson reader: a trainee reads the lessons of their own enrolment, always from the version they enrolled in,
 * moves back and forth, marks lessons done and resumes where they left off.
 */
@MicronautTest(transactional = false)
class LessonReadingTest {

    private static final String COURSE = "bao-chi-phat-ngon";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    Courses courses;

    @Inject
    LessonProgressRepository progress;

    Api api;
    Unit unitA;
    Person lan;
    String token;

    @BeforeEach
    void signIn() {
        api = new Api(client);
        unitA = fixtures.provinceA();
        lan = fixtures.trainee(unitA);
        token = login(lan);
    }

    private String login(Person person) {
        return fixtures.login(client.toBlocking(), person);
    }

    private long enrol(String authToken, String course) {
        return id(api.post(authToken, "/api/courses/" + course + "/enrolment", Map.of()).body());
    }

    private Map<String, Object> read(long enrolmentId, String lessonKey) {
        return api.get(token, "/api/enrolments/" + enrolmentId + "/lessons/" + lessonKey);
    }

    private Map<String, Object> markDone(long enrolmentId, String lessonKey) {
        return api.put(token, "/api/enrolments/" + enrolmentId + "/lessons/" + lessonKey + "/done");
    }

    private Map<String, Object> enrolment(long enrolmentId) {
        return object(api.get(token, "/api/enrolments/" + enrolmentId).get("enrolment"));
    }

    @Test
    void aLessonComesWithItsSanitisedHtmlItsModuleAndItsNeighbours() {
        long enrolmentId = enrol(token, COURSE);

        Map<String, Object> lesson = read(enrolmentId, "l04-thong-cao-bao-chi");

        assertThat(object(lesson.get("title"))).containsEntry("vi", "Viết thông cáo báo chí về một chính sách");
        assertThat(object(lesson.get("module"))).containsEntry("id", "m2");
        assertThat(object(object(lesson.get("module")).get("title"))).containsEntry("vi",
                "Công cụ cung cấp thông tin cho báo chí");
        assertThat(lesson).containsEntry("position", 4).containsEntry("lessonCount", 9)
                .containsEntry("durationMinutes", 30).containsEntry("done", false).containsEntry("doneAt", null);
        assertThat(object(lesson.get("previous"))).containsEntry("key", "l03-quyen-nha-bao-va-tu-choi");
        assertThat(object(lesson.get("next"))).containsEntry("key", "l05-to-chuc-hop-bao");
        assertThat((String) lesson.get("html"))
                .doesNotContain("<h1", "<script")
                .contains("<h2>Mục tiêu</h2>")
                .contains("<img src=\"/api/courses/" + COURSE + "/assets/kim-tu-thap-nguoc.svg\"")
                .contains("<a href=\"l05-to-chuc-hop-bao\"");
    }

    @Test
    void theFirstLessonHasNoPreviousAndTheLastHasNoNext() {
        long enrolmentId = enrol(token, COURSE);

        assertThat(read(enrolmentId, "l01-nguoi-phat-ngon")).containsEntry("previous", null).containsEntry("position", 1);
        assertThat(read(enrolmentId, "l09-khong-de-dang-va-cam-dang-truoc-gio")).containsEntry("next", null)
                .containsEntry("position", 9);
    }

    @Test
    void markingALessonDoneIsRecordedOnceAndMovesTheProgressOn() {
        long enrolmentId = enrol(token, COURSE);

        Map<String, Object> first = markDone(enrolmentId, "l01-nguoi-phat-ngon");
        Map<String, Object> again = markDone(enrolmentId, "l01-nguoi-phat-ngon");

        assertThat(object(first.get("enrolment"))).containsEntry("lessonsDone", 1).containsEntry("percentDone", 11);
        assertThat(object(object(first.get("enrolment")).get("nextLesson")))
                .containsEntry("key", "l02-cung-cap-thong-tin-dinh-ky-dot-xuat");
        Map<String, Object> lessonOne = objects(objects(again.get("modules")).get(0).get("lessons")).get(0);
        assertThat(lessonOne).containsEntry("done", true)
                .containsEntry("doneAt", objects(objects(first.get("modules")).get(0).get("lessons")).get(0).get("doneAt"));
        assertThat(object(again.get("enrolment"))).containsEntry("lessonsDone", 1);
        assertThat(read(enrolmentId, "l01-nguoi-phat-ngon")).containsEntry("done", true)
                .containsEntry("percentDone", 11);
    }

    private Map<String, Object> lessonOfDetail(long enrolmentId, String lessonKey) {
        return objects(api.get(token, "/api/enrolments/" + enrolmentId).get("modules")).stream()
                .flatMap(module -> objects(module.get("lessons")).stream())
                .filter(lesson -> lesson.get("key").equals(lessonKey)).findFirst().orElseThrow();
    }

    @Test
    void theFirstReadingOfALessonRecordsItAndMakesItTheResumePoint() {
        long enrolmentId = enrol(token, COURSE);
        assertThat(lessonOfDetail(enrolmentId, "l03-quyen-nha-bao-va-tu-choi")).containsEntry("lastOpenedAt", null);

        Map<String, Object> lesson = read(enrolmentId, "l03-quyen-nha-bao-va-tu-choi");

        assertThat(lesson).containsEntry("done", false).containsEntry("doneAt", null).containsEntry("percentDone", 0);
        assertThat(lessonOfDetail(enrolmentId, "l03-quyen-nha-bao-va-tu-choi").get("lastOpenedAt")).isNotNull();
        assertThat(enrolment(enrolmentId)).containsEntry("resumeLessonKey", "l03-quyen-nha-bao-va-tu-choi")
                .containsEntry("lessonsDone", 0);
        assertThat(progress.findByEnrolmentId(enrolmentId)).hasSize(1);
    }

    @Test
    void readingALessonAgainWithinTheMinuteLeavesItsProgressAsItWas() {
        long enrolmentId = enrol(token, COURSE);
        read(enrolmentId, "l01-nguoi-phat-ngon");
        Map<String, Object> marked = markDone(enrolmentId, "l01-nguoi-phat-ngon");
        read(enrolmentId, "l02-cung-cap-thong-tin-dinh-ky-dot-xuat");
        Map<String, Object> before = lessonOfDetail(enrolmentId, "l01-nguoi-phat-ngon");

        Map<String, Object> again = read(enrolmentId, "l01-nguoi-phat-ngon");

        assertThat(again).containsEntry("done", true).containsEntry("doneAt", before.get("doneAt"))
                .containsEntry("percentDone", object(marked.get("enrolment")).get("percentDone"));
        assertThat(lessonOfDetail(enrolmentId, "l01-nguoi-phat-ngon")).isEqualTo(before);
        assertThat(enrolment(enrolmentId)).as("the resume point still moves")
                .containsEntry("resumeLessonKey", "l01-nguoi-phat-ngon").containsEntry("lessonsDone", 1);
        assertThat(progress.findByEnrolmentId(enrolmentId)).extracting(LessonProgress::lessonKey)
                .containsExactlyInAnyOrder("l01-nguoi-phat-ngon", "l02-cung-cap-thong-tin-dinh-ky-dot-xuat");
    }

    @Test
    void readingALessonAMinuteOrMoreAfterItsRecordedOpeningMovesThatTimeOnly() {
        long enrolmentId = enrol(token, COURSE);
        read(enrolmentId, "l01-nguoi-phat-ngon");
        markDone(enrolmentId, "l01-nguoi-phat-ngon");
        LessonProgress row = progress.findByEnrolmentIdAndLessonKey(enrolmentId, "l01-nguoi-phat-ngon").orElseThrow();
        Instant earlier = Instant.now().minus(LessonReading.OPENED_PRECISION).minusSeconds(5);
        progress.update(new LessonProgress(row.id(), row.enrolmentId(), row.courseVersionId(), row.lessonKey(),
                earlier, row.doneAt()));

        read(enrolmentId, "l01-nguoi-phat-ngon");

        LessonProgress after = progress.findByEnrolmentIdAndLessonKey(enrolmentId, "l01-nguoi-phat-ngon").orElseThrow();
        assertThat(after.lastOpenedAt()).isAfter(earlier.plusSeconds(4));
        assertThat(after.doneAt()).isEqualTo(row.doneAt());
    }

    @Test
    void twoReadingsOfTheSameLessonAtOnceRecordItOnce() throws Exception {
        long enrolmentId = enrol(token, COURSE);
        List<String> keys = List.of("l01-nguoi-phat-ngon", "l02-cung-cap-thong-tin-dinh-ky-dot-xuat",
                "l03-quyen-nha-bao-va-tu-choi", "l04-thong-cao-bao-chi", "l05-to-chuc-hop-bao");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (String key : keys) {
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<Map<String, Object>> reading = () -> {
                    together.await();
                    return read(enrolmentId, key);
                };
                List<Future<Map<String, Object>>> answers = pool.invokeAll(List.of(reading, reading));
                for (Future<Map<String, Object>> answer : answers) {
                    assertThat(answer.get()).containsEntry("key", key).containsEntry("done", false);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(progress.findByEnrolmentId(enrolmentId)).extracting(LessonProgress::lessonKey)
                .containsExactlyInAnyOrderElementsOf(keys);
        assertThat(progress.findByEnrolmentId(enrolmentId)).allSatisfy(row -> assertThat(row.lastOpenedAt()).isNotNull());
    }

    @Test
    void theTraineeResumesWhereTheyLeftOff() {
        long enrolmentId = enrol(token, COURSE);
        markDone(enrolmentId, "l01-nguoi-phat-ngon");
        markDone(enrolmentId, "l02-cung-cap-thong-tin-dinh-ky-dot-xuat");

        read(enrolmentId, "l05-to-chuc-hop-bao");

        assertThat(enrolment(enrolmentId)).containsEntry("resumeLessonKey", "l05-to-chuc-hop-bao");
        assertThat(object(enrolment(enrolmentId).get("nextLesson")))
                .as("the lesson they were reading, not yet done").containsEntry("key", "l05-to-chuc-hop-bao");

        markDone(enrolmentId, "l05-to-chuc-hop-bao");

        assertThat(object(enrolment(enrolmentId).get("nextLesson")))
                .as("the first lesson after the resume point that is not done").containsEntry("key", "l06-tra-loi-phong-van");

        for (String key : List.of("l06-tra-loi-phong-van", "l07-tra-loi-cau-hoi-bao-chi",
                "l08-danh-ba-va-quan-he-bao-chi", "l09-khong-de-dang-va-cam-dang-truoc-gio")) {
            markDone(enrolmentId, key);
        }

        assertThat(object(enrolment(enrolmentId).get("nextLesson")))
                .as("going round to the lessons skipped at the start").containsEntry("key", "l03-quyen-nha-bao-va-tu-choi");
        assertThat(enrolment(enrolmentId)).containsEntry("lessonsDone", 7).containsEntry("percentDone", 77);
    }

    @Test
    void doingEveryRequiredLessonCompletesTheEnrolmentEvenWithAnOptionalLessonLeft() {
        String code = Courses.newCode();
        courses.publish(code, "Khóa thử hoàn thành", List.of(
                LessonSpec.required("a", "Bài A", "Nội dung A"),
                LessonSpec.optional("b", "Bài B", "Đọc thêm"),
                LessonSpec.required("c", "Bài C", "Nội dung C")));
        long enrolmentId = enrol(token, code);

        markDone(enrolmentId, "a");
        assertThat(enrolment(enrolmentId)).containsEntry("percentDone", 50).containsEntry("completedAt", null);
        markDone(enrolmentId, "c");

        Map<String, Object> done = enrolment(enrolmentId);
        assertThat(done).containsEntry("percentDone", 100).containsEntry("lessonsRequired", 2);
        assertThat(done.get("completedAt")).isNotNull();
        assertThat(object(done.get("nextLesson"))).as("the optional lesson is still there to read")
                .containsEntry("key", "b");
        markDone(enrolmentId, "b");
        assertThat(enrolment(enrolmentId)).containsEntry("nextLesson", null)
                .containsEntry("completedAt", done.get("completedAt"));
    }

    @Test
    void aVersionPublishedAfterEnrolmentDoesNotChangeWhatTheEnrolledTraineeReads() {
        String code = Courses.newCode();
        courses.publish(code, "Khóa thử phiên bản", List.of(
                LessonSpec.required("mo-dau", "Mở đầu", "Nội dung của **phiên bản một**."),
                LessonSpec.required("ket-thuc", "Kết thúc", "Tổng kết.")));
        long pinned = enrol(token, code);
        markDone(pinned, "mo-dau");

        Courses.Published second = courses.publish(code, "Khóa thử phiên bản", List.of(
                LessonSpec.required("mo-dau", "Mở đầu", "Nội dung của **phiên bản hai**."),
                LessonSpec.required("ket-thuc", "Kết thúc", "Tổng kết."),
                LessonSpec.required("bai-moi", "Bài mới", "Chỉ có ở phiên bản hai.")));

        assertThat((String) read(pinned, "mo-dau").get("html")).contains("phiên bản một").doesNotContain("phiên bản hai");
        assertThat(enrolment(pinned)).containsEntry("versionNo", 1).containsEntry("lessonsRequired", 2)
                .containsEntry("percentDone", 50);
        assertThat(failing(() -> read(pinned, "bai-moi")).status()).isEqualTo(404);

        String newcomer = login(fixtures.trainee(unitA));
        long fresh = enrol(newcomer, code);
        Map<String, Object> newLesson = api.get(newcomer, "/api/enrolments/" + fresh + "/lessons/mo-dau");
        assertThat((String) newLesson.get("html")).contains("phiên bản hai");
        assertThat(newLesson).containsEntry("lessonCount", 3);
        assertThat(object(api.get(newcomer, "/api/enrolments/" + fresh).get("enrolment")))
                .containsEntry("versionNo", second.versionNo());
        assertThat(api.get(token, "/api/courses/" + code)).containsEntry("versionNo", second.versionNo());
    }

    @Test
    void anotherTraineesEnrolmentIsNotFoundNotForbidden() {
        long enrolmentId = enrol(token, COURSE);
        String other = login(fixtures.trainee(unitA));

        for (Runnable call : List.<Runnable>of(
                () -> api.get(other, "/api/enrolments/" + enrolmentId + "/lessons/l01-nguoi-phat-ngon"),
                () -> api.put(other, "/api/enrolments/" + enrolmentId + "/lessons/l01-nguoi-phat-ngon/done"),
                () -> api.get(other, "/api/enrolments/" + enrolmentId),
                () -> api.get(token, "/api/enrolments/99999999/lessons/l01-nguoi-phat-ngon"),
                () -> api.get(login(fixtures.unitManager(fixtures.provinceB())), "/api/enrolments/" + enrolmentId))) {
            var answer = failing(call);
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(enrolment(enrolmentId)).containsEntry("resumeLessonKey", null).containsEntry("lessonsDone", 0);
    }

    @Test
    void theTraineesUnitManagerAndAnAdministratorMayFollowTheEnrolment() {
        long enrolmentId = enrol(token, COURSE);
        markDone(enrolmentId, "l01-nguoi-phat-ngon");

        for (Person follower : List.of(fixtures.unitManager(unitA), fixtures.admin())) {
            Map<String, Object> seen = object(api.get(login(follower), "/api/enrolments/" + enrolmentId).get("enrolment"));
            assertThat(seen).containsEntry("lessonsDone", 1);
            assertThat(object(seen.get("trainee"))).containsEntry("id", (int) lan.id());
        }
    }

    @Test
    void aLessonOutsideTheVersionIsNotFoundAndAMalformedKeyIsABadRequest() {
        long enrolmentId = enrol(token, COURSE);

        assertThat(failing(() -> read(enrolmentId, "l99-khong-co")).status()).isEqualTo(404);
        assertThat(failing(() -> markDone(enrolmentId, "l99-khong-co")).status()).isEqualTo(404);
        var malformed = failing(() -> read(enrolmentId, "L01%20X"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errors()).extracting(e -> e.get("field")).containsExactly("lessonKey");
    }
}
