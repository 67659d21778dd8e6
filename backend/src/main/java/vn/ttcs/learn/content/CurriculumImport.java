package vn.ttcs.learn.content;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ttcs.learn.catalog.CourseLesson;
import vn.ttcs.learn.catalog.CourseLessonRepository;
import vn.ttcs.learn.catalog.CourseRepository;
import vn.ttcs.learn.catalog.CourseRow;
import vn.ttcs.learn.catalog.CourseVersion;
import vn.ttcs.learn.catalog.CourseVersionRepository;
import vn.ttcs.learn.competency.CompetencyStandardRepository;
import vn.ttcs.learn.competency.CompetencyStandardRow;
import vn.ttcs.learn.content.model.CompetencyStandard;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Brings the database in line with the content folder, in one transaction, after the whole folder has been checked.
 * <ul>
 *   <li>Invalid content changes nothing: every problem is reported with its file and line, and the start stops.</li>
 *   <li>A course whose files are byte-for-byte unchanged is not written again.</li>
 *   <li>A changed course gets a new version; earlier versions stay as they were, since enrolled trainees and issued
 *       certificates point at them. New enrolments get the newest version.</li>
 *   <li>Competency standards are upserted; a standard that disappears from the framework is kept, since evidence
 *       refers to it.</li>
 * </ul>
 */
@Singleton
public class CurriculumImport {

    private static final Logger LOG = LoggerFactory.getLogger(CurriculumImport.class);

    public record Outcome(int coursesAdded, int coursesChanged, int coursesUnchanged, int standardsWritten) {
    }

    private final ContentLocation content;
    private final CompetencyStandardRepository standards;
    private final CourseRepository courses;
    private final CourseVersionRepository versions;
    private final CourseLessonRepository lessons;
    private final ObjectMapper json;

    CurriculumImport(ContentLocation content, CompetencyStandardRepository standards, CourseRepository courses,
                     CourseVersionRepository versions, CourseLessonRepository lessons, ObjectMapper json) {
        this.content = content;
        this.standards = standards;
        this.courses = courses;
        this.versions = versions;
        this.lessons = lessons;
        this.json = json;
    }

    @Transactional
    public Outcome run() {
        ContentProblems problems = new ContentProblems();
        Curriculum curriculum = CurriculumReader.read(content.root(), problems);
        problems.throwIfAny("The curriculum in " + content.root().toUri());

        int standardsWritten = importStandards(curriculum.framework().standards());
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (Course course : curriculum.courses()) {
            String hash = curriculum.courseHashes().get(course.code());
            List<CourseVersion> history = versions.findByCourseCodeOrderByVersionNo(course.code());
            if (alreadyImported(history, hash)) {
                unchanged++;
                continue;
            }
            if (history.isEmpty()) {
                added++;
            } else {
                changed++;
                CourseVersion latest = history.get(history.size() - 1);
                if (latest.isAuthored()) {
                    LOG.warn("Course '{}': the content folder changed, and its new files replace version {}, which "
                            + "was published in the platform", course.code(), latest.versionNo());
                }
            }
            CourseVersion version = publish(course, hash, CourseVersion.FROM_CONTENT_FOLDER);
            LOG.info("Course '{}': version {} imported from the content folder", course.code(), version.versionNo());
        }
        Outcome outcome = new Outcome(added, changed, unchanged, standardsWritten);
        LOG.info("Curriculum: {} courses added, {} changed (new version), {} unchanged; {} competency standards written",
                added, changed, unchanged, standardsWritten);
        return outcome;
    }

    private int importStandards(List<CompetencyStandard> declared) {
        Map<String, CompetencyStandardRow> stored = new HashMap<>();
        standards.findAll().forEach(row -> stored.put(row.code(), row));
        int written = 0;
        for (int i = 0; i < declared.size(); i++) {
            CompetencyStandard standard = declared.get(i);
            CompetencyStandardRow row = new CompetencyStandardRow(standard.code(), i + 1, standard.name().vi(),
                    standard.name().en(), standard.gcsStage().name(), standard.mciFunction().name(),
                    toJson(standard));
            CompetencyStandardRow existing = stored.get(row.code());
            if (existing == null) {
                standards.save(row);
                written++;
            } else if (!existing.equals(row)) {
                standards.update(row);
                written++;
            }
        }
        Set<String> declaredCodes = declared.stream().map(CompetencyStandard::code).collect(Collectors.toSet());
        stored.keySet().stream().filter(code -> !declaredCodes.contains(code)).forEach(code -> LOG.warn(
                "Competency standard '{}' is no longer in the framework; it is kept because evidence refers to it",
                code));
        return written;
    }

    /**
     * The folder's files were seen before: they equal a version made since the folder last changed (the version
     * imported from it, or a version published in the platform and exported back to the folder). A course edited in
     * the platform is therefore not undone by the next start, while an edit or a revert of the folder is imported.
     */
    static boolean alreadyImported(List<CourseVersion> history, String folderHash) {
        int lastFromFolder = 0;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).origin().equals(CourseVersion.FROM_CONTENT_FOLDER)) {
                lastFromFolder = i;
            }
        }
        return history.subList(lastFromFolder, history.size()).stream()
                .anyMatch(v -> v.contentHash().equals(folderHash));
    }

    /**
     * Makes a checked course the newest version of its course, with its lessons, and the one new enrolments get.
     * Earlier versions stay as they were. Called for the content folder at start and for an approved draft.
     */
    @Transactional
    public CourseVersion publish(Course course, String hash, String origin) {
        Optional<CourseVersion> latest = versions.findFirstByCourseCodeOrderByVersionNoDesc(course.code());
        if (courses.findById(course.code()).isEmpty()) {
            courses.save(new CourseRow(course.code(), null, Instant.now()));
        }
        int versionNo = latest.map(v -> v.versionNo() + 1).orElse(1);
        CourseVersion version = versions.save(new CourseVersion(null, course.code(), versionNo, hash,
                course.title().vi(), course.title().en(), course.track().name(), course.level().name(),
                course.language(), course.durationMinutes(), toJson(course), origin, Instant.now()));
        saveLessons(course, version.id());
        courses.update(courses.findById(course.code()).orElseThrow().withCurrentVersion(version.id()));
        return version;
    }

    private void saveLessons(Course course, long versionId) {
        Map<String, Lesson> byId = course.lessons().stream().collect(Collectors.toMap(Lesson::id, l -> l));
        int position = 0;
        for (Course.Module module : course.modules()) {
            for (String lessonId : module.lessons()) {
                Lesson lesson = byId.get(lessonId);
                lessons.save(new CourseLesson(null, versionId, lesson.id(), module.id(), ++position,
                        lesson.title().vi(), lesson.title().en(), lesson.durationMinutes(), lesson.required(),
                        lesson.markdown()));
            }
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
