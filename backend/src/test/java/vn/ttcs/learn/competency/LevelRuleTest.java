package vn.ttcs.learn.competency;

import org.junit.jupiter.api.Test;
import vn.ttcs.learn.content.model.Level;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.content.model.Level.ADVANCED;
import static vn.ttcs.learn.content.model.Level.FOUNDATION;
import static vn.ttcs.learn.content.model.Level.PRACTITIONER;

/**
 * The rule of docs/competency-profile.md on hand-built evidence: a level needs passing evidence at that level or
 * above from two different assessments, or one passed assignment.
 */
class LevelRuleTest {

    private static final AtomicLong IDS = new AtomicLong();

    @Test
    void withoutEvidenceThereIsNoLevelAndFoundationNeedsTwoAssessments() {
        LevelRule.Standing standing = LevelRule.standing(List.of());

        assertThat(standing).isEqualTo(new LevelRule.Standing(null, FOUNDATION, 0, 2));
    }

    @Test
    void oneAssessmentIsNotEnoughEvenAtAHighLevel() {
        LevelRule.Standing standing = LevelRule.standing(List.of(quiz("bao-chi-phat-ngon", "final", ADVANCED)));

        assertThat(standing).isEqualTo(new LevelRule.Standing(null, FOUNDATION, 1, 1));
    }

    @Test
    void passingTheSameQuizTwiceIsStillOneAssessment() {
        LevelRule.Standing standing = LevelRule.standing(List.of(quiz("bao-chi-phat-ngon", "final", PRACTITIONER),
                quiz("bao-chi-phat-ngon", "final", PRACTITIONER)));

        assertThat(standing.level()).isNull();
        assertThat(standing.assessmentsStillNeeded()).isEqualTo(1);
    }

    @Test
    void aFinalQuizAndADrillAtPractitionerGivePractitionerAndFoundation() {
        LevelRule.Standing standing = LevelRule.standing(List.of(quiz("xu-ly-khung-hoang", "final", PRACTITIONER),
                drill("xu-ly-khung-hoang", "video-gia-chinh-sach", PRACTITIONER)));

        assertThat(standing).isEqualTo(new LevelRule.Standing(PRACTITIONER, ADVANCED, 0, 2));
        assertThat(LevelRule.attains(List.of(quiz("xu-ly-khung-hoang", "final", PRACTITIONER),
                drill("xu-ly-khung-hoang", "video-gia-chinh-sach", PRACTITIONER)), FOUNDATION)).isTrue();
    }

    @Test
    void higherEvidenceSupportsLowerLevelsButNotTheOtherWayRound() {
        LevelRule.Standing standing = LevelRule.standing(List.of(quiz("xu-ly-khung-hoang", "final", ADVANCED),
                drill("xu-ly-khung-hoang", "ngo-doc-truong-hoc", FOUNDATION)));

        assertThat(standing).isEqualTo(new LevelRule.Standing(FOUNDATION, PRACTITIONER, 1, 1));
    }

    @Test
    void theSameQuizIdInTwoCoursesIsTwoAssessments() {
        LevelRule.Standing standing = LevelRule.standing(List.of(quiz("bao-chi-phat-ngon", "final", FOUNDATION),
                quiz("xu-ly-khung-hoang", "final", FOUNDATION)));

        assertThat(standing.level()).isEqualTo(FOUNDATION);
    }

    @Test
    void onePassedAssignmentAttainsItsLevelOnItsOwn() {
        LevelRule.Standing standing = LevelRule.standing(List.of(assignment(PRACTITIONER)));

        assertThat(standing).isEqualTo(new LevelRule.Standing(PRACTITIONER, ADVANCED, 0, 2));
    }

    @Test
    void theHighestLevelLeavesNothingToReach() {
        LevelRule.Standing standing = LevelRule.standing(List.of(assignment(ADVANCED),
                quiz("xu-ly-khung-hoang", "tai-chung-nhan", FOUNDATION)));

        assertThat(standing).isEqualTo(new LevelRule.Standing(ADVANCED, null, 0, 0));
    }

    @Test
    void theGapIsSaidInBothLanguages() {
        var gap = LevelRule.gap(PRACTITIONER, 1);

        assertThat(gap.vi()).startsWith("Để đạt cấp Thực hành").contains("thêm 1 bài đánh giá");
        assertThat(gap.en()).startsWith("To reach Practitioner").contains("1 more assessment ");
    }

    private static EvidenceTrail quiz(String course, String quiz, Level level) {
        return row("QUIZ_ATTEMPT", course, quiz, level);
    }

    private static EvidenceTrail drill(String course, String drill, Level level) {
        return row("DRILL_RUN", course, drill, level);
    }

    private static EvidenceTrail assignment(Level level) {
        return row("ASSIGNMENT", "xu-ly-khung-hoang", null, level);
    }

    private static EvidenceTrail row(String kind, String course, String assessment, Level level) {
        long id = IDS.incrementAndGet();
        return new EvidenceTrail(id, "CRISIS", level.name(), kind, id, 1, course, assessment, 80, Instant.now());
    }
}
