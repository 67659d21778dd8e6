package vn.ttcs.learn.authoring;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ttcs.learn.catalog.CourseLessonRepository;
import vn.ttcs.learn.catalog.CourseRepository;
import vn.ttcs.learn.catalog.CourseVersion;
import vn.ttcs.learn.catalog.CourseVersionRepository;
import vn.ttcs.learn.competency.CompetencyStandardRepository;
import vn.ttcs.learn.content.FolderImport;
import vn.ttcs.learn.content.CurriculumImport;
import vn.ttcs.learn.support.Fixtures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform imports content/ on every start. A course published in the platform since must survive that: its
 * folder is unchanged, so it is not imported again over the newer version. A folder that does change still is.
 */
@MicronautTest(transactional = false)
class StartupImportKeepsAuthoredCoursesTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    CompetencyStandardRepository standards;

    @Inject
    CourseRepository courses;

    @Inject
    CourseVersionRepository versions;

    @Inject
    CourseLessonRepository lessons;

    @Inject
    ObjectMapper json;

    @TempDir
    Path dir;

    @Test
    void aCourseEditedInThePlatformIsNotUndoneByTheNextStartButAFolderEditIsImported() throws IOException {
        String code = Fixtures.unique("khoa-thu-muc");
        Path content = copyOfShippedWith(code);
        CurriculumImport startup = FolderImport.of(content, standards, courses, versions, lessons, json);
        startup.run();
        assertThat(current(code).origin()).isEqualTo(CourseVersion.FROM_CONTENT_FOLDER);

        AuthoringApi a = new AuthoringApi(client, fixtures.login(client.toBlocking(), fixtures.trainer()));
        AuthoringApi b = new AuthoringApi(client, fixtures.login(client.toBlocking(), fixtures.trainer()));
        long v = AuthoringApi.version(a.importZip(zipOf(content.resolve("courses"), code), null).body());
        String lesson = "lessons/" + Skeleton.FIRST_LESSON + ".md";
        v = AuthoringApi.version(a.save(code, lesson, a.file(code, lesson) + "\nSửa trên nền tảng.\n", v));
        v = AuthoringApi.version(a.action(code, "submit", v));
        b.action(code, "approve", v);
        CourseVersion authored = current(code);
        assertThat(authored.origin()).isEqualTo(CourseVersion.FROM_AUTHORING);
        assertThat(authored.versionNo()).isEqualTo(2);

        CurriculumImport.Outcome restart = startup.run();

        assertThat(restart.coursesChanged()).as("the unchanged folder is not imported again").isZero();
        assertThat(current(code)).isEqualTo(authored);

        Map<String, byte[]> exported = AuthoringApi.entries(a.export(code));
        Path folder = content.resolve("courses").resolve(code);
        deleteFolder(folder);
        for (Map.Entry<String, byte[]> file : exported.entrySet()) {
            Path target = content.resolve("courses").resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        assertThat(startup.run().coursesChanged()).as("the exported version, copied back to the folder").isZero();
        assertThat(current(code)).isEqualTo(authored);

        Path lessonFile = folder.resolve(lesson);
        Files.writeString(lessonFile, Files.readString(lessonFile) + "\nSửa trong thư mục.\n");
        assertThat(startup.run().coursesChanged()).isEqualTo(1);
        assertThat(current(code).versionNo()).isEqualTo(3);
        assertThat(current(code).origin()).isEqualTo(CourseVersion.FROM_CONTENT_FOLDER);
    }

    private Path copyOfShippedWith(String code) throws IOException {
        Path target = FolderImport.copyOfShipped(dir.resolve("content"));
        for (Map.Entry<String, byte[]> file : Skeleton.files(code, "Khóa từ thư mục", "A course from the folder",
                "PRESS").entrySet()) {
            Path path = target.resolve("courses").resolve(code).resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        return target;
    }

    private CourseVersion current(String code) {
        return versions.findById(courses.findById(code).orElseThrow().currentVersionId()).orElseThrow();
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The course folder as a trainer would zip it. */
    private static byte[] zipOf(Path courses, String code) throws IOException {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        try (Stream<Path> walk = Files.walk(courses.resolve(code))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(courses.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return CourseZipRoundTripTest.zip(files);
    }
}
