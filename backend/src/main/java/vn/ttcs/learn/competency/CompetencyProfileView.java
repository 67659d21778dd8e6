package vn.ttcs.learn.competency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * "My competencies": every standard of the framework with the trainee's level (null: none yet), the evidence behind
 * it and, unless the highest level is held, what the next level still needs. {@code rule} states how levels follow
 * from evidence.
 */
@Serdeable
public record CompetencyProfileView(LocalizedText rule, List<LevelName> levels, List<StandardView> standards) {

    @Serdeable
    public record LevelName(Level code, LocalizedText name) {
    }

    @Serdeable
    public record StandardView(String code, LocalizedText name, LocalizedText description, @Nullable Level level,
                               List<EvidenceView> evidence, @Nullable NextLevel next) {
    }

    /**
     * What, when, how well and in which course. {@code assessment} is the quiz or drill title (null for an
     * assignment, whose title lives with the grading).
     */
    @Serdeable
    public record EvidenceView(long id, Evidence.SourceKind kind, long sourceId, @Nullable String assessmentId,
                               @Nullable LocalizedText assessment, String courseCode,
                               LocalizedText courseTitle, Level level, int scorePercent,
                               Instant recordedAt) {
    }

    /** The gap to the next level: in words, in numbers, and the framework's indicators for that level. */
    @Serdeable
    public record NextLevel(Level level, int assessmentsTowards, int assessmentsStillNeeded, LocalizedText gap,
                            List<LocalizedText> indicators) {
    }
}
