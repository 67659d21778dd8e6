package vn.ttcs.learn.authoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Problems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A course exports to exactly its content/ folder as a ZIP and imports from it; export, import, export gives the
 * same files. An import with any problem reports every one with file and line and changes nothing.
 */
@MicronautTest(transactional = false)
class CourseZipRoundTripTest {

    /** Shipped with an SVG image in lessons/assets/. No other test makes a draft of it. */
    private static final String SHIPPED = "bao-chi-phat-ngon";
    private static final Path FOLDER = Path.of("..", "content", "courses", SHIPPED);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    private AuthoringApi trainer;

    @BeforeEach
    void trainer() {
        trainer = new AuthoringApi(client, fixtures.login(client.toBlocking(), fixtures.trainer()));
    }

    @Test
    void aShippedCourseExportsToExactlyItsContentFolderAndComesBackUnchanged() throws IOException {
        byte[] exported = trainer.export(SHIPPED);
        assertThat(text(AuthoringApi.entries(exported))).isEqualTo(text(folder()));

        HttpResponse<Map<String, Object>> imported = trainer.importZip(exported, null);
        assertThat(imported.code()).isEqualTo(201);
        assertThat(AuthoringApi.problems(imported.body())).isEmpty();
        assertThat(AuthoringApi.objects(imported.body().get("drills"))).singleElement()
                .satisfies(drill -> assertThat(AuthoringApi.objects(drill.get("steps"))).hasSizeGreaterThan(2));
        byte[] again = trainer.export(SHIPPED);

        assertThat(again).as("the same files give the same ZIP, byte for byte").isEqualTo(exported);
        long v = AuthoringApi.version(imported.body());
        Problems.Answer nothingNew = Problems.failing(() -> trainer.action(SHIPPED, "submit", v));
        assertThat(nothingNew.status()).isEqualTo(409);
        assertThat(nothingNew.detail()).as("the imported course is the published one").contains("is the same as "
                + "published version");
    }

    @Test
    void anImportWithProblemsReportsEveryOneWithFileAndLineAndChangesNothing() throws IOException {
        String code = Fixtures.unique("khoa-zip");
        Map<String, byte[]> files = new TreeMap<>();
        files.put(code + "/course.yaml", new String(Skeleton.files(code, "Nhập ZIP", "ZIP import", "PRESS")
                .get("course.yaml"), StandardCharsets.UTF_8).replace("durationMinutes: 30", "durationMinutes: -5")
                .getBytes(StandardCharsets.UTF_8));
        files.put(code + "/quizzes/cuoi.yaml", """
                id: cuoi
                title: {vi: Cuối khóa, en: Final}
                kind: FINAL
                passMark: 101
                draw:
                  - {competency: PRESS, count: 3}
                """.getBytes(StandardCharsets.UTF_8));
        files.put(code + "/lessons/assets/virus.png", "MZ not an image".getBytes(StandardCharsets.UTF_8));
        files.put(code + "/ghi-chu.txt", "không thuộc khóa học".getBytes(StandardCharsets.UTF_8));

        Problems.Answer refused = Problems.failing(() -> trainer.importZip(zip(files), null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("nothing was changed");
        assertThat(refused.errors()).extracting(e -> e.get("field") + ":" + e.get("row"))
                .contains("lessons/assets/virus.png:1", "ghi-chu.txt:1");
        Problems.Answer content = Problems.failing(() -> trainer.importZip(zip(Map.of(
                code + "/course.yaml", files.get(code + "/course.yaml"),
                code + "/quizzes/cuoi.yaml", files.get(code + "/quizzes/cuoi.yaml"))), null));
        assertThat(content.errors()).extracting(e -> e.get("field") + ":" + e.get("row"))
                .contains("course.yaml:11", "quizzes/cuoi.yaml:4", "quizzes/cuoi.yaml:6");
        assertThat(Problems.failing(() -> trainer.draft(code)).status()).isEqualTo(404);
    }

    @Test
    void somethingThatIsNotAZipIsRefusedAsSuch() {
        Problems.Answer refused = Problems.failing(() -> trainer.importZip("không phải ZIP".getBytes(
                StandardCharsets.UTF_8), null));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.detail()).contains("no course folder");
    }

    /** Files compared byte for byte (each byte one character). */
    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> result = new TreeMap<>();
        files.forEach((name, bytes) -> result.put(name, new String(bytes, StandardCharsets.ISO_8859_1)));
        return result;
    }

    private static Map<String, byte[]> folder() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(SHIPPED + "/" + FOLDER.relativize(file).toString().replace('\\', '/'),
                        Files.readAllBytes(file));
            }
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
