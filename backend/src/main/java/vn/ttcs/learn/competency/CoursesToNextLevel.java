package vn.ttcs.learn.competency;

import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.competency.CompetencyProfileView.AssessedItem;
import vn.ttcs.learn.competency.CompetencyProfileView.CourseToNext;
import vn.ttcs.learn.content.model.Assignment;
import vn.ttcs.learn.content.model.Definitions.QuizKind;
import vn.ttcs.learn.content.model.Drill;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.content.model.Quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The published courses that close the gap to a level in a standard: those whose current version has assessed work
 * that can record evidence for the standard at that level or above (docs/competency-profile.md, "Courses that close
 * the gap"), each with that work. Practice quizzes never record evidence, so they never count.
 */
@Singleton
class CoursesToNextLevel {

    private final CourseCatalog catalog;

    CoursesToNextLevel(CourseCatalog catalog) {
        this.catalog = catalog;
    }

    /** The courses of the catalogue read once, to answer for every standard of one profile. */
    Finder finder() {
        return new Finder(catalog.current());
    }

    static final class Finder {

        private final List<PublishedCourse> courses;

        private Finder(List<PublishedCourse> courses) {
            this.courses = courses;
        }

        /** By course level, then by course code, so that the nearest course comes first. */
        List<CourseToNext> closing(String standard, Level level) {
            List<CourseToNext> found = new ArrayList<>();
            for (PublishedCourse course : courses) {
                List<AssessedItem> items = items(course, standard, level);
                if (!items.isEmpty()) {
                    found.add(new CourseToNext(course.code(), course.title(), course.definition().level(), items));
                }
            }
            found.sort(Comparator.comparing(CourseToNext::level).thenComparing(CourseToNext::code));
            return found;
        }

        private static List<AssessedItem> items(PublishedCourse course, String standard, Level level) {
            List<AssessedItem> items = new ArrayList<>();
            for (Quiz quiz : course.definition().quizzes()) {
                if (quiz.kind() != QuizKind.PRACTICE) {
                    highestLevel(course, quiz, standard).filter(l -> l.compareTo(level) >= 0)
                            .ifPresent(l -> items.add(new AssessedItem(Evidence.SourceKind.QUIZ_ATTEMPT, quiz.id(),
                                    quiz.title(), l)));
                }
            }
            for (Drill drill : course.definition().drills()) {
                if (drill.competencies().contains(standard) && drill.level().compareTo(level) >= 0) {
                    items.add(new AssessedItem(Evidence.SourceKind.DRILL_RUN, drill.id(), drill.title(),
                            drill.level()));
                }
            }
            for (Assignment assignment : course.definition().assignments()) {
                if (assignment.competencies().contains(standard) && assignment.level().compareTo(level) >= 0) {
                    items.add(new AssessedItem(Evidence.SourceKind.ASSIGNMENT, assignment.id(), assignment.title(),
                            assignment.level()));
                }
            }
            return items;
        }

        /** The highest level of the standard's questions the quiz can draw: the most its evidence can show. */
        private static Optional<Level> highestLevel(PublishedCourse course, Quiz quiz, String standard) {
            return quiz.draw().stream().filter(d -> d.competency().equals(standard) && d.count() > 0)
                    .flatMap(d -> course.definition().questions().stream()
                            .filter(q -> q.competency().equals(standard))
                            .filter(q -> d.level() == null || q.level() == d.level()))
                    .map(Question::level).max(Comparator.naturalOrder());
        }
    }
}
