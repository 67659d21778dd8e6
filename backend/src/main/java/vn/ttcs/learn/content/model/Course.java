package vn.ttcs.learn.content.model;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/** A course as authored: metadata, modules, and everything it teaches and assesses. */
@Serdeable
public record Course(String code, LocalizedText title, LocalizedText summary, Definitions.Track track, Level level,
                     String language, int durationMinutes, List<LocalizedText> objectives, List<String> competencies,
                     List<String> prerequisites, List<String> sources, List<Module> modules,
                     @Nullable CertificationRule certification, List<Lesson> lessons, List<Question> questions,
                     List<Quiz> quizzes, List<Drill> drills, List<Assignment> assignments) {

    @Serdeable
    public record Module(String id, LocalizedText title, List<String> lessons) {
    }

    /**
     * What earns the certificate: required lessons done (ALL, or the listed ones), the final quiz passed, required
     * assignments passed; valid for {@code validityMonths}; renewed by passing the recertification quiz.
     */
    @Serdeable
    public record CertificationRule(boolean allLessons, List<String> requiredLessons, String finalQuiz,
                                    List<String> requiredAssignments, int validityMonths,
                                    @Nullable String recertificationQuiz) {
    }
}
