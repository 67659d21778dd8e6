package vn.ttcs.learn.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.util.List;

/**
 * A drill run as its trainee sees it: the situation at the current step with its options (never their points or
 * where they lead), the steps already taken with their feedback, the choice just made ({@code lastChoice}) and, once an
 * ending is reached, the result.
 */
@Serdeable
public record DrillRunView(long id, long enrolmentId, String courseCode, DrillInfo drill, int runNo,
                           boolean finished, Instant startedAt, @Nullable Instant finishedAt, StepView step,
                           List<TakenStep> path, @Nullable TakenStep lastChoice, @Nullable Result result) {

    @Serdeable
    public record DrillInfo(String id, LocalizedText title, List<String> competencies, Level level, int passMark) {
    }

    /** {@code ending}: the run is over and {@code situation} tells how the crisis turned out. */
    @Serdeable
    public record StepView(String id, LocalizedText situation, List<AttemptView.OptionView> options,
                           boolean ending) {
    }

    @Serdeable
    public record TakenStep(String stepId, LocalizedText situation, String optionId, LocalizedText optionText,
                            int points, @Nullable LocalizedText feedback) {
    }

    @Serdeable
    public record Result(int points, int maxPoints, int scorePercent, boolean passed,
                         List<CompetencyResult> competencies) {
    }

    @Serdeable
    public record CompetencyResult(String code, LocalizedText name, Level level, boolean evidenceRecorded) {
    }
}
