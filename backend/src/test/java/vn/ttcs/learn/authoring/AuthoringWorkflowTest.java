package vn.ttcs.learn.authoring;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.audit.AuditEventRepository;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Problems;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.authoring.AuthoringApi.problems;
import static vn.ttcs.learn.authoring.AuthoringApi.version;

/**
 * A course is written as a draft, submitted for review and published by someone else as a new course version;
 * stale saves are conflicts, and every change is in the course's change log.
 */
@MicronautTest(transactional = false)
class AuthoringWorkflowTest {

    static final String LESSON = "lessons/" + Skeleton.FIRST_LESSON + ".md";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    AuditEventRepository audit;

    private Fixtures.Person trainerA;
    private Fixtures.Person trainerB;
    private AuthoringApi a;
    private AuthoringApi b;

    @BeforeEach
    void twoTrainers() {
        trainerA = fixtures.trainer();
        trainerB = fixtures.trainer();
        a = new AuthoringApi(client, fixtures.login(client.toBlocking(), trainerA));
        b = new AuthoringApi(client, fixtures.login(client.toBlocking(), trainerB));
    }

    @Test
    void aNewCourseIsAValidDraftThatAnotherTrainerPublishesForTraineesToFind() {
        String code = Fixtures.unique("khoa-moi");
        Map<String, Object> draft = a.create(code, "Kỹ năng viết tin ngắn", "Writing short news");
        assertThat(draft.get("state")).isEqualTo("DRAFT");
        assertThat(problems(draft)).isEmpty();

        draft = a.action(code, "submit", version(draft));
        assertThat(draft.get("state")).isEqualTo("IN_REVIEW");
        assertThat(draft.get("canApprove")).as("the author may not approve").isEqualTo(false);
        assertThat(b.draft(code).get("canApprove")).isEqualTo(true);

        Map<String, Object> published = b.action(code, "approve", version(draft));

        assertThat(published.get("state")).isEqualTo("PUBLISHED");
        assertThat(published.get("publishedVersionNo")).isEqualTo(1);
        String traineeToken = fixtures.login(client.toBlocking(), fixtures.trainee(fixtures.provinceA()));
        Map<?, ?> page = client.toBlocking().retrieve(HttpRequest.GET("/api/courses/" + code)
                .bearerAuth(traineeToken), Map.class);
        assertThat(((Map<?, ?>) page.get("title")).get("vi")).isEqualTo("Kỹ năng viết tin ngắn");
        assertThat(audit.findByTargetOrderByIdDesc("course:" + code))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(Drafts.PUBLISHED_EVENT);
                    assertThat(e.actorUsername()).isEqualTo(trainerB.username());
                    assertThat(e.detail()).contains("version 1");
                });
    }

    @Test
    void theAuthorOfAChangeCannotApproveItNorCanAnyoneWhoEditedIt() {
        String code = Fixtures.unique("khoa-moi");
        Map<String, Object> draft = a.create(code, "Tự duyệt", "Self approval");
        draft = b.save(code, LESSON, a.file(code, LESSON) + "\nThêm một câu.\n", version(draft));
        draft = a.action(code, "submit", version(draft));
        long inReview = version(draft);

        for (AuthoringApi editor : List.of(a, b)) {
            Problems.Answer refused = Problems.failing(() -> editor.action(code, "approve", inReview));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.detail()).contains("another trainer or an administrator must approve it");
        }
        String adminToken = fixtures.login(client.toBlocking(), fixtures.admin());
        Map<String, Object> published = new AuthoringApi(client, adminToken).action(code, "approve", inReview);
        assertThat(published.get("state")).isEqualTo("PUBLISHED");
    }

    @Test
    void aSaveMadeOnAStaleVersionIsAConflictThatNamesTheFileAndWhoChangedIt() {
        String code = Fixtures.unique("khoa-moi");
        long seenByBoth = version(a.create(code, "Hai người cùng sửa", "Two editors"));
        String original = a.file(code, LESSON);
        a.save(code, LESSON, original + "\nBản của A.\n", seenByBoth);

        Problems.Answer conflict = Problems.failing(() -> b.save(code, LESSON, original + "\nBản của B.\n",
                seenByBoth));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.detail()).contains(LESSON).contains(trainerA.username()).contains("nothing was saved");
        assertThat(a.file(code, LESSON)).contains("Bản của A.").doesNotContain("Bản của B.");
    }

    @Test
    void everyProblemIsNamedWithItsFileAndLineAndASubmissionWithProblemsIsRefused() {
        String code = Fixtures.unique("khoa-moi");
        long v = version(a.create(code, "Bài kiểm tra lỗi", "Broken quiz"));
        String course = a.file(code, "course.yaml");
        v = version(a.save(code, "course.yaml", course.replace("competencies: [", "competencies: [KHONG_CO, "), v));
        v = version(a.save(code, LESSON, a.file(code, LESSON) + "\nXem [bài sau](l09-khong-co.md).\n", v));
        v = version(a.save(code, "questions.yaml", """
                questions:
                  - id: q01
                    type: TRUE_FALSE
                    competency: PRESS
                    level: FOUNDATION
                    text: {vi: Người phát ngôn được ủy quyền bằng văn bản.}
                    answer: true
                    explanation: {vi: Đúng theo Nghị định 09/2017.}
                """, v));
        Map<String, Object> draft = a.save(code, "quizzes/cuoi-khoa.yaml", """
                id: cuoi-khoa
                title: {vi: Bài kiểm tra cuối khóa, en: Final assessment}
                kind: FINAL
                passMark: 170
                draw:
                  - {competency: PRESS, count: 5}
                """, v);

        assertThat(problems(draft)).extracting(p -> p.get("file") + ":" + p.get("line"))
                .contains("course.yaml:15", LESSON + ":13", "quizzes/cuoi-khoa.yaml:4", "quizzes/cuoi-khoa.yaml:6");
        assertThat(problems(draft)).extracting(p -> (String) p.get("message"))
                .anyMatch(m -> m.startsWith("unknown competency code 'KHONG_CO'"))
                .anyMatch(m -> m.startsWith("broken lesson link: 'l09-khong-co.md'"))
                .anyMatch(m -> m.equals("'passMark' is 170, but must be between 0 and 100"))
                .anyMatch(m -> m.contains("asks for 5 PRESS questions, but the bank holds only 1"));

        long now = version(draft);
        Problems.Answer refused = Problems.failing(() -> a.action(code, "submit", now));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).anySatisfy(e -> {
            assertThat(e.get("field")).isEqualTo("quizzes/cuoi-khoa.yaml");
            assertThat(e.get("row")).isEqualTo(4);
        });
        assertThat(a.draft(code).get("state")).isEqualTo("DRAFT");
    }

    @Test
    void aDraftInReviewCannotBeChangedUntilTheReviewerSendsItBack() {
        String code = Fixtures.unique("khoa-moi");
        Map<String, Object> draft = a.action(code, "submit", version(a.create(code, "Chờ duyệt", "In review")));
        long inReview = version(draft);

        Problems.Answer refused = Problems.failing(() -> a.save(code, LESSON, "---\n", inReview));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.detail()).contains("waiting for review");

        Map<String, Object> back = b.action(code, "return", inReview);
        assertThat(back.get("state")).isEqualTo("DRAFT");
        assertThat(a.changes(code)).extracting(c -> (String) c.get("action"))
                .containsExactly("RETURN", "SUBMIT", "CREATE");
        assertThat(a.changes(code).get(0).get("username")).isEqualTo(trainerB.username());
    }

    @Test
    void theChangeLogSaysWhoChangedWhichFileAndWhen() {
        String code = Fixtures.unique("khoa-moi");
        long v = version(a.create(code, "Nhật ký", "Change log"));
        v = version(b.save(code, LESSON, a.file(code, LESSON) + "\nThêm.\n", v));
        a.save(code, "lessons/l02-tiep-theo.md", "---\nid: l02-tiep-theo\n---\n", v);

        List<Map<String, Object>> log = a.changes(code);

        assertThat(log).extracting(c -> c.get("action") + " " + c.get("path") + " " + c.get("username"))
                .containsExactly("CREATE lessons/l02-tiep-theo.md " + trainerA.username(),
                        "SAVE " + LESSON + " " + trainerB.username(),
                        "CREATE null " + trainerA.username());
        assertThat(log).allSatisfy(c -> assertThat(c.get("occurredAt")).isNotNull());
    }

    @Test
    void modulesAndLessonsAreReorderedInCourseYamlLeavingTheRestOfTheFileAsWritten() {
        String code = Fixtures.unique("khoa-moi");
        long v = version(a.create(code, "Sắp xếp", "Ordering"));
        String lesson2 = "---\nid: l02-hai\ntitle: {vi: Bài hai, en: Lesson two}\ndurationMinutes: 5\n"
                + "competencies: [PRESS]\n---\nNội dung.\n";
        v = version(a.save(code, "lessons/l02-hai.md", lesson2, v));
        String course = a.file(code, "course.yaml");
        v = version(a.save(code, "course.yaml", course.replace("      - " + Skeleton.FIRST_LESSON,
                "      - " + Skeleton.FIRST_LESSON + "\n      - l02-hai"), v));

        Map<String, Object> draft = a.outline(code, List.of(Map.of("id", "m1",
                "lessons", List.of("l02-hai", Skeleton.FIRST_LESSON))), v);

        assertThat(problems(draft)).isEmpty();
        assertThat(ids(first(draft.get("outline")).get("lessons")))
                .containsExactly("l02-hai", Skeleton.FIRST_LESSON);
        String after = a.file(code, "course.yaml");
        assertThat(after.substring(0, after.indexOf("modules:")))
                .isEqualTo(course.substring(0, course.indexOf("modules:")));
        long now = version(draft);
        Problems.Answer wrong = Problems.failing(() -> a.outline(code, List.of(Map.of("id", "m1",
                "lessons", List.of("l02-hai"))), now));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.detail()).contains("list each lesson");
    }

    @Test
    void thePreviewIsRenderedAndSanitisedAsTraineesWillSeeIt() {
        String code = Fixtures.unique("khoa-moi");
        a.create(code, "Xem trước", "Preview");

        String html = a.preview(code, "## Mục tiêu\n\n![Sơ đồ](assets/so-do.png)\n\n<script>alert(1)</script>\n");

        assertThat(html).contains("<h2").contains("Mục tiêu")
                .contains("src=\"/api/authoring/courses/" + code + "/assets/so-do.png\"")
                .doesNotContain("<script");
    }

    @Test
    void imagesAreAcceptedByTheirContentAndOtherFilesAreRefused() {
        String code = Fixtures.unique("khoa-moi");
        long v = version(a.create(code, "Hình ảnh", "Images"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

        Map<String, Object> draft = a.upload(code, "so-do.png", png, v);

        assertThat(AuthoringApi.objects(draft.get("files")).stream().map(f -> f.get("path")))
                .contains("lessons/assets/so-do.png");
        byte[] served = client.toBlocking().retrieve(HttpRequest.GET("/api/authoring/courses/" + code
                + "/assets/so-do.png").bearerAuth(fixtures.login(client.toBlocking(), trainerA)), byte[].class);
        assertThat(served).isEqualTo(png);
        long now = version(draft);
        Problems.Answer html = Problems.failing(() -> a.upload(code, "anh.png",
                "<html><script>alert(1)</script></html>".getBytes(), now));
        assertThat(html.status()).isEqualTo(400);
        assertThat(html.detail()).contains("judged by the file's content");
        Problems.Answer large = Problems.failing(() -> a.upload(code, "lon.png",
                new byte[CoursePaths.MAX_ASSET_BYTES + 1], now));
        assertThat(large.status()).isEqualTo(400);
        Problems.Answer program = Problems.failing(() -> a.upload(code, "chay.exe", png, now));
        assertThat(program.status()).isEqualTo(400);
        assertThat(program.errors()).extracting(e -> e.get("field")).containsExactly("file");
    }

    @Test
    void aPathOutsideTheCourseFormatIsRefusedNamingTheField() {
        String code = Fixtures.unique("khoa-moi");
        long v = version(a.create(code, "Đường dẫn", "Paths"));

        Problems.Answer refused = Problems.failing(() -> a.save(code, "../../etc/passwd", "x", v));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errors()).extracting(e -> e.get("field")).containsExactly("path");
    }

    private static Map<String, Object> first(Object list) {
        return AuthoringApi.objects(list).get(0);
    }

    private static List<Object> ids(Object list) {
        return AuthoringApi.objects(list).stream().map(m -> m.get("id")).toList();
    }
}
