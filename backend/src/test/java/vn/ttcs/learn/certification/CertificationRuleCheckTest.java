package vn.ttcs.learn.certification;

import org.junit.jupiter.api.Test;
import vn.ttcs.learn.certification.CertificationRuleCheck.Progress;
import vn.ttcs.learn.certification.CertificationRuleCheck.Verdict;
import vn.ttcs.learn.content.model.Course.CertificationRule;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CertificationRuleCheckTest {

    static final List<String> REQUIRED_LESSONS = List.of("l01", "l02", "l03");
    static final CertificationRule ALL_LESSONS = new CertificationRule(true, List.of(), "final", List.of("thong-cao"),
            24, "tai-chung-nhan");
    static final CertificationRule LISTED_LESSONS = new CertificationRule(false, List.of("l02"), "final", List.of(),
            12, null);

    @Test
    void everythingDoneMeetsTheRule() {
        Verdict verdict = CertificationRuleCheck.evaluate(ALL_LESSONS, REQUIRED_LESSONS,
                new Progress(Set.of("l01", "l02", "l03"), true, Set.of("thong-cao")));
        assertThat(verdict.met()).isTrue();
        assertThat(verdict.lessonsMissing()).isEmpty();
        assertThat(verdict.assignmentsMissing()).isEmpty();
        assertThat(verdict.finalQuizMissing()).isFalse();
    }

    @Test
    void aRequiredLessonNotDoneIsNamedInCourseOrder() {
        Verdict verdict = CertificationRuleCheck.evaluate(ALL_LESSONS, REQUIRED_LESSONS,
                new Progress(Set.of("l02"), true, Set.of("thong-cao")));
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.lessonsMissing()).containsExactly("l01", "l03");
    }

    @Test
    void theFinalQuizMustBePassed() {
        Verdict verdict = CertificationRuleCheck.evaluate(ALL_LESSONS, REQUIRED_LESSONS,
                new Progress(Set.of("l01", "l02", "l03"), false, Set.of("thong-cao")));
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.finalQuizMissing()).isTrue();
    }

    @Test
    void aRequiredAssignmentMustBePassed() {
        Verdict verdict = CertificationRuleCheck.evaluate(ALL_LESSONS, REQUIRED_LESSONS,
                new Progress(Set.of("l01", "l02", "l03"), true, Set.of("another")));
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.assignmentsMissing()).containsExactly("thong-cao");
    }

    @Test
    void aRuleThatListsItsLessonsAsksOnlyForThose() {
        Verdict verdict = CertificationRuleCheck.evaluate(LISTED_LESSONS, REQUIRED_LESSONS,
                new Progress(Set.of("l02"), true, Set.of()));
        assertThat(verdict.met()).isTrue();
    }

    @Test
    void lessonsDoneBeyondTheRequiredOnesChangeNothing() {
        Verdict verdict = CertificationRuleCheck.evaluate(LISTED_LESSONS, REQUIRED_LESSONS,
                new Progress(Set.of("l01", "l03", "extra"), true, Set.of()));
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.lessonsMissing()).containsExactly("l02");
    }

    @Test
    void aCourseWithoutARuleIssuesNoCertificate() {
        Verdict verdict = CertificationRuleCheck.evaluate(null, REQUIRED_LESSONS,
                new Progress(Set.of("l01", "l02", "l03"), true, Set.of()));
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.hasRule()).isFalse();
    }
}
