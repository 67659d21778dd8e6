package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.shared.LocalizedText;
import vn.ttcs.learn.web.ProblemException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reorders the modules of course.yaml and the lessons in them (a lesson may move to another module). Only the
 * {@code modules:} block is rewritten; every other line of the file stays as the author wrote it.
 */
final class OutlineEdit {

    private static final Pattern MODULES_KEY = Pattern.compile("^modules:\\s*(#.*)?$");
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*\\s*:.*");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ,.()/–-]*");

    private OutlineEdit() {
    }

    static String reorder(String courseYaml, Course course, List<ModuleOrder> order) {
        Map<String, Course.Module> modules = course.modules().stream()
                .collect(Collectors.toMap(Course.Module::id, Function.identity(), (a, b) -> a));
        Set<String> givenModules = new HashSet<>();
        order.forEach(m -> givenModules.add(m.id()));
        if (!givenModules.equals(modules.keySet()) || order.size() != modules.size()) {
            throw ProblemException.badRequest("modules", "list each module of course.yaml once: "
                    + String.join(", ", modules.keySet()));
        }
        List<String> lessons = course.modules().stream().flatMap(m -> m.lessons().stream()).sorted().toList();
        List<String> givenLessons = order.stream().flatMap(m -> m.lessons().stream()).sorted().toList();
        if (!lessons.equals(givenLessons)) {
            throw ProblemException.badRequest("modules", "list each lesson of the modules once: "
                    + String.join(", ", lessons));
        }
        List<String> lines = new ArrayList<>(List.of(courseYaml.split("\n", -1)));
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (MODULES_KEY.matcher(lines.get(i)).matches()) {
                start = i;
            }
        }
        if (start < 0) {
            throw ProblemException.badRequest("modules", "course.yaml has no 'modules:' block to reorder");
        }
        int end = start + 1;
        while (end < lines.size() && !TOP_LEVEL_KEY.matcher(lines.get(end)).matches()) {
            end++;
        }
        while (end - 1 > start && lines.get(end - 1).isBlank()) {
            end--;
        }
        List<String> block = new ArrayList<>();
        block.add("modules:");
        for (ModuleOrder m : order) {
            LocalizedText title = modules.get(m.id()).title();
            block.add("  - id: " + m.id());
            block.add("    title:");
            block.add("      vi: " + scalar(title.vi()));
            if (title.en() != null) {
                block.add("      en: " + scalar(title.en()));
            }
            block.add("    lessons:");
            m.lessons().forEach(l -> block.add("      - " + l));
        }
        List<String> result = new ArrayList<>(lines.subList(0, start));
        result.addAll(block);
        result.addAll(lines.subList(end, lines.size()));
        return String.join("\n", result);
    }

    /** A YAML scalar: plain when that is safe, double-quoted otherwise. */
    static String scalar(@Nullable String text) {
        String value = text == null ? "" : text;
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** The new order of one module: its id and its lessons' ids. */
    @Serdeable
    record ModuleOrder(String id, List<String> lessons) {
    }
}
