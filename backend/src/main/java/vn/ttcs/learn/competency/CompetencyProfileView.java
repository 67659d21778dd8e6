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
     * What, when, how well and in which course. {@code assessmentId} and {@code assessment} name the quiz,
     * drill or assignment (its id and title in the course); {@code sourceId} is the attempt, run or graded submission.
     */
    @Serdeable
    public record EvidenceView(long id, Evidence.SourceKind kind, long sourceId, @Nullable String assessmentId,
                               @Nullable LocalizedText assessment, String courseCode,
                               LocalizedText courseTitle, Level level, int scorePercent,
                               Instant recordedAt) {
    }

    /**
     * The gap to the next level: in words, in numbers, the framework's indicators for that level, and the published
     * courses whose assessed work can record evidence at that level.
     */
    @Serdeable
    public record NextLevel(Level level, int assessmentsTowards, int assessmentsStillNeeded, LocalizedText gap,
                            List<LocalizedText> indicators, List<CourseToNext> courses) {
    }

    /** A published course that closes the gap, with the assessed work in it that counts for the standard. */
    @Serdeable
    public record CourseToNext(String code, LocalizedText title, Level level, List<AssessedItem> items) {
    }

    /** A final or recertification quiz, a drill or an assignment, with the highest level of evidence it can record. */
    @Serdeable
    public record AssessedItem(Evidence.SourceKind kind, String id, LocalizedText title, Level level) {
    }
}
