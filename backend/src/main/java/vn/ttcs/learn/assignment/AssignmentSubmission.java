package vn.ttcs.learn.assignment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * One submission of an assignment by a trainee; the file, if any, is kept in {@link AssignmentFile}. {@code grades}
 * is the JSON list of {@link CriterionGrade}s given by the trainer, in rubric order.
 */
@MappedEntity("assignment_submission")
record AssignmentSubmission(@Id @GeneratedValue @Nullable Long id, long enrolmentId, long userId,
                            long courseVersionId, String assignmentId, int submissionNo, String submissionKey,
                            @Nullable String bodyText, @Nullable String fileName, @Nullable String fileType,
                            @Nullable Integer fileSize, Instant submittedAt, SubmissionStatus status,
                            @Nullable Long gradedBy, @Nullable Instant gradedAt, @Nullable Integer scorePercent,
                            @Nullable String grades, @Nullable String gradeComment) {

    boolean hasFile() {
        return fileName != null;
    }
}
