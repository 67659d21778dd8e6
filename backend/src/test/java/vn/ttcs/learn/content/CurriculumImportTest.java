package vn.ttcs.learn.content;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ttcs.learn.catalog.CourseLesson;
import vn.ttcs.learn.catalog.CourseLessonRepository;
import vn.ttcs.learn.catalog.CourseRepository;
import vn.ttcs.learn.catalog.CourseVersion;
import vn.ttcs.learn.catalog.CourseVersionRepository;
import vn.ttcs.learn.competency.CompetencyStandardRepository;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The platform imports content/ on every start: unchanged content writes nothing, a changed course becomes a new
 * version beside the old one, and content with any problem changes nothing at all.
 */
@MicronautTest(transactional = false)
class CurriculumImportTest {

    private static final String COURSE = "xu-ly-khung-hoang";
    private static final String LESSON = "courses/" + COURSE + "/lessons/l04-tuyen-bo-dau-tien.md";

    @Inject
    CurriculumImport startupImport;

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
    void theShippedCurriculumIsImportedWholeWithEveryCourseAndTheFramework() {
        startupImport.run();
        ContentProblems problems = new ContentProblems();
        Curriculum shipped = CurriculumReader.read(ContentFolder.SHIPPED, problems);
        assertThat(courses.count()).isGreaterThanOrEqualTo(shipped.courses().size()).isGreaterThanOrEqualTo(5);
        assertThat(standards.count()).isEqualTo(shipped.framework().standards().size());
        for (var course : shipped.courses()) {
            CourseVersion current = current(course.code());
            assertThat(current.contentHash()).isEqualTo(shipped.courseHashes().get(course.code()));
            assertThat(lessons.findByCourseVersionIdOrderByPosition(current.id()))
                    .extracting(CourseLesson::lessonKey)
                    .containsExactlyElementsOf(course.modules().stream().flatMap(m -> m.lessons().stream()).toList());
        }
    }

    @Test
    void startingTwiceWithUnchangedContentWritesNothingTheSecondTime() {
        startupImport.run();
        long versionsBefore = versions.count();
        CurriculumImport.Outcome again = startupImport.run();
        assertThat(again.coursesAdded()).isZero();
        assertThat(again.coursesChanged()).isZero();
        assertThat(again.standardsWritten()).isZero();
        assertThat(again.coursesUnchanged()).isGreaterThanOrEqualTo(5);
        assertThat(versions.count()).isEqualTo(versionsBefore);
    }

    @Test
    void anEditedLessonYieldsANewVersionAndLeavesTheEnrolledVersionAsItWas() {
        ContentFolder content = ContentFolder.copyOfShipped(dir.resolve("content"));
        CurriculumImport fromCopy = importFrom(content);
        fromCopy.run();
        CourseVersion before = current(COURSE);
        String oldBody = lessonBody(before, "l04-tuyen-bo-dau-tien");

        content.write(LESSON, content.read(LESSON) + "\nMột đoạn bổ sung: luôn ghi giờ phát hành tuyên bố.\n");
        CurriculumImport.Outcome outcome = fromCopy.run();

        assertThat(outcome.coursesChanged()).isEqualTo(1);
        CourseVersion after = current(COURSE);
        assertThat(after.id()).isNotEqualTo(before.id());
        assertThat(after.versionNo()).isEqualTo(before.versionNo() + 1);
        assertThat(lessonBody(after, "l04-tuyen-bo-dau-tien")).contains("luôn ghi giờ phát hành tuyên bố");
        assertThat(lessonBody(versions.findById(before.id()).orElseThrow(), "l04-tuyen-bo-dau-tien"))
                .isEqualTo(oldBody);
        assertThat(versions.findById(before.id()).orElseThrow()).isEqualTo(before);

        assertThat(fromCopy.run().coursesChanged()).as("a second start with the edit changes nothing more").isZero();
    }

    @Test
    void theCourseDefinitionIsStoredWithItsQuestionsAndCertificationRule() throws Exception {
        startupImport.run();
        CourseVersion version = current("bao-chi-phat-ngon");
        var course = json.readValue(version.definition(), vn.ttcs.learn.content.model.Course.class);
        assertThat(course.code()).isEqualTo("bao-chi-phat-ngon");
        assertThat(course.questions()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(course.certification()).isNotNull();
        assertThat(course.certification().finalQuiz()).isEqualTo("final");
        assertThat(version.titleVi()).isEqualTo(course.title().vi());
    }

    @Test
    void invalidContentChangesNothingAndNamesEveryProblem() {
        ContentFolder content = ContentFolder.copyOfShipped(dir.resolve("content"));
        CurriculumImport fromCopy = importFrom(content);
        fromCopy.run();
        long versionsBefore = versions.count();
        content.write(LESSON, content.read(LESSON) + "\nMột thay đổi hợp lệ.\n");
        String quiz = "courses/bao-chi-phat-ngon/quizzes/final.yaml";
        content.replaceFirst(quiz, "passMark: 70", "passMark: 170");

        assertThatThrownBy(fromCopy::run)
                .isInstanceOf(InvalidContentException.class)
                .hasMessageContaining(quiz + ":" + content.lineOf(quiz, "passMark")
                        + ": 'passMark' is 170, but must be between 0 and 100");
        assertThat(versions.count()).as("the valid change to another course was not imported either")
                .isEqualTo(versionsBefore);
    }

    private CurriculumImport importFrom(ContentFolder content) {
        return new CurriculumImport(new ContentLocation(content.root().toString()), standards, courses, versions,
                lessons, json);
    }

    private CourseVersion current(String courseCode) {
        Long id = courses.findById(courseCode).orElseThrow().currentVersionId();
        return versions.findById(id).orElseThrow();
    }

    private String lessonBody(CourseVersion version, String lessonKey) {
        List<CourseLesson> all = lessons.findByCourseVersionIdOrderByPosition(version.id());
        return all.stream().filter(l -> l.lessonKey().equals(lessonKey)).findFirst().orElseThrow().bodyMarkdown();
    }
}
