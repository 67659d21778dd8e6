package vn.ttcs.learn.content;

import io.micronaut.core.annotation.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.ttcs.learn.shared.LocalizedText;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A node of a YAML file that remembers where it is, so that every problem found while reading it is reported
 * as {@code file:line: message}. Readers ask for fields; what is missing or malformed is recorded in
 * {@link ContentProblems} and a neutral value is returned, so that reading goes on and every problem is found.
 */
public final class YamlNode {

    private final String file;
    private final Node node;
    private final ContentProblems problems;
    private final int lineOffset;

    private YamlNode(String file, Node node, ContentProblems problems, int lineOffset) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        this.lineOffset = lineOffset;
    }

    /**
     * Parses a YAML document. {@code lineOffset} is added to line numbers (for front matter that starts below
     * the first line of its file). Returns empty, with the problem recorded, when the text is not valid YAML.
     */
    public static Optional<YamlNode> parse(String file, String text, ContentProblems problems, int lineOffset) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(5 * 1024 * 1024);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                problems.add(file, 1 + lineOffset, "the file is empty");
                return Optional.empty();
            }
            return Optional.of(new YamlNode(file, root, problems, lineOffset));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problems.add(file, line + lineOffset, "malformed YAML: " + e.getProblem());
            return Optional.empty();
        } catch (RuntimeException e) {
            problems.add(file, 1 + lineOffset, "malformed YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    public String file() {
        return file;
    }

    public int line() {
        return node.getStartMark().getLine() + 1 + lineOffset;
    }

    public void problem(String message) {
        problems.add(file, line(), message);
    }

    /** True when this node is the plain value {@code value} (e.g. requiredLessons: ALL). */
    public boolean isScalarValue(String value) {
        return node instanceof ScalarNode scalar && scalar.getValue().equals(value);
    }

    public boolean isMap() {
        return node instanceof MappingNode;
    }

    public Optional<YamlNode> get(String key) {
        if (!(node instanceof MappingNode map)) {
            return Optional.empty();
        }
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                return Optional.of(child(tuple.getValueNode()));
            }
        }
        return Optional.empty();
    }

    /** The keys of a mapping, in file order. */
    public List<String> keys() {
        if (!(node instanceof MappingNode map)) {
            return List.of();
        }
        return map.getValue().stream().map(NodeTuple::getKeyNode)
                .filter(ScalarNode.class::isInstance).map(k -> ((ScalarNode) k).getValue()).toList();
    }

    /** Records a problem for every key not in {@code allowed}: a misspelt field must not pass silently. */
    public void onlyKeys(String... allowed) {
        if (!(node instanceof MappingNode map)) {
            return;
        }
        List<String> known = Arrays.asList(allowed);
        for (NodeTuple tuple : map.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode k && !known.contains(k.getValue())) {
                problems.add(file, tuple.getKeyNode().getStartMark().getLine() + 1 + lineOffset,
                        "unknown field '" + k.getValue() + "' (expected one of: " + String.join(", ", allowed) + ")");
            }
        }
    }

    public String string(String key) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            problem("missing field '" + key + "'");
            return "";
        }
        return value.get().scalar(key).orElse("");
    }

    @Nullable
    public String optionalString(String key) {
        return get(key).flatMap(v -> v.scalar(key)).orElse(null);
    }

    /** A scalar must be text, a number or a boolean, not a list or mapping. */
    public Optional<String> scalar(String key) {
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problem("'" + key + "' must be a single value");
        return Optional.empty();
    }

    @Nullable
    public Integer integer(String key, boolean required, int min, int max) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            if (required) {
                problem("missing field '" + key + "'");
            }
            return null;
        }
        Optional<String> text = value.get().scalar(key);
        if (text.isEmpty()) {
            return null;
        }
        try {
            int number = Integer.parseInt(text.get().trim());
            if (number < min || number > max) {
                value.get().problem("'" + key + "' is " + number + ", but must be between " + min + " and " + max);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            value.get().problem("'" + key + "' must be a whole number, not '" + text.get() + "'");
            return null;
        }
    }

    public boolean bool(String key, boolean defaultValue) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String text = value.get().scalar(key).orElse("");
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        value.get().problem("'" + key + "' must be true or false, not '" + text + "'");
        return defaultValue;
    }

    @Nullable
    public LocalDate date(String key, boolean required) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            if (required) {
                problem("missing field '" + key + "'");
            }
            return null;
        }
        String text = value.get().scalar(key).orElse("");
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            value.get().problem("'" + key + "' must be a date as YYYY-MM-DD, not '" + text + "'");
            return null;
        }
    }

    @Nullable
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, @Nullable E defaultValue) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            if (defaultValue == null) {
                problem("missing field '" + key + "'");
            }
            return defaultValue;
        }
        String text = value.get().scalar(key).orElse("");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        value.get().problem("'" + key + "' is '" + text + "', but must be one of: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return defaultValue;
    }

    /**
     * A localised text {@code {vi: ..., en: ...}}. Vietnamese is always required; English when {@code englishRequired}
     * (titles, names, summaries), otherwise optional.
     */
    public LocalizedText text(String key, boolean englishRequired) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            problem("missing field '" + key + "'");
            return new LocalizedText("", null);
        }
        YamlNode text = value.get();
        if (!text.isMap()) {
            text.problem("'" + key + "' must have a Vietnamese and an English text, as {vi: ..., en: ...}");
            return new LocalizedText("", null);
        }
        text.onlyKeys("vi", "en");
        String vi = text.optionalString("vi");
        String en = text.optionalString("en");
        if (vi == null || vi.isBlank()) {
            text.problem("'" + key + "' has no Vietnamese text (vi)");
        }
        if (englishRequired && (en == null || en.isBlank())) {
            text.problem("missing translation: '" + key + "' has no English text (en)");
        }
        return new LocalizedText(vi == null ? "" : vi.strip(), en == null || en.isBlank() ? null : en.strip());
    }

    public List<YamlNode> list(String key, boolean required) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            if (required) {
                problem("missing field '" + key + "'");
            }
            return List.of();
        }
        return value.get().items(key);
    }

    public List<YamlNode> items(String key) {
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> result = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                result.add(child(item));
            }
            return result;
        }
        if (node instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
            return List.of();
        }
        problem("'" + key + "' must be a list");
        return List.of();
    }

    public List<String> strings(String key, boolean required) {
        return list(key, required).stream().map(item -> item.scalar(key).orElse("")).toList();
    }

    private YamlNode child(Node child) {
        return new YamlNode(file, child, problems, lineOffset);
    }
}
