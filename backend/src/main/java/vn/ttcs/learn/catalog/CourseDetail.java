package vn.ttcs.learn.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.model.Definitions.Track;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/**
 * The course page at the current version: what the course teaches, how long it takes, what to take first, and its
 * outline. {@code enrolment} is the caller's, if any (its version may be older than this one).
 */
@Serdeable
public record CourseDetail(String code, int versionNo, LocalizedText title, LocalizedText summary, Track track,
                           Level level, String language, int durationMinutes, List<LocalizedText> objectives,
                           List<CompetencyRef> competencies, List<Prerequisite> prerequisites,
                           List<ModuleOutline> modules, @Nullable CourseEnrolments.Status enrolment) {

    /** A course to take first; {@code completed} when the caller has done all its required lessons. */
    @Serdeable
    public record Prerequisite(String code, LocalizedText title, boolean completed) {
    }

    @Serdeable
    public record ModuleOutline(String id, LocalizedText title, int durationMinutes, List<LessonOutline> lessons) {
    }

    @Serdeable
    public record LessonOutline(String key, LocalizedText title, int durationMinutes, boolean required) {
    }
}
