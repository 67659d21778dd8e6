package vn.ttcs.learn.assessment;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import vn.ttcs.learn.assessment.DrillRunView.CompetencyResult;
import vn.ttcs.learn.assessment.DrillRunView.DrillInfo;
import vn.ttcs.learn.assessment.DrillRunView.Result;
import vn.ttcs.learn.assessment.DrillRunView.StepView;
import vn.ttcs.learn.assessment.DrillRunView.TakenStep;
import vn.ttcs.learn.catalog.PublishedCourse;
import vn.ttcs.learn.catalog.CourseCatalog;
import vn.ttcs.learn.competency.CompetencyStandards;
import vn.ttcs.learn.competency.Evidence;
import vn.ttcs.learn.competency.EvidenceWriter;
import vn.ttcs.learn.content.model.Drill;
import vn.ttcs.learn.learning.Enrolment;
import vn.ttcs.learn.learning.EnrolmentAccess;
import vn.ttcs.learn.web.ProblemException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs through scenario drills, one choice at a time. Each choice is one transaction on the locked run: re-sending the
 * choice for a step already taken returns what it led to and changes nothing. Reaching an ending scores the run against
 * the best possible path; a pass records evidence for each of the drill's competencies at the drill's level.
 */
@Singleton
class DrillRuns {

    record Started(DrillRunView run, boolean created) {
    }

    private final DrillRunRepository runs;
    private final EnrolmentAccess enrolments;
    private final CourseCatalog catalog;
    private final EvidenceWriter evidence;
    private final CompetencyStandards standards;
    private final JsonColumns json;

    DrillRuns(DrillRunRepository runs, EnrolmentAccess enrolments, CourseCatalog catalog,
              EvidenceWriter evidence, CompetencyStandards standards, JsonColumns json) {
        this.runs = runs;
        this.enrolments = enrolments;
        this.catalog = catalog;
        this.evidence = evidence;
        this.standards = standards;
        this.json = json;
    }

    /** Starts a run, or returns the one not yet finished. Drills may be run any number of times. */
    @Transactional
    Started start(long enrolmentId, String drillId, long userId) {
        Enrolment enrolment = enrolments.ownedBy(enrolmentId, userId);
        PublishedCourse course = catalog.version(enrolment.courseVersionId());
        Drill drill = course.drill(drillId).orElseThrow(() -> ProblemException.notFound("Drill " + drillId));
        List<DrillRun> earlier = runs.findByEnrolmentIdAndDrillIdOrderByRunNo(enrolmentId, drillId);
        Optional<DrillRun> open = earlier.stream().filter(run -> !run.finished()).findFirst();
        if (open.isPresent()) {
            return new Started(view(open.get(), course, null), false);
        }
        DrillRun run = runs.save(new DrillRun(null, enrolmentId, userId, enrolment.courseVersionId(), drillId,
                earlier.size() + 1, drill.start(), json.write(List.of()), 0, DrillPaths.maxPoints(drill),
                QuizAttempts.now(), null, null, null));
        return new Started(view(run, course, null), true);
    }

    @Transactional
    DrillRunView get(long runId, long userId) {
        DrillRun run = own(runs.findById(runId), runId, userId);
        return view(run, catalog.version(run.courseVersionId()), null);
    }

    @Transactional
    DrillRunView choose(long runId, ChoiceCommand command, long userId) {
        DrillRun run = own(runs.findByIdForUpdate(runId), runId, userId);
        PublishedCourse course = catalog.version(run.courseVersionId());
        Drill drill = drillOf(course, run);
        List<PathEntry> path = new ArrayList<>(json.readList(run.path(), PathEntry.class));

        if (run.finished() || !command.stepId().equals(run.currentStep())) {
            PathEntry taken = path.stream().filter(e -> e.stepId().equals(command.stepId()))
                    .reduce((first, later) -> later)
                    .orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT, "step-not-current", "Step '"
                            + command.stepId() + "' is not where this run stands" + (run.finished()
                            ? "; the run is finished." : "; the current step is '" + run.currentStep() + "'."),
                            List.of()));
            if (!taken.optionId().equals(command.optionId())) {
                throw new ProblemException(HttpStatus.CONFLICT, "step-already-answered", "Step '" + taken.stepId()
                        + "' was already answered with option '" + taken.optionId() + "'; a choice cannot be changed.",
                        List.of());
            }
            return view(run, course, taken);
        }

        Drill.Step step = step(drill, run.currentStep());
        Drill.Choice choice = step.options().stream().filter(o -> o.id().equals(command.optionId())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("optionId",
                        "'" + command.optionId() + "' is not an option of step '" + step.id() + "'"));
        PathEntry entry = new PathEntry(step.id(), choice.id(), choice.points());
        path.add(entry);
        DrillRun moved = run.moved(choice.next(), json.write(path), run.points() + choice.points());
        if (step(drill, choice.next()).isEnding()) {
            Instant now = QuizAttempts.now();
            boolean passed = DrillPaths.passes(moved.points(), moved.maxPoints(), drill.passMark());
            moved = moved.finished(now, DrillPaths.percent(moved.points(), moved.maxPoints()), passed);
            if (passed) {
                DrillRun finished = moved;
                evidence.record(drill.competencies().stream().map(code -> new Evidence(null, userId, code,
                        drill.level().name(), Evidence.SourceKind.DRILL_RUN, runId, finished.courseVersionId(),
                        finished.scorePercent(), now)).toList());
            }
        }
        runs.update(moved);
        return view(moved, course, entry);
    }

    private DrillRunView view(DrillRun run, PublishedCourse course, PathEntry lastChoice) {
        Drill drill = drillOf(course, run);
        List<TakenStep> path = json.readList(run.path(), PathEntry.class).stream()
                .map(entry -> taken(drill, entry)).toList();
        Drill.Step current = step(drill, run.currentStep());
        StepView step = new StepView(current.id(), current.situation(), current.options().stream()
                .map(o -> new AttemptView.OptionView(o.id(), o.text())).toList(), current.isEnding());
        Result result = !run.finished() ? null : new Result(run.points(), run.maxPoints(), run.scorePercent(),
                run.passed(), drill.competencies().stream().map(code -> new CompetencyResult(code,
                standards.name(code), drill.level(), run.passed())).toList());
        return new DrillRunView(run.id(), run.enrolmentId(), course.code(), new DrillInfo(drill.id(), drill.title(),
                drill.competencies(), drill.level(), drill.passMark()), run.runNo(), run.finished(), run.startedAt(),
                run.finishedAt(), step, path, lastChoice == null ? null : taken(drill, lastChoice), result);
    }

    private static TakenStep taken(Drill drill, PathEntry entry) {
        Drill.Step step = step(drill, entry.stepId());
        Drill.Choice choice = step.options().stream().filter(o -> o.id().equals(entry.optionId())).findFirst()
                .orElseThrow();
        return new TakenStep(step.id(), step.situation(), choice.id(), choice.text(), entry.points(),
                choice.feedback());
    }

    private static Drill.Step step(Drill drill, String id) {
        return drill.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(
                () -> new IllegalStateException("step " + id + " is missing from drill " + drill.id()));
    }

    private static Drill drillOf(PublishedCourse course, DrillRun run) {
        return course.drill(run.drillId()).orElseThrow(() -> new IllegalStateException(
                "drill " + run.drillId() + " is missing from course version " + course.versionId()));
    }

    private static DrillRun own(Optional<DrillRun> run, long runId, long userId) {
        return run.filter(r -> r.userId() == userId)
                .orElseThrow(() -> ProblemException.notFound("Drill run " + runId));
    }
}
