package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.ContentProblem;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.Instant;
import java.util.List;

/** What the authoring API answers. */
final class AuthoringViews {

    private AuthoringViews() {
    }

    /**
     * A course in the authoring list: its published version, if any, and its draft, if any.
     */
    @Serdeable
    record CourseEntry(String code, LocalizedText title, @Nullable Integer publishedVersionNo,
                       @Nullable DraftState state, @Nullable Long version, @Nullable Instant updatedAt,
                       @Nullable String updatedBy) {
    }

    /**
     * A draft with its files and every problem the reader and validator find in them (empty when it could be
     * published). {@code canApprove} says whether the caller may approve it now.
     */
    @Serdeable
    record DraftView(String code, LocalizedText title, DraftState state, long version,
                     @Nullable Integer publishedVersionNo, Instant updatedAt, String updatedBy,
                     @Nullable Instant submittedAt, boolean canApprove, List<FileEntry> files,
                     List<ContentProblem> problems, List<OutlineModule> outline, List<DrillOutline> drills) {
    }

    /** A scenario drill as an outline: each step, its options and the step each leads to (none: an ending). */
    @Serdeable
    record DrillOutline(String id, LocalizedText title, String start, List<DrillStep> steps) {
    }

    @Serdeable
    record DrillStep(String id, LocalizedText situation, List<DrillOption> options) {
    }

    @Serdeable
    record DrillOption(String id, LocalizedText text, int points, @Nullable String next) {
    }

    @Serdeable
    record FileEntry(String path, int size, boolean text) {
    }

    @Serdeable
    record OutlineModule(String id, LocalizedText title, List<OutlineLesson> lessons) {
    }

    @Serdeable
    record OutlineLesson(String id, LocalizedText title) {
    }

    @Serdeable
    record FileContent(String path, String content, long version) {
    }

    @Serdeable
    record Preview(String html) {
    }
}
