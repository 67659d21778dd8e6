package vn.ttcs.learn.learning;

import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.catalog.CourseEnrolments;
import vn.ttcs.learn.catalog.CourseLesson;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.identity.AppUser;
import vn.ttcs.learn.identity.AppUserRepository;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Enrolments with their progress worked out, as the dashboard, the course page and the reader show them. */
@Singleton
class EnrolmentViews implements CourseEnrolments {

    private static final Comparator<EnrolmentView> DASHBOARD_ORDER = Comparator
            .comparing((EnrolmentView e) -> e.completedAt() != null)
            .thenComparing(EnrolmentView::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EnrolmentView::enrolledAt, Comparator.reverseOrder());

    private final EnrolmentRepository enrolments;
    private final LessonProgressRepository progress;
    private final CourseCatalog catalog;
    private final AppUserRepository users;

    EnrolmentViews(EnrolmentRepository enrolments, LessonProgressRepository progress, CourseCatalog catalog,
                   AppUserRepository users) {
        this.enrolments = enrolments;
        this.progress = progress;
        this.catalog = catalog;
        this.users = users;
    }

    Dashboard dashboard(long userId) {
        List<Enrolment> list = enrolments.findByUserIdOrderByEnrolledAtDesc(userId);
        return new Dashboard(views(list, names(list)).stream().sorted(DASHBOARD_ORDER).toList());
    }

    /** Without people's names, which a status does not show: two queries, the enrolments and their progress. */
    @Override
    public Map<String, Status> of(long userId) {
        Map<String, Status> byCourse = new LinkedHashMap<>();
        for (EnrolmentView view : views(enrolments.findByUserIdOrderByEnrolledAtDesc(userId), Map.of())) {
            byCourse.put(view.courseCode(), new Status(view.id(), view.versionNo(), view.percentDone(), view.dueOn(),
                    view.overdue(), view.nextLesson() == null ? null : view.nextLesson().key(), view.completedAt()));
        }
        return byCourse;
    }

    EnrolmentView view(Enrolment enrolment) {
        return views(List.of(enrolment), names(List.of(enrolment))).get(0);
    }

    CourseProgress progressOf(Enrolment enrolment) {
        return CourseProgress.of(enrolment, catalog.version(enrolment.courseVersionId()),
                progress.findByEnrolmentId(enrolment.id()));
    }

    EnrolmentDetail detail(Enrolment enrolment) {
        CourseProgress state = progressOf(enrolment);
        PublishedCourse course = state.course();
        Map<String, List<EnrolmentDetail.Lesson>> byModule = new LinkedHashMap<>();
        for (CourseLesson lesson : course.lessons()) {
            var row = state.of(lesson.lessonKey());
            byModule.computeIfAbsent(lesson.moduleKey(), k -> new ArrayList<>()).add(new EnrolmentDetail.Lesson(
                    lesson.lessonKey(), new LocalizedText(lesson.titleVi(), lesson.titleEn()), lesson.position(),
                    lesson.durationMinutes(), lesson.required(), state.isDone(lesson.lessonKey()),
                    row.map(LessonProgress::doneAt).orElse(null), row.map(LessonProgress::lastOpenedAt).orElse(null)));
        }
        List<EnrolmentDetail.Module> modules = byModule.entrySet().stream()
                .map(e -> new EnrolmentDetail.Module(e.getKey(), course.moduleTitle(e.getKey()), e.getValue()))
                .toList();
        return new EnrolmentDetail(view(enrolment, state, names(List.of(enrolment))), modules);
    }

    private List<EnrolmentView> views(List<Enrolment> list, Map<Long, String> names) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LessonProgress>> rows = progress.findByEnrolmentIdIn(list.stream().map(Enrolment::id).toList())
                .stream().collect(Collectors.groupingBy(LessonProgress::enrolmentId));
        return list.stream().map(e -> view(e, CourseProgress.of(e, catalog.version(e.courseVersionId()),
                rows.getOrDefault(e.id(), List.of())), names)).toList();
    }

    private static EnrolmentView view(Enrolment e, CourseProgress state, Map<Long, String> names) {
        PublishedCourse course = state.course();
        LocalDate today = LearningCalendar.today();
        boolean overdue = e.dueOn() != null && e.completedAt() == null && e.dueOn().isBefore(today);
        return new EnrolmentView(e.id(), e.courseCode(), course.title(), course.version().versionNo(),
                person(e.userId(), names), e.enrolledAt(),
                e.assignedBy() == null ? null : person(e.assignedBy(), names),
                e.dueOn(), overdue, e.completedAt(), state.requiredLessonsDone(), state.requiredLessons(),
                state.percentDone(), state.nextLesson().map(LessonRef::of).orElse(null), e.lastLessonKey());
    }

    private static EnrolmentView.PersonRef person(long id, Map<Long, String> names) {
        return new EnrolmentView.PersonRef(id, names.getOrDefault(id, ""));
    }

    /** Full names of the trainees and assigners of these enrolments. */
    private Map<Long, String> names(List<Enrolment> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = new HashSet<>();
        list.forEach(e -> {
            ids.add(e.userId());
            if (e.assignedBy() != null) {
                ids.add(e.assignedBy());
            }
        });
        Map<Long, String> names = new HashMap<>();
        for (AppUser user : users.findByIdIn(ids)) {
            names.put(user.id(), user.fullName());
        }
        return names;
    }
}
