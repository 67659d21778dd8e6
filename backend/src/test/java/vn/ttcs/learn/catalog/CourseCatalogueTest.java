package vn.ttcs.learn.catalog;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.Api;
import vn.ttcs.learn.support.Fixtures;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Api.object;
import static vn.ttcs.learn.support.Api.objects;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * The catalogue lists the published courses at their current version and filters them by track, competency, level,
 * language and a search that ignores Vietnamese diacritics; the course page shows what a trainee needs to decide.
 * (Other tests may publish extra courses in the same database, so lists are checked for what they must and must not
 * contain, never for their exact length.)
 */
@MicronautTest(transactional = false)
class CourseCatalogueTest {

    private static final String PRESS_COURSE = "bao-chi-phat-ngon";
    private static final String CRISIS_COURSE = "xu-ly-khung-hoang";
    private static final String FOUNDATIONS_COURSE = "nen-tang-ttcs";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    Api api;
    String trainee;

    @BeforeEach
    void signIn() {
        api = new Api(client);
        trainee = fixtures.login(client.toBlocking(), fixtures.trainee(fixtures.provinceA()));
    }

    private List<String> codes(String query) {
        return api.list(trainee, "/api/courses" + query).stream().map(c -> (String) c.get("code")).toList();
    }

    @Test
    void theCatalogueListsEveryPublishedCourseWithItsTitleTrackLevelAndCompetencies() {
        List<Map<String, Object>> courses = api.list(trainee, "/api/courses");

        assertThat(courses).extracting(c -> c.get("code"))
                .contains(FOUNDATIONS_COURSE, PRESS_COURSE, CRISIS_COURSE, "truyen-thong-so", "do-luong-danh-gia");
        Map<String, Object> press = courses.stream().filter(c -> c.get("code").equals(PRESS_COURSE)).findFirst()
                .orElseThrow();
        assertThat(object(press.get("title"))).containsEntry("vi", "Quan hệ báo chí và công tác phát ngôn");
        assertThat(press).containsEntry("track", "PRESS").containsEntry("level", "FOUNDATION")
                .containsEntry("language", "vi").containsEntry("durationMinutes", 420).containsEntry("lessonCount", 9)
                .containsEntry("enrolment", null);
        assertThat(objects(press.get("competencies"))).extracting(c -> c.get("code"))
                .containsExactly("PRESS", "LEGAL", "MESSAGE", "CRISIS");
    }

    @Test
    void theSearchIgnoresCaseAndVietnameseDiacritics() {
        assertThat(codes("?q=xu%20ly%20khung%20hoang")).contains(CRISIS_COURSE).doesNotContain(PRESS_COURSE);
        assertThat(codes("?q=KH%E1%BB%A6NG%20HO%E1%BA%A2NG")).contains(CRISIS_COURSE);
        assertThat(codes("?q=QUAN%20he%20bao%20CHI")).contains(PRESS_COURSE).doesNotContain(CRISIS_COURSE);
        assertThat(codes("?q=spokesperson")).as("English titles are searched too").contains(PRESS_COURSE);
        assertThat(codes("?q=dao%20tao%20khong%20co%20that")).isEmpty();
    }

    @Test
    void filtersNarrowTheCatalogueByTrackCompetencyLevelAndLanguage() {
        assertThat(codes("?track=CRISIS")).contains(CRISIS_COURSE).doesNotContain(PRESS_COURSE, FOUNDATIONS_COURSE);
        assertThat(codes("?competency=CRISIS")).contains(CRISIS_COURSE, PRESS_COURSE)
                .doesNotContain(FOUNDATIONS_COURSE);
        assertThat(codes("?level=PRACTITIONER")).contains(CRISIS_COURSE, "do-luong-danh-gia")
                .doesNotContain(PRESS_COURSE, FOUNDATIONS_COURSE);
        assertThat(codes("?language=vi")).contains(PRESS_COURSE, CRISIS_COURSE);
        assertThat(codes("?language=en")).doesNotContain(PRESS_COURSE, CRISIS_COURSE);
        assertThat(codes("?track=PRESS&level=FOUNDATION&competency=LEGAL&q=bao%20chi")).contains(PRESS_COURSE)
                .doesNotContain(CRISIS_COURSE, FOUNDATIONS_COURSE);
    }

    @Test
    void aFilterWithAnUnknownValueIsABadRequestNamingTheField() {
        for (String field : List.of("track", "level", "competency", "language")) {
            var answer = failing(() -> api.list(trainee, "/api/courses?" + field + "=xyz%3Cb%3E"));
            assertThat(answer.status()).as(field).isEqualTo(400);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.errors()).extracting(e -> e.get("field")).containsExactly(field);
        }
        var tooLong = failing(() -> api.list(trainee, "/api/courses?q=" + "a".repeat(101)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.errors()).extracting(e -> e.get("field")).containsExactly("q");
    }

    @Test
    void theCoursePageShowsTheOutlineObjectivesDurationCompetenciesAndPrerequisites() {
        Map<String, Object> page = api.get(trainee, "/api/courses/" + PRESS_COURSE);

        assertThat(page).containsEntry("code", PRESS_COURSE).containsEntry("durationMinutes", 420)
                .containsEntry("enrolment", null);
        assertThat(objects(page.get("objectives"))).hasSize(6).first()
                .satisfies(o -> assertThat((String) o.get("vi")).contains("Nghị định 09/2017/NĐ-CP"));
        assertThat(objects(page.get("competencies"))).first().isEqualTo(Map.of("code", "PRESS",
                "name", Map.of("vi", "Quan hệ báo chí và phát ngôn", "en", "Press relations and spokesperson work")));
        assertThat(objects(page.get("prerequisites"))).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("code", FOUNDATIONS_COURSE).containsEntry("completed", false);
            assertThat(object(p.get("title"))).containsEntry("vi", "Nền tảng truyền thông chính sách");
        });
        List<Map<String, Object>> modules = objects(page.get("modules"));
        assertThat(modules).extracting(m -> m.get("id")).containsExactly("m1", "m2", "m3");
        Map<String, Object> first = modules.get(0);
        assertThat(object(first.get("title"))).containsEntry("vi",
                "Khung pháp lý của phát ngôn và cung cấp thông tin cho báo chí");
        assertThat(first).containsEntry("durationMinutes", 75);
        assertThat(objects(first.get("lessons"))).extracting(l -> l.get("key")).containsExactly(
                "l01-nguoi-phat-ngon", "l02-cung-cap-thong-tin-dinh-ky-dot-xuat", "l03-quyen-nha-bao-va-tu-choi");
        assertThat(objects(first.get("lessons")).get(0)).containsEntry("durationMinutes", 25)
                .containsEntry("required", true);
    }

    @Test
    void anUnknownCourseIsNotFound() {
        var answer = failing(() -> api.get(trainee, "/api/courses/khoa-khong-co"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aLessonImageIsServedWithASafeContentTypeToSignedInUsersOnly() {
        String path = "/api/courses/" + PRESS_COURSE + "/assets/kim-tu-thap-nguoc.svg";
        HttpResponse<byte[]> image = api.exchange(HttpRequest.GET(path).bearerAuth(trainee), byte[].class);

        assertThat(image.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("image/svg+xml"));
        assertThat(image.header("Content-Disposition")).startsWith("attachment");
        assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(image.header("Content-Security-Policy")).as("nothing in a served file runs")
                .contains("default-src 'none'").contains("sandbox");
        assertThat(new String(image.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("<svg");
        assertThat(failing(() -> api.exchange(HttpRequest.GET(path), byte[].class)).status()).isEqualTo(401);
    }

    @Test
    void onlyFilesOfTheCoursesAssetFolderAreServed() {
        for (String file : List.of("..%2Fcourse.yaml", "..%2F..%2Fcourse.yaml", "%2E%2E%2Fl04-thong-cao-bao-chi.md",
                "..%5Ccourse.yaml", ".hidden.png", "khong-co.png", "l04-thong-cao-bao-chi.md",
                "kim-tu-thap-nguoc.svg%00.png")) {
            var answer = failing(() -> api.exchange(HttpRequest.GET("/api/courses/" + PRESS_COURSE + "/assets/" + file)
                    .bearerAuth(trainee), byte[].class));
            assertThat(answer.status()).as(file).isEqualTo(404);
        }
        var otherCourse = failing(() -> api.exchange(HttpRequest.GET(
                "/api/courses/" + CRISIS_COURSE + "/assets/kim-tu-thap-nguoc.svg").bearerAuth(trainee), byte[].class));
        assertThat(otherCourse.status()).as("an asset belongs to its own course").isEqualTo(404);
        var traversal = failing(() -> api.exchange(HttpRequest.GET(
                "/api/courses/" + PRESS_COURSE + "/assets/../course.yaml").bearerAuth(trainee), byte[].class));
        assertThat(traversal.status()).isIn(401, 404);
    }
}
