package vn.ttcs.learn.certification;

import vn.ttcs.learn.content.model.Assignment;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Lesson;
import vn.ttcs.learn.content.model.Quiz;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A course's certification rule in words (Markdown), for the criteria of its Open Badge: what a trainee must have
 * done, with the titles and the pass mark the course gives, and how long the certificate is valid. A pure function
 * of the course as authored; {@link CertificationRuleCheck} is the same rule as code.
 */
final class AchievementCriteria {

    private AchievementCriteria() {
    }

    /** Null when the course issues no certificate. */
    static LocalizedText of(Course course) {
        Course.CertificationRule rule = course.certification();
        if (rule == null) {
            return null;
        }
        List<String> vi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (rule.allLessons()) {
            vi.add("hoàn thành tất cả các bài học bắt buộc của khóa học;");
            en.add("complete every required lesson of the course;");
        } else if (!rule.requiredLessons().isEmpty()) {
            boolean several = rule.requiredLessons().size() > 1;
            vi.add("hoàn thành " + (several ? "các bài học " : "bài học ") + titles(rule.requiredLessons(), course.lessons(), Lesson::id,
                    Lesson::title, "vi") + ";");
            en.add("complete the lesson" + (several ? "s " : " ") + titles(rule.requiredLessons(), course.lessons(), Lesson::id,
                    Lesson::title, "en") + ";");
        }
        Quiz quiz = find(course.quizzes(), Quiz::id, rule.finalQuiz());
        String quizVi = quiz == null ? quoted(rule.finalQuiz()) : quoted(quiz.title().in("vi"));
        String quizEn = quiz == null ? quoted(rule.finalQuiz()) : quoted(quiz.title().in("en"));
        vi.add("đạt bài kiểm tra cuối khóa " + quizVi
                + (quiz == null ? "" : " với kết quả từ " + quiz.passMark() + "% trở lên") + ";");
        en.add("pass the final quiz " + quizEn + (quiz == null ? "" : " with at least " + quiz.passMark() + "%") + ";");
        if (!rule.requiredAssignments().isEmpty()) {
            vi.add("đạt bài tập thực hành " + titles(rule.requiredAssignments(), course.assignments(), Assignment::id,
                    Assignment::title, "vi") + ".");
            en.add("pass the graded assignment" + (rule.requiredAssignments().size() > 1 ? "s " : " ")
                    + titles(rule.requiredAssignments(), course.assignments(), Assignment::id, Assignment::title, "en")
                    + ".");
        }
        finish(vi);
        finish(en);

        Quiz recertification = find(course.quizzes(), Quiz::id, rule.recertificationQuiz());
        String validVi = "Chứng nhận có giá trị " + rule.validityMonths() + " tháng kể từ ngày cấp"
                + (rule.recertificationQuiz() == null ? "." : " và được cấp lại khi đạt bài kiểm tra đánh giá lại "
                + (recertification == null ? quoted(rule.recertificationQuiz())
                : quoted(recertification.title().in("vi"))) + ".");
        String validEn = "The certificate is valid for " + rule.validityMonths() + " months from its issue"
                + (rule.recertificationQuiz() == null ? "." : " and is renewed by passing the recertification quiz "
                + (recertification == null ? quoted(rule.recertificationQuiz())
                : quoted(recertification.title().in("en"))) + ".");
        return new LocalizedText(
                "Để được cấp chứng nhận, học viên cần:\n\n" + bullets(vi) + "\n" + validVi,
                "To earn the certificate, a trainee must:\n\n" + bullets(en) + "\n" + validEn);
    }

    /** The last requirement ends the list with a full stop. */
    private static void finish(List<String> lines) {
        int last = lines.size() - 1;
        lines.set(last, lines.get(last).replaceAll("[;.]$", "."));
    }

    private static String bullets(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append("- ").append(line).append('\n');
        }
        return out.toString();
    }

    private static <T> String titles(List<String> ids, List<T> items, Function<T, String> id,
                                     Function<T, LocalizedText> title, String language) {
        List<String> quoted = ids.stream().map(wanted -> {
            T item = find(items, id, wanted);
            return quoted(item == null ? wanted : title.apply(item).in(language));
        }).toList();
        return String.join(", ", quoted);
    }

    private static <T> T find(List<T> items, Function<T, String> id, String wanted) {
        if (wanted == null) {
            return null;
        }
        return items.stream().filter(item -> wanted.equals(id.apply(item))).findFirst().orElse(null);
    }

    private static String quoted(String text) {
        return "“" + text + "”";
    }
}
