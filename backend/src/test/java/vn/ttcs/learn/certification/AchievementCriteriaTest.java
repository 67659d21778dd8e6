package vn.ttcs.learn.certification;

import org.junit.jupiter.api.Test;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Course.CertificationRule;
import vn.ttcs.learn.content.model.Definitions;
import vn.ttcs.learn.content.model.Lesson;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.content.model.Quiz;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The certification rule in words, as an Open Badge's criteria shows it. */
class AchievementCriteriaTest {

    private static final Quiz FINAL = new Quiz("final", new LocalizedText("Kiểm tra cuối khóa", "Final quiz"),
            Definitions.QuizKind.FINAL, 80, 30, 3, List.of());
    private static final List<Lesson> LESSONS = List.of(lesson("l01", "Người phát ngôn", "The spokesperson"),
            lesson("l02", "Họp báo", "Press conferences"));

    @Test
    void aRuleThatListsItsLessonsNamesThemWithThePassMarkAndTheValidity() {
        Course course = course(new CertificationRule(false, List.of("l02"), "final", List.of(), 12, null));

        LocalizedText criteria = AchievementCriteria.of(course);

        assertThat(criteria.vi()).isEqualTo("""
                Để được cấp chứng nhận, học viên cần:

                - hoàn thành bài học “Họp báo”;
                - đạt bài kiểm tra cuối khóa “Kiểm tra cuối khóa” với kết quả từ 80% trở lên.

                Chứng nhận có giá trị 12 tháng kể từ ngày cấp.""");
        assertThat(criteria.en()).contains("- complete the lesson “Press conferences”;")
                .contains("- pass the final quiz “Final quiz” with at least 80%.")
                .endsWith("valid for 12 months from its issue.");
    }

    @Test
    void allLessonsAssignmentsAndRecertificationAreSaid() {
        Course course = course(new CertificationRule(true, List.of(), "final", List.of("thong-cao", "hop-bao"), 24,
                "tai-chung-nhan"));

        LocalizedText criteria = AchievementCriteria.of(course);

        assertThat(criteria.vi()).contains("- hoàn thành tất cả các bài học bắt buộc của khóa học;")
                .contains("- đạt bài tập thực hành “thong-cao”, “hop-bao”.")
                .contains("24 tháng kể từ ngày cấp và được cấp lại khi đạt bài kiểm tra đánh giá lại “tai-chung-nhan”.");
        assertThat(criteria.en()).contains("pass the graded assignments “thong-cao”, “hop-bao”.");
    }

    @Test
    void aCourseWithoutARuleHasNoCriteria() {
        assertThat(AchievementCriteria.of(course(null))).isNull();
    }

    private static Course course(CertificationRule rule) {
        return new Course("bao-chi", new LocalizedText("Báo chí", "Press"), new LocalizedText("Tóm tắt", "Summary"),
                Definitions.Track.PRESS, Level.FOUNDATION, "vi", 60, List.of(), List.of("PRESS"), List.of(), List.of(),
                List.of(), rule, LESSONS, List.of(), List.of(FINAL), List.of(), List.of());
    }

    private static Lesson lesson(String id, String vi, String en) {
        return new Lesson(id, new LocalizedText(vi, en), 10, List.of("PRESS"), true, "", id + ".md", 1);
    }
}
