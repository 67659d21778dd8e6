package vn.ttcs.learn.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of a content folder, so that an author sees all of them at once, not one per run. */
public final class ContentProblems {

    private final List<ContentProblem> problems = new ArrayList<>();

    public void add(String file, int line, String message) {
        problems.add(new ContentProblem(file, line, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<ContentProblem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line))
                .toList();
    }

    /** Refuses the content as a whole when anything is wrong: invalid content never half-imports. */
    public void throwIfAny(String what) {
        if (!problems.isEmpty()) {
            throw new InvalidContentException(what, sorted());
        }
    }
}
