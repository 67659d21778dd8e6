package vn.ttcs.learn.content;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON Schemas in {@code content/schemas/} describe the shipped curriculum: every structured file of the
 * {@code content/} folder validates against its schema with no error, and each schema really rejects a typical
 * authoring mistake. (Cross-file checks and {@code file:line} reports remain the job of {@code content validate}.)
 */
class ContentSchemaTest {

    private static final Path CONTENT = Path.of("..", "content").toAbsolutePath().normalize();
    private static final Path SCHEMAS = CONTENT.resolve("schemas");
    private static final String BASE_ID = "https://ttcs-learn.example/schemas/";
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final String UNITS = "units.schema.json";
    private static final String FRAMEWORK = "framework.schema.json";
    private static final String COURSE = "course.schema.json";
    private static final String LESSON = "lesson-front-matter.schema.json";
    private static final String QUESTIONS = "questions.schema.json";
    private static final String QUIZ = "quiz.schema.json";
    private static final String DRILL = "drill.schema.json";
    private static final String ASSIGNMENT = "assignment.schema.json";
    private static final List<String> ALL = List.of(UNITS, FRAMEWORK, COURSE, LESSON, QUESTIONS, QUIZ, DRILL,
            ASSIGNMENT);

    /** Which schema describes a file, by its path relative to the content folder. */
    private static final Map<Pattern, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put(Pattern.compile("organisation/units\\.yaml"), UNITS);
        FILES.put(Pattern.compile("competencies/framework\\.yaml"), FRAMEWORK);
        FILES.put(Pattern.compile("courses/[^/]+/course\\.yaml"), COURSE);
        FILES.put(Pattern.compile("courses/[^/]+/lessons/[^/]+\\.md"), LESSON);
        FILES.put(Pattern.compile("courses/[^/]+/questions\\.yaml"), QUESTIONS);
        FILES.put(Pattern.compile("courses/[^/]+/quizzes/[^/]+\\.yaml"), QUIZ);
        FILES.put(Pattern.compile("courses/[^/]+/drills/[^/]+\\.yaml"), DRILL);
        FILES.put(Pattern.compile("courses/[^/]+/assignments/[^/]+\\.yaml"), ASSIGNMENT);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    private static SchemaRegistry registry;
    private static final Map<String, JsonNode> schemaNodes = new LinkedHashMap<>();
    private static final Map<String, Schema> schemas = new LinkedHashMap<>();

    @BeforeAll
    static void loadSchemas() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH)
                .locale(Locale.ENGLISH)
                .build();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        for (String name : ALL) {
            JsonNode node = JSON.readTree(read(SCHEMAS.resolve(name)));
            schemaNodes.put(name, node);
            schemas.put(name, registry.getSchema(node));
        }
    }

    // ------------------------------------------------------------------------------------ the schemas themselves

    @Test
    void theSchemaFolderHoldsExactlyTheEightSchemas() throws IOException {
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(ALL.stream().sorted().toList());
        }
    }

    @Test
    void everySchemaIsAValidDraft2020_12SchemaWithItsOwnId() {
        Schema metaSchema = registry.getSchema(SchemaLocation.of(DIALECT));
        schemaNodes.forEach((name, node) -> {
            assertThat(node.path("$schema").asString()).as(name + " $schema").isEqualTo(DIALECT);
            assertThat(node.path("$id").asString()).as(name + " $id").isEqualTo(BASE_ID + name);
            assertThat(describe(metaSchema.validate(node))).as(name + " against the 2020-12 meta-schema").isEmpty();
        });
    }

    /** Editors (yaml-language-server) show title and description as help; a property without them shows nothing. */
    @Test
    void everyPropertyHasATitleAndADescription() {
        List<String> undocumented = new ArrayList<>();
        schemaNodes.forEach((name, node) -> {
            assertThat(node.path("title").asString()).as(name + " title").isNotBlank();
            assertThat(node.path("description").asString()).as(name + " description").isNotBlank();
            collectUndocumented(name, "", node, undocumented);
        });
        assertThat(undocumented).as("properties without title or description").isEmpty();
    }

    private static void collectUndocumented(String schema, String pointer, JsonNode node, List<String> out) {
        if (node.isObject()) {
            if ("object".equals(node.path("type").asString("")) && node.path("properties").isObject()) {
                for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
                    JsonNode value = property.getValue();
                    if (value.path("title").asString("").isBlank() || value.path("description").asString("").isBlank()) {
                        out.add(schema + "#" + pointer + "/properties/" + property.getKey());
                    }
                }
            }
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                collectUndocumented(schema, pointer + "/" + child.getKey(), child.getValue(), out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUndocumented(schema, pointer + "/" + i, node.get(i), out);
            }
        }
    }

    // ----------------------------------------------------------------------------------------- the shipped files

    @Test
    void everyShippedStructuredFileFollowsItsSchema() throws IOException {
        Map<String, String> files = structuredFiles();
        Map<String, Integer> perSchema = new TreeMap<>();
        files.values().forEach(schema -> perSchema.merge(schema, 1, Integer::sum));
        assertThat(perSchema).as("files found per schema").containsOnlyKeys(ALL);
        assertThat(perSchema.get(UNITS)).isEqualTo(1);
        assertThat(perSchema.get(FRAMEWORK)).isEqualTo(1);

        Map<String, List<String>> failures = new TreeMap<>();
        files.forEach((file, schema) -> {
            List<String> errors = describe(schemas.get(schema).validate(load(file)));
            if (!errors.isEmpty()) {
                failures.put(file + " (" + schema + ")", errors);
            }
        });
        assertThat(failures).as(() -> "content files that do not follow their schema:\n" + report(failures)).isEmpty();
    }

    /** Every YAML file (and every lesson) of the content folder is covered by a schema: none escapes the check. */
    private static Map<String, String> structuredFiles() throws IOException {
        Map<String, String> files = new TreeMap<>();
        List<String> uncovered = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(CONTENT)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                String file = CONTENT.relativize(path).toString().replace('\\', '/');
                String schema = FILES.entrySet().stream().filter(e -> e.getKey().matcher(file).matches())
                        .map(Map.Entry::getValue).findFirst().orElse(null);
                if (schema != null) {
                    files.put(file, schema);
                } else if (file.endsWith(".yaml") || file.endsWith(".yml")) {
                    uncovered.add(file);
                }
            }
        }
        assertThat(uncovered).as("YAML files that no schema describes").isEmpty();
        return files;
    }

    // ---------------------------------------------------------------- each schema rejects what the reader rejects

    @Test
    void unitsRejectAMalformedOrImpossibleDateAndAnActiveUnitWithAMergeDate() {
        String units = read(CONTENT.resolve("organisation/units.yaml"));
        assertThat(errors(UNITS, edit(units, "mergedOn: 2025-03-01", "mergedOn: 1 March 2025")))
                .anyMatch(e -> e.contains(".mergedOn [pattern]"));
        assertThat(errors(UNITS, edit(units, "mergedOn: 2025-03-01", "mergedOn: 2025-02-30")))
                .anyMatch(e -> e.contains(".mergedOn [format]"));
        assertThat(errors(UNITS, edit(units, "    target: 15\n", "    target: 15\n    mergedOn: 2025-07-01\n")))
                .anyMatch(e -> e.startsWith("$.units[0].mergedOn "));
    }

    @Test
    void unitsRejectASecondSupervisingMinistryAndAnUnknownKind() {
        String units = read(CONTENT.resolve("organisation/units.yaml"));
        assertThat(errors(UNITS, edit(units, "    target: 15\n", "    target: 15\n    supervising: true\n")))
                .anyMatch(e -> e.startsWith("$.units [maxContains]"));
        assertThat(errors(UNITS, edit(units, "kind: MINISTRY", "kind: DEPARTMENT")))
                .anyMatch(e -> e.startsWith("$.units[0].kind [enum]"));
    }

    @Test
    void theFrameworkRejectsALowerCaseCodeAndAMissingLevelOfIndicators() {
        String framework = read(CONTENT.resolve("competencies/framework.yaml"));
        assertThat(errors(FRAMEWORK, edit(framework, "  - code: LEGAL\n", "  - code: legal\n")))
                .anyMatch(e -> e.startsWith("$.standards[0].code [pattern]"));
        assertThat(errors(FRAMEWORK, edit(framework, "      ADVANCED:\n", "      EXPERT:\n")))
                .anyMatch(e -> e.startsWith("$.standards[0].indicators [required]"))
                .anyMatch(e -> e.startsWith("$.standards[0].indicators [additionalProperties]"));
    }

    @Test
    void aCourseRejectsAnUnknownKeyAnEnglishlessTitleAndATooLongValidity() {
        String course = read(CONTENT.resolve("courses/bao-chi-phat-ngon/course.yaml"));
        assertThat(errors(COURSE, course + "teacher: Nguyen Van A\n"))
                .anyMatch(e -> e.startsWith("$ [additionalProperties]") && e.contains("teacher"));
        assertThat(errors(COURSE, edit(course, "  en: Press relations and spokesperson work\n", "")))
                .anyMatch(e -> e.startsWith("$.title [required]") && e.contains("en"));
        assertThat(errors(COURSE, edit(course, "validityMonths: 24", "validityMonths: 240")))
                .anyMatch(e -> e.startsWith("$.certification.validityMonths [maximum]"));
    }

    @Test
    void aLessonFrontMatterRejectsZeroMinutesAndAnUnknownField() {
        String lesson = frontMatter(read(CONTENT.resolve("courses/bao-chi-phat-ngon/lessons/l01-nguoi-phat-ngon.md")));
        assertThat(errors(LESSON, lesson)).isEmpty();
        assertThat(errors(LESSON, edit(lesson, "durationMinutes: 25", "durationMinutes: 0")))
                .anyMatch(e -> e.startsWith("$.durationMinutes [minimum]"));
        assertThat(errors(LESSON, lesson + "author: someone\n"))
                .anyMatch(e -> e.startsWith("$ [additionalProperties]") && e.contains("author"));
    }

    @Test
    void theQuestionBankRejectsAQuestionWithoutCompetencyAndWrongOptionsForItsType() {
        String bank = read(CONTENT.resolve("courses/bao-chi-phat-ngon/questions.yaml"));
        assertThat(errors(QUESTIONS, edit(bank, "  competency: LEGAL\n", "")))
                .anyMatch(e -> e.startsWith("$.questions[0] [required]") && e.contains("competency"));
        // q01 is SINGLE_CHOICE with option c correct: marking option a correct as well makes two.
        String optionA = "      en: A deputy department director authorised in writing by the Chair to speak on one matter\n";
        assertThat(errors(QUESTIONS, edit(bank, optionA, optionA + "    correct: true\n")))
                .anyMatch(e -> e.startsWith("$.questions[0].options [maxContains]"));
        String trueFalseWithOptions = """
                questions:
                  - id: q1
                    type: TRUE_FALSE
                    competency: PRESS
                    level: FOUNDATION
                    text: {vi: Câu hỏi}
                    options:
                      - {id: a, text: {vi: Đúng}}
                    explanation: {vi: Vì sao}
                """;
        assertThat(errors(QUESTIONS, trueFalseWithOptions))
                .anyMatch(e -> e.startsWith("$.questions[0] [required]") && e.contains("answer"))
                .anyMatch(e -> e.startsWith("$.questions[0].options [maxItems]"));
    }

    @Test
    void aQuizRejectsAPassMarkAbove100AnEmptyDrawAndAnUnknownKind() {
        String quiz = read(CONTENT.resolve("courses/bao-chi-phat-ngon/quizzes/final.yaml"));
        assertThat(errors(QUIZ, edit(quiz, "passMark: 70", "passMark: 170")))
                .anyMatch(e -> e.startsWith("$.passMark [maximum]"));
        assertThat(errors(QUIZ, edit(quiz, "{competency: PRESS, count: 7}", "{competency: PRESS, count: 0}")))
                .anyMatch(e -> e.startsWith("$.draw[0].count [minimum]"));
        assertThat(errors(QUIZ, edit(quiz, "kind: FINAL", "kind: EXAM")))
                .anyMatch(e -> e.startsWith("$.kind [enum]"));
    }

    @Test
    void aDrillRejectsFivePointsAndAnOptionLeadingNowhere() {
        String drill = read(CONTENT.resolve("courses/bao-chi-phat-ngon/drills/hoi-dap-truoc-han-chot.yaml"));
        assertThat(errors(DRILL, edit(drill, "points: 0", "points: 5")))
                .anyMatch(e -> e.startsWith("$.steps[0].options[0].points [maximum]"));
        assertThat(errors(DRILL, edit(drill, "        next: s2\n", "")))
                .anyMatch(e -> e.startsWith("$.steps[0].options[0] [required]") && e.contains("next"));
    }

    @Test
    void anAssignmentRejectsAnUnknownSubmissionKindAndAPassMarkInWords() {
        String assignment = read(CONTENT.resolve("courses/bao-chi-phat-ngon/assignments/thong-cao.yaml"));
        assertThat(errors(ASSIGNMENT, edit(assignment, "submission: TEXT_OR_FILE", "submission: EMAIL")))
                .anyMatch(e -> e.startsWith("$.submission [enum]"));
        assertThat(errors(ASSIGNMENT, edit(assignment, "passMark: 60", "passMark: sixty")))
                .anyMatch(e -> e.startsWith("$.passMark [type]"));
    }

    // ----------------------------------------------------------------------------------------------- helpers

    /** Replaces the first occurrence of {@code from}; fails when it is not there, so an edit never silently misses. */
    private static String edit(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("'" + from + "' occurs in the file being edited").isNotNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static List<String> errors(String schema, String yaml) {
        return describe(schemas.get(schema).validate(yaml(yaml)));
    }

    private static List<String> describe(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + " [" + e.getKeyword() + "] " + e.getMessage()).toList();
    }

    private static String report(Map<String, List<String>> failures) {
        StringBuilder text = new StringBuilder();
        failures.forEach((file, errors) -> {
            text.append(file).append('\n');
            errors.forEach(e -> text.append("  ").append(e).append('\n'));
        });
        return text.toString();
    }

    private static JsonNode load(String file) {
        String text = read(CONTENT.resolve(file));
        return yaml(file.endsWith(".md") ? frontMatter(text) : text);
    }

    /** The YAML between the first two '---' lines of a lesson (as {@link FrontMatter} splits it). */
    private static String frontMatter(String markdown) {
        List<String> lines = markdown.replace("\r\n", "\n").lines().toList();
        assertThat(lines).as("a lesson starts with a '---' line").isNotEmpty().first().isEqualTo("---");
        int end = lines.subList(1, lines.size()).indexOf("---");
        assertThat(end).as("a lesson's front matter ends with a '---' line").isNotNegative();
        return String.join("\n", lines.subList(1, end + 1)) + "\n";
    }

    private static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses YAML as the content readers do (SnakeYAML, no duplicate keys) into a JSON tree. Scalars keep their
     * YAML 1.2 meaning: plain integers and true/false become numbers and booleans; everything else, dates
     * included, stays text (SnakeYAML alone would turn 2025-07-01 into a java.util.Date).
     */
    private static JsonNode yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Node root = new Yaml(options).compose(new StringReader(text));
        return root == null ? NODES.nullNode() : json(root);
    }

    private static JsonNode json(Node node) {
        if (node instanceof MappingNode mapping) {
            ObjectNode object = NODES.objectNode();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : tuple.getKeyNode().toString();
                object.set(key, json(tuple.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = NODES.arrayNode();
            sequence.getValue().forEach(item -> array.add(json(item)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        Tag tag = scalar.getTag();
        if (Tag.INT.equals(tag) && INTEGER.matcher(value).matches()) {
            return NODES.numberNode(new BigInteger(value.startsWith("+") ? value.substring(1) : value));
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return NODES.numberNode(new java.math.BigDecimal(value));
            } catch (NumberFormatException e) {
                return NODES.stringNode(value);
            }
        }
        if (Tag.BOOL.equals(tag) && (value.equals("true") || value.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(value));
        }
        if (Tag.NULL.equals(tag)) {
            return NODES.nullNode();
        }
        return NODES.stringNode(value);
    }
}
