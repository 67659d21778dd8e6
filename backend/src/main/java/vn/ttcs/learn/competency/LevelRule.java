package vn.ttcs.learn.competency;

import io.micronaut.core.annotation.Nullable;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.Collection;
import java.util.List;

/**
 * How a trainee's level in one standard follows from the evidence for it (docs/competency-profile.md):
 * <ul>
 *   <li>evidence at a level also supports every level below it;</li>
 *   <li>a level is attained when the evidence supporting it comes from at least {@value #ASSESSMENTS_NEEDED} different
 *       assessments (a quiz or a drill of a course counts once, however many times it is passed), or from one passed
 *       assignment graded by a trainer;</li>
 *   <li>the trainee's level is the highest level attained (levels are cumulative, so attaining one means attaining
 *       those below it).</li>
 * </ul>
 */
public final class LevelRule {

    public static final int ASSESSMENTS_NEEDED = 2;

    public static final LocalizedText STATEMENT = new LocalizedText(
            "Một cấp độ được công nhận khi có minh chứng đạt yêu cầu ở cấp đó hoặc cao hơn từ ít nhất hai bài đánh giá "
                    + "khác nhau (bài kiểm tra cuối khóa, bài kiểm tra cấp lại chứng nhận, bài tập tình huống), hoặc từ "
                    + "một bài tập thực hành được giảng viên chấm đạt. Làm lại cùng một bài chỉ tính một lần; bài luyện "
                    + "tập không tạo minh chứng.",
            "A level is recognised when there is passing evidence at that level or above from at least two different "
                    + "assessments (a final quiz, a recertification quiz, a scenario drill), or from one assignment "
                    + "passed by a trainer. Passing the same assessment again counts once; practice quizzes give no "
                    + "evidence.");

    /** The level held (null: none yet), the next level (null: the highest is held) and what the next one lacks. */
    public record Standing(@Nullable Level level, @Nullable Level next, int assessmentsTowardsNext,
                           int assessmentsStillNeeded) {
    }

    private LevelRule() {
    }

    public static Standing standing(Collection<EvidenceTrail> evidence) {
        Level held = null;
        for (Level level : Level.values()) {
            if (!attains(evidence, level)) {
                break;
            }
            held = level;
        }
        Level next = held == null ? Level.FOUNDATION
                : held.ordinal() + 1 < Level.values().length ? Level.values()[held.ordinal() + 1] : null;
        int towards = next == null ? 0 : assessmentsSupporting(evidence, next);
        return new Standing(held, next, towards, next == null ? 0 : Math.max(0, ASSESSMENTS_NEEDED - towards));
    }

    static boolean attains(Collection<EvidenceTrail> evidence, Level level) {
        return supporting(evidence, level).stream().anyMatch(e -> e.kind() == Evidence.SourceKind.ASSIGNMENT)
                || assessmentsSupporting(evidence, level) >= ASSESSMENTS_NEEDED;
    }

    static int assessmentsSupporting(Collection<EvidenceTrail> evidence, Level level) {
        return (int) supporting(evidence, level).stream().map(EvidenceTrail::assessmentKey).distinct().count();
    }

    private static List<EvidenceTrail> supporting(Collection<EvidenceTrail> evidence, Level level) {
        return evidence.stream().filter(e -> Level.valueOf(e.level()).compareTo(level) >= 0).toList();
    }

    /** What the next level still needs, in words. */
    public static LocalizedText gap(Level next, int stillNeeded) {
        String vi = Levels.name(next).vi();
        String en = Levels.name(next).en();
        return new LocalizedText(
                "Để đạt cấp " + vi + ": cần minh chứng ở cấp " + vi + " trở lên từ thêm " + stillNeeded + " bài đánh "
                        + "giá khác (bài kiểm tra cuối khóa, bài kiểm tra cấp lại chứng nhận hoặc bài tập tình huống), "
                        + "hoặc một bài tập thực hành được giảng viên chấm đạt ở cấp này.",
                "To reach " + en + ": passing evidence at " + en + " level or above from " + stillNeeded + " more "
                        + (stillNeeded == 1 ? "assessment" : "assessments") + " (a final or recertification quiz, "
                        + "or a scenario drill), or one assignment passed by a trainer at this level.");
    }
}
