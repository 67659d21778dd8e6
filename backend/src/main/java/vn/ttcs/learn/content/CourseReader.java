package vn.ttcs.learn.content;

import vn.ttcs.learn.content.model.Assignment;
import vn.ttcs.learn.content.model.Course;
import vn.ttcs.learn.content.model.Definitions;
import vn.ttcs.learn.content.model.Drill;
import vn.ttcs.learn.content.model.Lesson;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.content.model.Question;
import vn.ttcs.learn.content.model.Quiz;
import vn.ttcs.learn.shared.LocalizedText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads one course folder: course.yaml, lessons/*.md, questions.yaml, quizzes/, drills/, assignments/. */
final class CourseReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_PERCENT = 100;

    private final ContentFiles files;
    private final ContentProblems problems;
    private final SourcePositions positions;

    CourseReader(ContentFiles files, ContentProblems problems, SourcePositions positions) {
        this.files = files;
        this.problems = problems;
        this.positions = positions;
    }

    Optional<Course> read(Path folder) {
        Path courseFile = folder.resolve("course.yaml");
        if (!java.nio.file.Files.exists(courseFile)) {
            problems.add(files.relative(folder) + "/course.yaml", 1, "the course folder has no course.yaml");
            return Optional.empty();
        }
        Optional<YamlNode> root = files.yaml(courseFile);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        YamlNode c = root.get();
        c.onlyKeys("code", "title", "summary", "track", "level", "language", "durationMinutes", "objectives",
                "competencies", "prerequisites", "sources", "modules", "certification");
        String code = c.string("code");
        String folderName = folder.getFileName().toString();
        if (!code.isEmpty() && !code.equals(folderName)) {
            c.get("code").orElse(c).problem("course code '" + code + "' must equal its folder name '" + folderName + "'");
        }
        List<Course.Module> modules = new ArrayList<>();
        Map<String, Integer> moduleIds = new HashMap<>();
        for (YamlNode m : c.list("modules", true)) {
            m.onlyKeys("id", "title", "lessons");
            String id = id(m, "module", moduleIds);
            modules.add(positions.at(new Course.Module(id, m.text("title", true), m.strings("lessons", true)), m));
        }
        Course.CertificationRule rule = c.get("certification").map(this::certification).orElse(null);
        List<LocalizedText> objectives = c.list("objectives", true).stream()
                .map(o -> FrameworkReader.asText(o, "objectives")).toList();
        Course course = new Course(code, c.text("title", true), c.text("summary", true),
                c.enumValue("track", Definitions.Track.class, null), c.enumValue("level", Level.class, null),
                language(c), positive(c, "durationMinutes"), objectives, listAt(c, "competencies"),
                c.strings("prerequisites", false), c.strings("sources", false), modules, rule,
                lessons(folder), questions(folder), each(folder.resolve("quizzes"), this::quiz),
                each(folder.resolve("drills"), this::drill), each(folder.resolve("assignments"), this::assignment));
        return Optional.of(positions.at(course, c));
    }

    private Course.CertificationRule certification(YamlNode n) {
        n.onlyKeys("requiredLessons", "finalQuiz", "requiredAssignments", "validityMonths", "recertificationQuiz");
        boolean all = n.get("requiredLessons").map(v -> v.isScalarValue("ALL")).orElse(true);
        List<String> listed = all ? List.of() : n.strings("requiredLessons", false);
        Integer months = n.integer("validityMonths", true, 1, 120);
        return positions.at(new Course.CertificationRule(all, listed, n.string("finalQuiz"),
                n.strings("requiredAssignments", false), months == null ? 0 : months,
                n.optionalString("recertificationQuiz")), n);
    }

    private List<Lesson> lessons(Path folder) {
        List<Lesson> lessons = new ArrayList<>();
        for (Path file : files.list(folder.resolve("lessons"), ".md")) {
            String name = file.getFileName().toString().replaceFirst("\\.md$", "");
            files.text(file).flatMap(text -> lesson(files.relative(file), name, text)).ifPresent(lessons::add);
        }
        return lessons;
    }

    private Optional<Lesson> lesson(String file, String fileId, String text) {
        FrontMatter.Split split = FrontMatter.split(file, text, problems);
        if (split == null) {
            return Optional.empty();
        }
        Optional<YamlNode> parsed = YamlNode.parse(file, split.yaml(), problems, 1);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlNode n = parsed.get();
        n.onlyKeys("id", "title", "durationMinutes", "competencies", "required");
        String id = n.string("id");
        if (!id.isEmpty() && !id.equals(fileId)) {
            n.get("id").orElse(n).problem("lesson id '" + id + "' must equal its file name '" + fileId + ".md'");
        }
        if (split.body().isBlank()) {
            problems.add(file, split.bodyLine(), "the lesson has no text below its front matter");
        }
        return Optional.of(positions.at(new Lesson(id, n.text("title", true), positive(n, "durationMinutes"),
                listAt(n, "competencies"), n.bool("required", true), split.body(), file, split.bodyLine()), n));
    }

    private List<Question> questions(Path folder) {
        Path file = folder.resolve("questions.yaml");
        if (!java.nio.file.Files.exists(file)) {
            return List.of();
        }
        Optional<YamlNode> root = files.yaml(file);
        if (root.isEmpty()) {
            return List.of();
        }
        root.get().onlyKeys("questions");
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (YamlNode q : root.get().list("questions", true)) {
            q.onlyKeys("id", "type", "competency", "level", "text", "options", "answer", "explanation");
            String id = id(q, "question", ids);
            Definitions.QuestionType type = q.enumValue("type", Definitions.QuestionType.class, null);
            List<Question.Option> options = new ArrayList<>();
            Map<String, Integer> optionIds = new HashMap<>();
            for (YamlNode o : q.list("options", type != Definitions.QuestionType.TRUE_FALSE)) {
                o.onlyKeys("id", "text", "correct");
                options.add(positions.at(new Question.Option(id(o, "option", optionIds), o.text("text", false),
                        o.bool("correct", false)), o));
            }
            Boolean answer = q.get("answer").isPresent() ? q.bool("answer", false) : null;
            questions.add(positions.at(new Question(id, type, q.string("competency"),
                    q.enumValue("level", Level.class, null), q.text("text", false), options, answer,
                    q.text("explanation", false)), q));
        }
        return questions;
    }

    private Quiz quiz(YamlNode n) {
        n.onlyKeys("id", "title", "kind", "passMark", "timeLimitMinutes", "maxAttempts", "draw");
        List<Quiz.Draw> draws = new ArrayList<>();
        for (YamlNode d : n.list("draw", true)) {
            d.onlyKeys("competency", "count", "level");
            Integer count = d.integer("count", true, 1, 500);
            draws.add(positions.at(new Quiz.Draw(d.string("competency"), count == null ? 0 : count, levelOrNull(d)), d));
        }
        return new Quiz(n.string("id"), n.text("title", true), n.enumValue("kind", Definitions.QuizKind.class, null),
                percent(n, "passMark"), n.integer("timeLimitMinutes", false, 1, 600),
                n.integer("maxAttempts", false, 1, 100), draws);
    }

    private static Level levelOrNull(YamlNode d) {
        return d.get("level").isPresent() ? d.enumValue("level", Level.class, null) : null;
    }

    private Drill drill(YamlNode n) {
        n.onlyKeys("id", "title", "competencies", "level", "passMark", "start", "steps");
        List<Drill.Step> steps = new ArrayList<>();
        Map<String, Integer> stepIds = new HashMap<>();
        for (YamlNode s : n.list("steps", true)) {
            s.onlyKeys("id", "situation", "options");
            String stepId = id(s, "step", stepIds);
            List<Drill.Choice> choices = new ArrayList<>();
            Map<String, Integer> choiceIds = new HashMap<>();
            for (YamlNode o : s.list("options", false)) {
                o.onlyKeys("id", "text", "points", "feedback", "next");
                Integer points = o.integer("points", true, 0, 3);
                LocalizedText feedback = o.get("feedback").isPresent() ? o.text("feedback", false) : null;
                choices.add(positions.at(new Drill.Choice(id(o, "option", choiceIds), o.text("text", false),
                        points == null ? 0 : points, feedback, o.optionalString("next")), o));
            }
            steps.add(positions.at(new Drill.Step(stepId, s.text("situation", false), choices), s));
        }
        return new Drill(n.string("id"), n.text("title", true), listAt(n, "competencies"),
                n.enumValue("level", Level.class, null), percent(n, "passMark"), n.string("start"), steps);
    }

    private Assignment assignment(YamlNode n) {
        n.onlyKeys("id", "title", "competencies", "level", "brief", "submission", "passMark", "rubric");
        List<Assignment.Criterion> rubric = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (YamlNode r : n.list("rubric", true)) {
            r.onlyKeys("id", "criterion", "maxPoints", "guidance");
            Integer max = r.integer("maxPoints", true, 1, 1000);
            rubric.add(positions.at(new Assignment.Criterion(id(r, "criterion", ids), r.text("criterion", true),
                    max == null ? 0 : max, r.get("guidance").isPresent() ? r.text("guidance", false) : null), r));
        }
        return new Assignment(n.string("id"), n.text("title", true), listAt(n, "competencies"),
                n.enumValue("level", Level.class, null), n.text("brief", false),
                n.enumValue("submission", Definitions.SubmissionKind.class, Definitions.SubmissionKind.TEXT_OR_FILE),
                percent(n, "passMark"), rubric);
    }

    /** Reads every YAML file of a folder; the id inside must equal the file name. */
    private <T> List<T> each(Path folder, Function<YamlNode, T> reader) {
        List<T> items = new ArrayList<>();
        for (Path file : files.list(folder, ".yaml")) {
            String fileId = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            files.yaml(file).ifPresent(node -> {
                T item = reader.apply(node);
                String id = node.optionalString("id");
                if (id != null && !id.equals(fileId)) {
                    node.get("id").orElse(node).problem("id '" + id + "' must equal its file name '" + fileId + ".yaml'");
                }
                items.add(positions.at(item, node));
            });
        }
        return items;
    }

    /** A list of codes, remembered at the line of its field, so that a wrong code is reported there. */
    private List<String> listAt(YamlNode node, String key) {
        List<String> values = new ArrayList<>(node.strings(key, true));
        node.get(key).ifPresent(field -> positions.at(values, field));
        return values;
    }

    private static String id(YamlNode node, String what, Map<String, Integer> seen) {
        String id = node.string("id");
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            node.problem(what + " id '" + id + "' must be lower-case ASCII words joined by '-'");
        }
        Integer first = seen.putIfAbsent(id, node.line());
        if (first != null && !id.isEmpty()) {
            node.problem("duplicate " + what + " id '" + id + "' (first defined at line " + first + ")");
        }
        return id;
    }

    private static int percent(YamlNode n, String key) {
        Integer value = n.integer(key, true, 0, MAX_PERCENT);
        return value == null ? 0 : value;
    }

    private static int positive(YamlNode n, String key) {
        Integer value = n.integer(key, true, 1, 100_000);
        return value == null ? 0 : value;
    }

    private static String language(YamlNode c) {
        String language = c.string("language");
        if (!language.isEmpty() && !language.equals("vi") && !language.equals("en")) {
            c.get("language").orElse(c).problem("'language' must be vi or en, not '" + language + "'");
        }
        return language;
    }
}
