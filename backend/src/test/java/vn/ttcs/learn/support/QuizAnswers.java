package vn.ttcs.learn.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers for an attempt as the API shows it, for tests where any valid answer will do. */
public final class QuizAnswers {

    private QuizAnswers() {
    }

    /** An answer to every question: the first option shown, "true", or the options in the order shown. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> firstChoices(Map<String, Object> attempt) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (Map<String, Object> question : (List<Map<String, Object>>) attempt.get("questions")) {
            List<Object> options = ((List<Map<String, Object>>) question.get("options")).stream()
                    .map(o -> o.get("id")).toList();
            Map<String, Object> answer = new HashMap<>();
            answer.put("questionId", question.get("id"));
            switch (String.valueOf(question.get("type"))) {
                case "TRUE_FALSE" -> answer.put("answer", true);
                case "ORDERING" -> answer.put("order", options);
                default -> answer.put("optionIds", options.subList(0, 1));
            }
            answers.add(answer);
        }
        return answers;
    }
}
