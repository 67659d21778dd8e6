package vn.ttcs.learn.content;

import vn.ttcs.learn.content.model.Assignment;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Definitions.QuestionType;
import vn.ttcs.learn.content.model.Drill;
import vn.ttcs.learn.content.model.Framework;
import vn.ttcs.learn.content.model.Lesson;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.content.model.Quiz;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks that need more than one file: references to competencies, lessons, quizzes and assignments; quizzes
 * that the bank can actually fill; links between lessons; drills whose steps all lead somewhere.
 */
final class CurriculumValidator {

    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");

    private final ContentProblems problems;
    private final SourcePositions positions;

    CurriculumValidator(ContentProblems problems, SourcePositions positions) {
        this.problems = problems;
        this.positions = positions;
    }

    /** {@code courseCodes}: the courses that prerequisites may name. */
    void check(Framework framework, List<Course> courses, Set<String> courseCodes,
               Function<Course, Set<String>> assetsOf) {
        for (Course course : courses) {
            competency(framework, course, course.competencies());
            for (String prerequisite : course.prerequisites()) {
                if (!courseCodes.contains(prerequisite) || prerequisite.equals(course.code())) {
                    problem(course, "prerequisite '" + prerequisite + "' is not another course of this folder or "
                            + "the platform");
                }
            }
            Map<String, Lesson> lessons = index(course, course.lessons(), Lesson::id, "lesson");
            index(course, course.quizzes(), Quiz::id, "quiz");
            index(course, course.drills(), Drill::id, "drill");
            index(course, course.assignments(), Assignment::id, "assignment");
            modules(course, lessons);
            lessons.values().forEach(lesson -> {
                competency(framework, lesson, lesson.competencies());
                links(course, lesson, lessons.keySet(), assetsOf.apply(course));
            });
            course.questions().forEach(q -> question(framework, q));
            course.quizzes().forEach(quiz -> quiz(framework, course, quiz));
            course.drills().forEach(drill -> drill(framework, drill));
            course.assignments().forEach(a -> competency(framework, a, a.competencies()));
            certification(course, lessons.keySet());
        }
    }

    private void modules(Course course, Map<String, Lesson> lessons) {
        Set<String> placed = new HashSet<>();
        for (Course.Module module : course.modules()) {
            for (String lessonId : module.lessons()) {
                if (!lessons.containsKey(lessonId)) {
                    problem(module, "module '" + module.id() + "' lists lesson '" + lessonId
                            + "', but there is no lessons/" + lessonId + ".md");
                } else if (!placed.add(lessonId)) {
                    problem(module, "lesson '" + lessonId + "' is listed in more than one place");
                }
            }
        }
        lessons.values().stream().filter(l -> !placed.contains(l.id()))
                .forEach(l -> problem(l, "lesson '" + l.id() + "' is in no module of course.yaml"));
    }

    private void links(Course course, Lesson lesson, Set<String> lessonIds, Set<String> assets) {
        String[] lines = lesson.markdown().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = LINK.matcher(lines[i]);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("#")) {
                    if (target.toLowerCase().startsWith("javascript:") || target.toLowerCase().startsWith("data:")) {
                        problems.add(lesson.file(), lesson.bodyLine() + i, "link '" + target + "' is not allowed");
                    }
                    continue;
                }
                String path = target.replaceFirst("#.*$", "");
                if (path.endsWith(".md")) {
                    String id = path.replaceFirst("^\\./", "").replaceFirst("\\.md$", "");
                    if (!lessonIds.contains(id)) {
                        problems.add(lesson.file(), lesson.bodyLine() + i, "broken lesson link: '" + target
                                + "' is not a lesson of course '" + course.code() + "'");
                    }
                } else if (path.startsWith("assets/") && !assets.contains(path.substring("assets/".length()))) {
                    problems.add(lesson.file(), lesson.bodyLine() + i, "broken link: lessons/" + path + " does not exist");
                } else if (!path.startsWith("assets/")) {
                    problems.add(lesson.file(), lesson.bodyLine() + i, "link '" + target
                            + "' points nowhere: link to a lesson (xx.md), to assets/..., or to a full https:// address");
                }
            }
        }
    }

    private void question(Framework framework, Question q) {
        competency(framework, q, List.of(q.competency()));
        if (q.type() == null) {
            return;
        }
        long correct = q.options().stream().filter(Question.Option::correct).count();
        switch (q.type()) {
            case SINGLE_CHOICE -> {
                if (q.options().size() < 2 || correct != 1) {
                    problem(q, "single-choice question '" + q.id() + "' needs at least two options and exactly one "
                            + "correct (has " + q.options().size() + " options, " + correct + " correct)");
                }
            }
            case MULTIPLE_CHOICE -> {
                if (q.options().size() < 2 || correct < 1) {
                    problem(q, "multiple-choice question '" + q.id() + "' needs at least two options and one or more "
                            + "correct");
                }
            }
            case TRUE_FALSE -> {
                if (q.answer() == null || !q.options().isEmpty()) {
                    problem(q, "true/false question '" + q.id() + "' needs 'answer: true|false' and no options");
                }
            }
            case ORDERING -> {
                if (q.options().size() < 2 || correct > 0) {
                    problem(q, "ordering question '" + q.id() + "' lists at least two options in the correct order, "
                            + "without 'correct'");
                }
            }
        }
        if (q.type() != QuestionType.TRUE_FALSE && q.answer() != null) {
            problem(q, "question '" + q.id() + "' has 'answer', which only TRUE_FALSE questions use");
        }
    }

    private void quiz(Framework framework, Course course, Quiz quiz) {
        for (Quiz.Draw draw : quiz.draw()) {
            competency(framework, draw, List.of(draw.competency()));
            long available = course.questions().stream()
                    .filter(q -> q.competency().equals(draw.competency()))
                    .filter(q -> draw.level() == null || q.level() == draw.level()).count();
            if (draw.count() > available) {
                problem(draw, "quiz '" + quiz.id() + "' asks for " + draw.count() + " " + draw.competency()
                        + (draw.level() == null ? "" : " " + draw.level()) + " questions, but the bank holds only "
                        + available);
            }
        }
        Map<String, Long> perCompetency = quiz.draw().stream()
                .collect(Collectors.groupingBy(d -> d.competency() + "/" + d.level(), Collectors.counting()));
        perCompetency.forEach((key, n) -> {
            if (n > 1) {
                problem(quiz, "quiz '" + quiz.id() + "' draws " + key.replace("/null", "") + " more than once; "
                        + "use one entry with the total count");
            }
        });
    }

    private void drill(Framework framework, Drill drill) {
        competency(framework, drill, drill.competencies());
        Map<String, Drill.Step> steps = new HashMap<>();
        drill.steps().forEach(s -> steps.put(s.id(), s));
        if (!steps.containsKey(drill.start())) {
            problem(drill, "drill '" + drill.id() + "' starts at step '" + drill.start() + "', which does not exist");
            return;
        }
        for (Drill.Step step : drill.steps()) {
            for (Drill.Choice choice : step.options()) {
                if (choice.next() == null || !steps.containsKey(choice.next())) {
                    problem(choice, "option '" + choice.id() + "' of step '" + step.id() + "' leads to '"
                            + choice.next() + "', which is not a step of this drill");
                }
            }
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(drill.start()));
        while (!queue.isEmpty()) {
            Drill.Step step = steps.get(queue.pop());
            if (step != null && reached.add(step.id())) {
                step.options().forEach(c -> { if (c.next() != null) queue.add(c.next()); });
            }
        }
        drill.steps().stream().filter(s -> !reached.contains(s.id()))
                .forEach(s -> problem(s, "step '" + s.id() + "' cannot be reached from the start"));
        if (drill.steps().stream().noneMatch(Drill.Step::isEnding)) {
            problem(drill, "drill '" + drill.id() + "' has no ending (a step without options)");
        }
        loops(drill.start(), steps, new HashSet<>(), new HashSet<>());
    }

    /**
     * A drill is walked forwards: an option that leads back to a step already on the way would let a run go round for
     * ever, and the best path's points (the 100 % of the pass mark) would have no maximum.
     */
    private void loops(String stepId, Map<String, Drill.Step> steps, Set<String> onTheWay, Set<String> done) {
        Drill.Step step = steps.get(stepId);
        if (step == null || done.contains(stepId)) {
            return;
        }
        onTheWay.add(stepId);
        for (Drill.Choice choice : step.options()) {
            if (onTheWay.contains(choice.next())) {
                problem(choice, "option '" + choice.id() + "' of step '" + step.id() + "' leads back to step '"
                        + choice.next() + "'; a drill must not loop");
            } else if (choice.next() != null) {
                loops(choice.next(), steps, onTheWay, done);
            }
        }
        onTheWay.remove(stepId);
        done.add(stepId);
    }

    private void certification(Course course, Set<String> lessonIds) {
        Course.CertificationRule rule = course.certification();
        if (rule == null) {
            return;
        }
        Set<String> quizIds = course.quizzes().stream().map(Quiz::id).collect(Collectors.toSet());
        Set<String> assignmentIds = course.assignments().stream().map(Assignment::id).collect(Collectors.toSet());
        rule.requiredLessons().stream().filter(l -> !lessonIds.contains(l))
                .forEach(l -> problem(rule, "the certification rule requires lesson '" + l + "', which does not exist"));
        if (!quizIds.contains(rule.finalQuiz())) {
            problem(rule, "the certification rule names final quiz '" + rule.finalQuiz() + "', which is not in quizzes/");
        }
        rule.requiredAssignments().stream().filter(a -> !assignmentIds.contains(a))
                .forEach(a -> problem(rule, "the certification rule requires assignment '" + a
                        + "', which is not in assignments/"));
        if (rule.recertificationQuiz() != null && !quizIds.contains(rule.recertificationQuiz())) {
            problem(rule, "the certification rule names recertification quiz '" + rule.recertificationQuiz()
                    + "', which is not in quizzes/");
        }
    }

    private void competency(Framework framework, Object item, List<String> codes) {
        Object where = positions.has(codes) ? codes : item;
        for (String code : codes) {
            if (!framework.hasStandard(code)) {
                problem(where, "unknown competency code '" + code + "' (the framework has: "
                        + framework.standards().stream().map(s -> s.code()).collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    private <T> Map<String, T> index(Course course, List<T> items, Function<T, String> id, String what) {
        Map<String, T> byId = new HashMap<>();
        for (T item : items) {
            T earlier = byId.putIfAbsent(id.apply(item), item);
            if (earlier != null) {
                problem(item, "duplicate " + what + " id '" + id.apply(item) + "' in course '" + course.code()
                        + "' (also at " + positions.of(earlier).file() + ":" + positions.of(earlier).line() + ")");
            }
        }
        return byId;
    }

    private void problem(Object item, String message) {
        SourcePositions.Position at = positions.of(item);
        problems.add(at.file(), at.line(), message);
    }
}
