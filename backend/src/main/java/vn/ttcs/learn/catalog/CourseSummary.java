package vn.ttcs.learn.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.model.Definitions.Track;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/** A course in the catalogue, at its current version; {@code enrolment} is the caller's, if any. */
@Serdeable
public record CourseSummary(String code, int versionNo, LocalizedText title, LocalizedText summary, Track track,
                            Level level, String language, int durationMinutes, int lessonCount,
                            List<CompetencyRef> competencies, @Nullable CourseEnrolments.Status enrolment) {
}
