package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * The working copy of a course (its files are {@link DraftFile}s). {@code version} grows with every change; a change
 * sent with an older version is refused, so two authors never overwrite each other silently.
 */
@MappedEntity("course_draft")
record CourseDraft(@Id String courseCode, DraftState state, String titleVi, @Nullable String titleEn, long version,
                   @Nullable Long baseVersionId, long createdBy, Instant createdAt, long updatedBy,
                   String updatedByName, Instant updatedAt, @Nullable Long submittedBy,
                   @Nullable Instant submittedAt) {

    /** The next version of this draft, changed by {@code who}. */
    CourseDraft changed(DraftState newState, Author who, Instant at) {
        return new CourseDraft(courseCode, newState, titleVi, titleEn, version + 1, baseVersionId, createdBy, createdAt,
                who.id(), who.username(), at, newState == DraftState.IN_REVIEW ? submittedBy : null,
                newState == DraftState.IN_REVIEW ? submittedAt : null);
    }

    CourseDraft titled(String vi, @Nullable String en) {
        return new CourseDraft(courseCode, state, vi, en, version, baseVersionId, createdBy, createdAt, updatedBy,
                updatedByName, updatedAt, submittedBy, submittedAt);
    }

    CourseDraft submitted(Author who, Instant at) {
        return new CourseDraft(courseCode, DraftState.IN_REVIEW, titleVi, titleEn, version + 1, baseVersionId,
                createdBy, createdAt, who.id(), who.username(), at, who.id(), at);
    }

    CourseDraft published(long versionId, Author who, Instant at) {
        return new CourseDraft(courseCode, DraftState.PUBLISHED, titleVi, titleEn, version + 1, versionId, createdBy,
                createdAt, who.id(), who.username(), at, null, null);
    }
}
