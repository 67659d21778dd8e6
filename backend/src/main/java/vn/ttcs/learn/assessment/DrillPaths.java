package vn.ttcs.learn.assessment;

import vn.ttcs.learn.content.model.Drill;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The arithmetic of a drill: the best possible path's points (the 100 % against which the pass mark is measured) and
 * a run's score. The content validator refuses drills that loop, so a run passes each step at most once (which is
 * what makes a re-sent choice for a step recognisable); should one slip through, a loop adds nothing to the best path.
 */
final class DrillPaths {

    private DrillPaths() {
    }

    static int maxPoints(Drill drill) {
        Map<String, Drill.Step> steps = drill.steps().stream()
                .collect(Collectors.toMap(Drill.Step::id, Function.identity()));
        return best(drill.start(), steps, new HashMap<>(), new HashSet<>());
    }

    private static int best(String stepId, Map<String, Drill.Step> steps, Map<String, Integer> known,
                            Set<String> onTheWay) {
        Integer done = known.get(stepId);
        Drill.Step step = steps.get(stepId);
        if (done != null) {
            return done;
        }
        if (step == null || !onTheWay.add(stepId)) {
            return 0;
        }
        int most = 0;
        for (Drill.Choice choice : step.options()) {
            int after = choice.next() == null ? 0 : best(choice.next(), steps, known, onTheWay);
            most = Math.max(most, choice.points() + after);
        }
        onTheWay.remove(stepId);
        known.put(stepId, most);
        return most;
    }

    /** The percentage of the best path's points, rounded down and never above 100. */
    static int percent(int points, int maxPoints) {
        return maxPoints <= 0 ? 100 : Math.min(100, points * 100 / maxPoints);
    }

    static boolean passes(int points, int maxPoints, int passMark) {
        return points * 100 >= passMark * maxPoints;
    }
}
