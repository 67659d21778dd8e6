package vn.ttcs.learn.assessment;

import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Definitions.QuestionType;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.content.model.Quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Draws an attempt's questions from the course's bank: for each line of the quiz's {@code draw}, that many questions
 * of the competency (and level, when given) at random, never the same question twice; then the questions and each
 * question's options are shuffled. An ordering question is never shown already in the right order.
 */
final class QuestionDraw {

    private QuestionDraw() {
    }

    static List<DrawnQuestion> draw(Course course, Quiz quiz, Random random) {
        List<DrawnQuestion> drawn = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Quiz.Draw line : quiz.draw()) {
            List<Question> pool = new ArrayList<>(course.questions().stream()
                    .filter(q -> q.competency().equals(line.competency()))
                    .filter(q -> line.level() == null || q.level() == line.level())
                    .filter(q -> !taken.contains(q.id()))
                    .toList());
            Collections.shuffle(pool, random);
            for (Question question : pool.subList(0, Math.min(line.count(), pool.size()))) {
                taken.add(question.id());
                drawn.add(new DrawnQuestion(question.id(), optionOrder(question, random)));
            }
        }
        Collections.shuffle(drawn, random);
        return List.copyOf(drawn);
    }

    static List<String> optionOrder(Question question, Random random) {
        List<String> authored = question.options().stream().map(Question.Option::id).toList();
        List<String> shown = new ArrayList<>(authored);
        Collections.shuffle(shown, random);
        if (question.type() == QuestionType.ORDERING && shown.size() > 1 && shown.equals(authored)) {
            Collections.rotate(shown, 1 + random.nextInt(shown.size() - 1));
        }
        return List.copyOf(shown);
    }
}
