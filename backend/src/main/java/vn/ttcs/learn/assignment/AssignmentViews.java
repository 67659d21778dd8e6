package vn.ttcs.learn.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.model.Definitions;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.util.List;

/** What the assignment endpoints answer. */
final class AssignmentViews {

    private AssignmentViews() {
    }

    /** The assignment as a trainee or trainer reads it: brief (sanitised HTML) and rubric. */
    @Serdeable
    record AssignmentInfo(String id, LocalizedText title, Level level, List<String> competencies,
                          LocalizedText briefHtml, Definitions.SubmissionKind submission, int passMark,
                          List<Criterion> rubric) {
    }

    @Serdeable
    record Criterion(String id, LocalizedText criterion, int maxPoints, @Nullable LocalizedText guidance) {
    }

    /** The trainee's page: the assignment, whether a new submission is accepted now, and every submission made. */
    @Serdeable
    record AssignmentView(long enrolmentId, String courseCode, LocalizedText courseTitle, AssignmentInfo assignment,
                          boolean canSubmit, List<SubmissionView> submissions) {
    }

    /**
     * An assignment of the enrolment's course in the course page's list: what it is and how far the trainee has got
     * ({@code latestStatus} and {@code latestScorePercent} of the newest submission; null before the first).
     */
    @Serdeable
    record AssignmentSummary(String id, LocalizedText title, Level level, Definitions.SubmissionKind submission,
                             int passMark, int submissions, @Nullable SubmissionStatus latestStatus,
                             @Nullable Integer latestScorePercent, boolean canSubmit) {
    }

    @Serdeable
    record FileInfo(String name, String type, int size) {
    }

    @Serdeable
    record GradeView(Instant gradedAt, int scorePercent, boolean passed, int passMark, List<CriterionResult> criteria,
                     @Nullable String comment) {
    }

    @Serdeable
    record CriterionResult(String criterionId, int points, int maxPoints, @Nullable String comment) {
    }

    @Serdeable
    record SubmissionView(long id, long enrolmentId, String assignmentId, int submissionNo, Instant submittedAt,
                          @Nullable String text, @Nullable FileInfo file, SubmissionStatus status,
                          @Nullable GradeView grade) {
    }

    /** A line of the trainers' queue. */
    @Serdeable
    record QueueEntry(long id, String courseCode, LocalizedText courseTitle, String assignmentId,
                      LocalizedText assignmentTitle, String traineeName, String unitCode, int submissionNo,
                      Instant submittedAt, SubmissionStatus status, long traineeId) {
    }

    /** One submission as a trainer grades it (or its trainee reads it), with the assignment and its rubric. */
    @Serdeable
    record SubmissionDetail(SubmissionView submission, String courseCode, LocalizedText courseTitle,
                            AssignmentInfo assignment, String traineeName, String unitCode, boolean gradable,
                            long traineeId) {
    }
}
