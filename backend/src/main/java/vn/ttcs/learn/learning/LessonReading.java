package vn.ttcs.learn.learning;

import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.catalog.CourseLesson;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.shared.LocalizedText;
import vn.ttcs.learn.web.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A trainee reads the lessons of their own enrolment, always from the version they enrolled in. Opening a lesson
 * records when it was opened and makes it the resume point; marking it done is recorded once; when the last required
 * lesson is done, the enrolment is complete.
 */
@Singleton
class LessonReading {

    /**
     * How exact a lesson's "last opened" time is: re-reading it sooner after the recorded time leaves the time as it
     * is. Its readers (a unit's "last activity", the enrolment's lessons) show it to the minute.
     */
    static final Duration OPENED_PRECISION = Duration.ofMinutes(1);

    private final Enrolments access;
    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository progress;
    private final CourseCatalog catalog;
    private final EnrolmentViews views;
    private final LessonRenderer renderer;

    LessonReading(Enrolments access, EnrolmentRepository enrolments, LessonProgressRepository progress,
                  CourseCatalog catalog, EnrolmentViews views, LessonRenderer renderer) {
        this.access = access;
        this.enrolments = enrolments;
        this.progress = progress;
        this.catalog = catalog;
        this.views = views;
        this.renderer = renderer;
    }

    /**
     * One query reads the enrolment, checking it is the actor's, with the progress of all its lessons; then the
     * opening is written with as little as it needs. The first opening makes the lesson's row. A later one moves the
     * row's "last opened" time (that column alone) when the recorded time is at least {@link #OPENED_PRECISION} old,
     * and writes nothing otherwise. The resume point is written only when it moves. Re-reading the lesson read last,
     * within the minute, is therefore the one query; the course version and the lesson's HTML come from caches.
     */
    LessonView read(CurrentUser actor, long enrolmentId, String lessonKey) {
        List<LessonReadingRow> rows = progress.findReading(enrolmentId, actor.id());
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Enrolment " + enrolmentId);
        }
        PublishedCourse course = catalog.version(rows.get(0).courseVersionId());
        CourseLesson lesson = lessonOf(course, enrolmentId, lessonKey);
        List<LessonProgress> recorded = rows.stream().map(LessonReadingRow::progress).filter(Objects::nonNull).toList();
        LessonProgress row = open(enrolmentId, course.versionId(), lessonKey, recorded, Instant.now());
        if (!lessonKey.equals(rows.get(0).lastLessonKey())) {
            enrolments.resumeAt(enrolmentId, lessonKey);
        }
        CourseProgress state = CourseProgress.of(course, recorded, lessonKey);
        List<CourseLesson> lessons = course.lessons();
        int index = lessons.indexOf(lesson);
        return new LessonView(enrolmentId, course.code(), course.title(), lesson.lessonKey(),
                new LocalizedText(lesson.titleVi(), lesson.titleEn()),
                new LessonView.ModuleRef(lesson.moduleKey(), course.moduleTitle(lesson.moduleKey())), index + 1,
                lessons.size(), lesson.durationMinutes(), lesson.required(), renderer.html(course.code(), lesson),
                index > 0 ? LessonRef.of(lessons.get(index - 1)) : null,
                index + 1 < lessons.size() ? LessonRef.of(lessons.get(index + 1)) : null,
                row.isDone(), row.doneAt(), state.percentDone());
    }

    /** Records that the lesson was opened now: makes its row the first time, then moves its time to the minute. */
    private LessonProgress open(long enrolmentId, long courseVersionId, String lessonKey,
                                List<LessonProgress> recorded, Instant now) {
        var existing = recorded.stream().filter(p -> p.lessonKey().equals(lessonKey)).findFirst();
        if (existing.isPresent()) {
            LessonProgress row = existing.get();
            if (row.lastOpenedAt() != null && now.isBefore(row.lastOpenedAt().plus(OPENED_PRECISION))) {
                return row;
            }
            progress.opened(enrolmentId, lessonKey, now);
            return row.opened(now);
        }
        try {
            return progress.save(new LessonProgress(null, enrolmentId, courseVersionId, lessonKey, now, null));
        } catch (DataAccessException e) {
            // The same trainee opened the same lesson twice at once: the other request made the row.
            progress.opened(enrolmentId, lessonKey, now);
            return progress.findByEnrolmentIdAndLessonKey(enrolmentId, lessonKey).orElseThrow(() -> e);
        }
    }

    /** Idempotent: a lesson already done keeps the time it was first marked. */
    EnrolmentDetail markDone(CurrentUser actor, long enrolmentId, String lessonKey) {
        Enrolment enrolment = access.own(actor, enrolmentId);
        CourseLesson lesson = lessonOf(catalog.version(enrolment.courseVersionId()), enrolmentId, lessonKey);
        Instant now = Instant.now();
        record(enrolment, lesson, p -> p.done(now));
        Enrolment updated = enrolment.resumingAt(lessonKey);
        if (updated.completedAt() == null && views.progressOf(updated).allRequiredDone()) {
            updated = updated.completed(now);
        }
        if (!updated.equals(enrolment)) {
            updated = enrolments.update(updated);
        }
        return views.detail(updated);
    }

    private static CourseLesson lessonOf(PublishedCourse course, long enrolmentId, String lessonKey) {
        return course.lesson(lessonKey).orElseThrow(() ->
                ProblemException.notFound("Lesson '" + lessonKey + "' of enrolment " + enrolmentId));
    }

    /** Creates the lesson's progress row on first use, then applies the change. */
    private LessonProgress record(Enrolment enrolment, CourseLesson lesson, UnaryOperator<LessonProgress> change) {
        var existing = progress.findByEnrolmentIdAndLessonKey(enrolment.id(), lesson.lessonKey());
        if (existing.isPresent()) {
            return progress.update(change.apply(existing.get()));
        }
        try {
            return progress.save(change.apply(new LessonProgress(null, enrolment.id(), enrolment.courseVersionId(),
                    lesson.lessonKey(), null, null)));
        } catch (DataAccessException e) {
            // The same trainee opened the same lesson twice at once: the other request made the row.
            LessonProgress made = progress.findByEnrolmentIdAndLessonKey(enrolment.id(), lesson.lessonKey())
                    .orElseThrow(() -> e);
            return progress.update(change.apply(made));
        }
    }
}
