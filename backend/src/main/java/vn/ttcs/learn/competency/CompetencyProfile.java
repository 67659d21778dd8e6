package vn.ttcs.learn.competency;

import jakarta.inject.Singleton;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.competency.CompetencyProfileView.EvidenceView;
import vn.ttcs.learn.competency.CompetencyProfileView.LevelName;
import vn.ttcs.learn.competency.CompetencyProfileView.NextLevel;
import vn.ttcs.learn.competency.CompetencyProfileView.StandardView;
import vn.ttcs.learn.content.model.CompetencyStandard;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A trainee's competency profile, derived from their evidence by the {@link LevelRule}. */
@Singleton
public class CompetencyProfile {

    private final EvidenceTrailRepository trail;
    private final CompetencyStandards standards;
    private final CourseCatalog catalog;
    private final CoursesToNextLevel toNextLevel;

    CompetencyProfile(EvidenceTrailRepository trail, CompetencyStandards standards, CourseCatalog catalog,
                      CoursesToNextLevel toNextLevel) {
        this.trail = trail;
        this.standards = standards;
        this.catalog = catalog;
        this.toNextLevel = toNextLevel;
    }

    /**
     * The level attained in each standard that has one, by the same rule as the profile: what a certificate issued
     * now should state (certification's {@code AttainedCompetency}).
     */
    public Map<String, Level> levels(long userId) {
        Map<String, Level> levels = new LinkedHashMap<>();
        trail.findTrail(userId).stream().collect(Collectors.groupingBy(EvidenceTrail::standardCode))
                .forEach((code, evidence) -> {
                    Level level = LevelRule.standing(evidence).level();
                    if (level != null) {
                        levels.put(code, level);
                    }
                });
        return levels;
    }

    CompetencyProfileView of(long userId) {
        Map<String, List<EvidenceTrail>> byStandard = trail.findTrail(userId).stream()
                .collect(Collectors.groupingBy(EvidenceTrail::standardCode));
        CoursesToNextLevel.Finder courses = toNextLevel.finder();
        List<StandardView> views = standards.all().stream()
                .map(standard -> view(standard, byStandard.getOrDefault(standard.code(), List.of()), courses))
                .toList();
        List<LevelName> levels = Arrays.stream(Level.values()).map(l -> new LevelName(l, Levels.name(l))).toList();
        return new CompetencyProfileView(LevelRule.STATEMENT, levels, views);
    }

    private StandardView view(CompetencyStandard standard, List<EvidenceTrail> evidence,
                              CoursesToNextLevel.Finder courses) {
        LevelRule.Standing standing = LevelRule.standing(evidence);
        NextLevel next = standing.next() == null ? null : new NextLevel(standing.next(),
                standing.assessmentsTowardsNext(), standing.assessmentsStillNeeded(),
                LevelRule.gap(standing.next(), standing.assessmentsStillNeeded()),
                standard.indicators().getOrDefault(standing.next(), List.of()),
                courses.closing(standard.code(), standing.next()));
        return new StandardView(standard.code(), standard.name(), standard.description(), standing.level(),
                evidence.stream().map(this::evidenceView).toList(), next);
    }

    private EvidenceView evidenceView(EvidenceTrail row) {
        PublishedCourse course = catalog.version(row.courseVersionId());
        LocalizedText assessment = row.assessmentId() == null ? null : switch (row.kind()) {
            case QUIZ_ATTEMPT -> course.quiz(row.assessmentId()).map(q -> q.title()).orElse(null);
            case DRILL_RUN -> course.drill(row.assessmentId()).map(d -> d.title()).orElse(null);
            case ASSIGNMENT -> course.assignment(row.assessmentId()).map(a -> a.title()).orElse(null);
        };
        return new EvidenceView(row.id(), row.kind(), row.sourceId(), row.assessmentId(), assessment,
                row.courseCode(), course.title(), Level.valueOf(row.level()), row.scorePercent(), row.recordedAt());
    }
}
