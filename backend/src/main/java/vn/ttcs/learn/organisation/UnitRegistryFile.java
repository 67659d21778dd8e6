package vn.ttcs.learn.organisation;

import vn.ttcs.learn.content.ContentProblems;
import vn.ttcs.learn.content.YamlNode;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code organisation/units.yaml}: the registry of units as data, so that a reorganisation is an edit to a
 * file. Every problem is recorded with its line; nothing is returned as valid while any remains.
 */
public final class UnitRegistryFile {

    public static final String PATH = "organisation/units.yaml";
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private UnitRegistryFile() {
    }

    public static List<Unit> read(String text, ContentProblems problems) {
        var root = YamlNode.parse(PATH, text, problems, 0);
        if (root.isEmpty()) {
            return List.of();
        }
        root.get().onlyKeys("units");
        List<Unit> units = new ArrayList<>();
        Map<String, YamlNode> nodesByCode = new HashMap<>();
        for (YamlNode node : root.get().list("units", true)) {
            node.onlyKeys("code", "kind", "name", "status", "mergedInto", "mergedOn", "supervising", "target");
            String code = node.string("code");
            if (!code.isEmpty() && !CODE.matcher(code).matches()) {
                node.problem("unit code '" + code + "' must be lower-case ASCII words joined by '-'");
            }
            if (nodesByCode.containsKey(code)) {
                node.problem("duplicate unit code '" + code + "' (first defined at line "
                        + nodesByCode.get(code).line() + ")");
                continue;
            }
            nodesByCode.put(code, node);
            UnitKind kind = node.enumValue("kind", UnitKind.class, null);
            LocalizedText name = node.text("name", true);
            UnitStatus status = node.enumValue("status", UnitStatus.class, UnitStatus.ACTIVE);
            String mergedInto = node.optionalString("mergedInto");
            LocalDate mergedOn = node.date("mergedOn", status == UnitStatus.MERGED);
            if (status == UnitStatus.MERGED && mergedInto == null) {
                node.problem("merged unit '" + code + "' must say which unit it was merged into (mergedInto)");
            }
            if (status == UnitStatus.ACTIVE && (mergedInto != null || mergedOn != null)) {
                node.problem("unit '" + code + "' is ACTIVE but has mergedInto/mergedOn; set status: MERGED");
            }
            boolean supervising = node.bool("supervising", false);
            Integer target = node.integer("target", false, 0, 100_000);
            units.add(new Unit(code, kind, name.vi(), name.en() == null ? "" : name.en(), status, mergedInto, mergedOn,
                    supervising, target, target));
        }
        checkReferences(units, nodesByCode);
        return units;
    }

    private static void checkReferences(List<Unit> units, Map<String, YamlNode> nodesByCode) {
        Map<String, Unit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        for (Unit unit : units) {
            if (unit.mergedInto() != null) {
                Unit successor = byCode.get(unit.mergedInto());
                if (successor == null) {
                    nodesByCode.get(unit.code()).problem("unit '" + unit.code() + "' is merged into '"
                            + unit.mergedInto() + "', which is not in the registry");
                } else if (!successor.isActive()) {
                    nodesByCode.get(unit.code()).problem("unit '" + unit.code() + "' is merged into '"
                            + unit.mergedInto() + "', which is itself merged; name the unit in force");
                }
            }
        }
        List<Unit> supervising = units.stream().filter(Unit::supervising).toList();
        if (supervising.size() > 1) {
            for (Unit extra : supervising.subList(1, supervising.size())) {
                nodesByCode.get(extra.code()).problem("only one unit can be the supervising ministry; '"
                        + supervising.get(0).code() + "' already is");
            }
        }
        for (Unit unit : supervising) {
            if (!unit.isActive()) {
                nodesByCode.get(unit.code()).problem("the supervising unit must be ACTIVE");
            }
        }
    }
}
