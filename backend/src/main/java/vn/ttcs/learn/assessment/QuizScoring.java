package vn.ttcs.learn.assessment;

import io.micronaut.core.annotation.Nullable;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Definitions.QuizKind;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.content.model.Quiz;
import vn.ttcs.learn.web.ProblemException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an attempt; a pure function of the course definition, the questions drawn and the answers, so the same
 * attempt always gets the same result. Every question is worth one point and is all-or-nothing:
 * <ul>
 *   <li>single choice: the one correct option, and nothing else, is chosen;</li>
 *   <li>multiple choice: exactly the set of correct options is chosen (one wrong or one missing option scores 0);</li>
 *   <li>true/false: the answer is the truth;</li>
 *   <li>ordering: every option is placed, in the authored order.</li>
 * </ul>
 * A question not answered, or answered with the wrong kind of field for its type, scores 0. The score is the
 * percentage of questions right, rounded down; the attempt passes when it is at least the pass mark.
 * <p>
 * Evidence: a passed FINAL or RECERTIFICATION attempt counts for each competency in which the trainee got at least the
 * pass mark of that competency's questions right, at the highest level of the questions of that competency answered
 * correctly. PRACTICE quizzes never count (docs/competency-profile.md).
 */
final class QuizScoring {

    record QuestionOutcome(Question question, List<String> shownOptions, @Nullable AnswerCommand given,
                           boolean correct) {
    }

    record CompetencyOutcome(String code, @Nullable Level level, int correct, int total, int scorePercent,
                             boolean evidence) {
    }

    record Score(List<QuestionOutcome> questions, int correct, int scorePercent, boolean passed,
                 List<CompetencyOutcome> competencies) {
    }

    private QuizScoring() {
    }

    /**
     * Checks that every answer names a question of this attempt, at most once, and only that question's options;
     * returns the answers in the order of the drawn questions ({@code null} where a question was left out).
     */
    static List<AnswerCommand> arrange(List<DrawnQuestion> drawn, List<AnswerCommand> answers) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < drawn.size(); i++) {
            position.put(drawn.get(i).id(), i);
        }
        AnswerCommand[] arranged = new AnswerCommand[drawn.size()];
        for (int i = 0; i < answers.size(); i++) {
            AnswerCommand answer = answers.get(i);
            String field = "answers[" + i + "]";
            Integer at = position.get(answer.questionId());
            if (at == null) {
                throw ProblemException.badRequest(field + ".questionId",
                        "question '" + answer.questionId() + "' is not part of this attempt");
            }
            if (arranged[at] != null) {
                throw ProblemException.badRequest(field + ".questionId",
                        "question '" + answer.questionId() + "' is answered more than once");
            }
            Set<String> options = new HashSet<>(drawn.get(at).options());
            checkOptions(field + ".optionIds", answer.optionIds(), options);
            checkOptions(field + ".order", answer.order(), options);
            arranged[at] = answer;
        }
        return java.util.Arrays.asList(arranged);
    }

    private static void checkOptions(String field, @Nullable List<String> chosen, Set<String> options) {
        if (chosen == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String id : chosen) {
            if (id == null || !options.contains(id)) {
                throw ProblemException.badRequest(field, "'" + id + "' is not an option of this question");
            }
            if (!seen.add(id)) {
                throw ProblemException.badRequest(field, "option '" + id + "' is given more than once");
            }
        }
    }

    /** {@code answers} as returned by {@link #arrange}: one per drawn question, in order, null when left out. */
    static Score score(Course course, Quiz quiz, List<DrawnQuestion> drawn, List<AnswerCommand> answers) {
        Map<String, Question> bank = new HashMap<>();
        course.questions().forEach(q -> bank.put(q.id(), q));
        List<QuestionOutcome> outcomes = new ArrayList<>(drawn.size());
        int correct = 0;
        for (int i = 0; i < drawn.size(); i++) {
            DrawnQuestion shown = drawn.get(i);
            Question question = bank.get(shown.id());
            if (question == null) {
                throw new IllegalStateException("question " + shown.id() + " of an attempt is missing from course "
                        + course.code());
            }
            AnswerCommand given = i < answers.size() ? answers.get(i) : null;
            boolean right = given != null && isCorrect(question, given);
            if (right) {
                correct++;
            }
            outcomes.add(new QuestionOutcome(question, shown.options(), given, right));
        }
        int percent = percent(correct, outcomes.size());
        boolean passed = passes(correct, outcomes.size(), quiz.passMark());
        boolean counts = passed && quiz.kind() != QuizKind.PRACTICE;
        return new Score(List.copyOf(outcomes), correct, percent, passed, competencies(outcomes, quiz, counts));
    }

    static boolean isCorrect(Question question, AnswerCommand given) {
        return switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> given.optionIds() != null
                    && Set.copyOf(given.optionIds()).equals(Set.copyOf(correctOptions(question)));
            case TRUE_FALSE -> given.answer() != null && given.answer().equals(question.answer());
            case ORDERING -> given.order() != null && given.order().equals(authoredOrder(question));
        };
    }

    static List<String> correctOptions(Question question) {
        return question.options().stream().filter(Question.Option::correct).map(Question.Option::id).toList();
    }

    static List<String> authoredOrder(Question question) {
        return question.options().stream().map(Question.Option::id).toList();
    }

    static int percent(int part, int whole) {
        return whole == 0 ? 0 : part * 100 / whole;
    }

    /** Exact comparison, so that 69.9 % never passes a pass mark of 70. */
    static boolean passes(int part, int whole, int passMark) {
        return whole > 0 && part * 100 >= passMark * whole;
    }

    private static List<CompetencyOutcome> competencies(List<QuestionOutcome> outcomes, Quiz quiz, boolean counts) {
        Map<String, List<QuestionOutcome>> byCompetency = new LinkedHashMap<>();
        quiz.draw().forEach(line -> byCompetency.putIfAbsent(line.competency(), new ArrayList<>()));
        outcomes.forEach(o -> byCompetency.computeIfAbsent(o.question().competency(), c -> new ArrayList<>()).add(o));
        List<CompetencyOutcome> result = new ArrayList<>();
        byCompetency.forEach((code, list) -> {
            int right = (int) list.stream().filter(QuestionOutcome::correct).count();
            Level level = list.stream().filter(QuestionOutcome::correct).map(o -> o.question().level())
                    .max(Enum::compareTo).orElse(null);
            boolean evidence = counts && right > 0 && passes(right, list.size(), quiz.passMark());
            result.add(new CompetencyOutcome(code, level, right, list.size(), percent(right, list.size()), evidence));
        });
        return List.copyOf(result);
    }
}
