package vn.ttcs.learn.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Size;
import vn.ttcs.learn.competency.CompetencyStandards;
import vn.ttcs.learn.content.model.CompetencyStandard;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.shared.LocalizedText;
import vn.ttcs.learn.web.ProblemException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue of published courses and the course page; every signed-in user may look. */
@Controller("/api/courses")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CourseController {

    private final CourseCatalog catalog;
    private final CompetencyStandards standards;
    private final CourseEnrolments enrolments;

    CourseController(CourseCatalog catalog, CompetencyStandards standards, CourseEnrolments enrolments) {
        this.catalog = catalog;
        this.standards = standards;
        this.enrolments = enrolments;
    }

    /**
     * The published courses at their current version, by Vietnamese title. Every filter given must match.
     *
     * @param q          words of the code, title or summary, in either language; case and diacritics are ignored
     * @param track      FOUNDATIONS, PRESS, CRISIS, DIGITAL or EVALUATION
     * @param competency the code of a competency standard the course develops, e.g. PRESS
     * @param level      FOUNDATION, PRACTITIONER or ADVANCED
     * @param language   the language of the course, e.g. vi
     */
    @Get
    List<CourseSummary> list(@Nullable @QueryValue @Size(max = 100) String q, @Nullable @QueryValue String track,
                             @Nullable @QueryValue String competency, @Nullable @QueryValue String level,
                             @Nullable @QueryValue String language, Authentication authentication) {
        Map<String, CompetencyRef> names = competencyNames();
        CourseQuery query = CourseQuery.of(q, track, competency, level, language, names.keySet());
        Map<String, CourseEnrolments.Status> mine = enrolments.of(CurrentUser.of(authentication).id());
        return catalog.current().stream().filter(query::matches)
                .map(c -> summary(c, names, mine.get(c.code())))
                .toList();
    }

    @Get("/{code}")
    CourseDetail get(@PathVariable String code, Authentication authentication) {
        PublishedCourse course = catalog.current(code).orElseThrow(() -> ProblemException.notFound("Course " + code));
        Map<String, CompetencyRef> names = competencyNames();
        Map<String, CourseEnrolments.Status> mine = enrolments.of(CurrentUser.of(authentication).id());
        Course definition = course.definition();
        List<CourseDetail.Prerequisite> prerequisites = definition.prerequisites().stream()
                .map(p -> new CourseDetail.Prerequisite(p,
                        catalog.current(p).map(PublishedCourse::title).orElse(new LocalizedText(p, p)),
                        mine.containsKey(p) && mine.get(p).completedAt() != null))
                .toList();
        return new CourseDetail(course.code(), course.version().versionNo(), definition.title(), definition.summary(),
                definition.track(), definition.level(), course.version().language(), definition.durationMinutes(),
                definition.objectives(), competencies(definition, names), prerequisites, outline(course),
                mine.get(code));
    }

    private static CourseSummary summary(PublishedCourse course, Map<String, CompetencyRef> names,
                                         @Nullable CourseEnrolments.Status enrolment) {
        Course definition = course.definition();
        return new CourseSummary(course.code(), course.version().versionNo(), definition.title(), definition.summary(),
                definition.track(), definition.level(), course.version().language(), definition.durationMinutes(),
                course.lessons().size(), competencies(definition, names), enrolment);
    }

    private static List<CompetencyRef> competencies(Course definition, Map<String, CompetencyRef> names) {
        return definition.competencies().stream()
                .map(c -> names.getOrDefault(c, new CompetencyRef(c, new LocalizedText(c, c)))).toList();
    }

    private static List<CourseDetail.ModuleOutline> outline(PublishedCourse course) {
        Map<String, List<CourseDetail.LessonOutline>> byModule = new LinkedHashMap<>();
        Map<String, Integer> minutes = new LinkedHashMap<>();
        for (CourseLesson lesson : course.lessons()) {
            byModule.computeIfAbsent(lesson.moduleKey(), k -> new java.util.ArrayList<>())
                    .add(new CourseDetail.LessonOutline(lesson.lessonKey(),
                            new LocalizedText(lesson.titleVi(), lesson.titleEn()), lesson.durationMinutes(),
                            lesson.required()));
            minutes.merge(lesson.moduleKey(), lesson.durationMinutes(), Integer::sum);
        }
        return byModule.entrySet().stream()
                .map(e -> new CourseDetail.ModuleOutline(e.getKey(), course.moduleTitle(e.getKey()),
                        minutes.get(e.getKey()), e.getValue()))
                .toList();
    }

    /** The framework's standards in framework order, from the kept copy (they change only at start). */
    private Map<String, CompetencyRef> competencyNames() {
        Map<String, CompetencyRef> names = new LinkedHashMap<>();
        for (CompetencyStandard standard : standards.all()) {
            names.put(standard.code(), new CompetencyRef(standard.code(), standard.name()));
        }
        return names;
    }
}
