package vn.ttcs.learn.content;

import vn.ttcs.learn.content.model.CompetencyStandard;
import vn.ttcs.learn.content.model.Definitions;
import vn.ttcs.learn.content.model.Framework;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads {@code competencies/framework.yaml}. */
final class FrameworkReader {

    static final String PATH = "competencies/framework.yaml";
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private FrameworkReader() {
    }

    static Framework read(YamlNode root, SourcePositions positions) {
        root.onlyKeys("name", "version", "description", "sources", "directive07Tasks", "mapping", "levels", "standards");
        LocalizedText name = root.text("name", true);
        List<Framework.LevelDescription> levels = new ArrayList<>();
        for (YamlNode node : root.list("levels", true)) {
            node.onlyKeys("code", "name", "description");
            levels.add(positions.at(new Framework.LevelDescription(node.enumValue("code", Level.class, null),
                    node.text("name", true), node.text("description", false)), node));
        }
        for (Level level : Level.values()) {
            if (levels.stream().noneMatch(l -> l.code() == level)) {
                root.problem("the framework does not describe level " + level);
            }
        }
        List<CompetencyStandard> standards = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlNode node : root.list("standards", true)) {
            node.onlyKeys("code", "name", "description", "gcsStage", "gcsDiscipline", "mciFunction",
                    "directive07Tasks", "indicators");
            String code = node.string("code");
            if (!code.isEmpty() && !CODE.matcher(code).matches()) {
                node.problem("competency code '" + code + "' must be upper-case letters, digits and '_'");
            }
            Integer first = seen.putIfAbsent(code, node.line());
            if (first != null) {
                node.problem("duplicate competency code '" + code + "' (first defined at line " + first + ")");
            }
            Map<Level, List<LocalizedText>> indicators = new EnumMap<>(Level.class);
            YamlNode indicatorNode = node.get("indicators").orElse(null);
            if (indicatorNode == null) {
                node.problem("missing field 'indicators'");
            } else {
                indicatorNode.onlyKeys("FOUNDATION", "PRACTITIONER", "ADVANCED");
                for (Level level : Level.values()) {
                    List<LocalizedText> texts = new ArrayList<>();
                    for (YamlNode item : indicatorNode.list(level.name(), true)) {
                        texts.add(asText(item, level.name()));
                    }
                    if (texts.isEmpty()) {
                        indicatorNode.problem("standard '" + code + "' has no indicator for level " + level);
                    }
                    indicators.put(level, texts);
                }
            }
            standards.add(positions.at(new CompetencyStandard(code, node.text("name", true),
                    node.text("description", false), node.enumValue("gcsStage", Definitions.GcsStage.class, null),
                    node.text("gcsDiscipline", true), node.enumValue("mciFunction", Definitions.MciFunction.class, null),
                    node.strings("directive07Tasks", true), indicators), node));
        }
        if (standards.isEmpty()) {
            root.problem("the framework has no standards");
        }
        return new Framework(name, levels, standards);
    }

    /** A list item that is itself a localised text {vi, en}. */
    static LocalizedText asText(YamlNode item, String what) {
        if (!item.isMap()) {
            item.problem("each entry of '" + what + "' must be {vi: ..., en: ...}");
            return new LocalizedText("", null);
        }
        item.onlyKeys("vi", "en");
        String vi = item.optionalString("vi");
        if (vi == null || vi.isBlank()) {
            item.problem("an entry of '" + what + "' has no Vietnamese text (vi)");
        }
        return new LocalizedText(vi == null ? "" : vi.strip(), item.optionalString("en"));
    }
}
