package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.organisation.UnitKind;
import vn.ttcs.learn.organisation.UnitRepository;
import vn.ttcs.learn.web.ProblemException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which units a reader's reports cover. Reviewers and administrators: every active unit, or the one they ask for.
 * Unit managers: their own unit only; any other unit does not exist for them (404), as for certificates.
 */
@Singleton
class ReportingUnits {

    private final UnitRepository units;

    ReportingUnits(UnitRepository units) {
        this.units = units;
    }

    /**
     * @param unitCode the unit asked for, or null for everything the reader may see
     */
    ReportScope scopeFor(CurrentUser reader, @Nullable String unitCode) {
        Map<String, ReportingUnit> active = activeUnits();
        if (seesAllUnits(reader)) {
            if (unitCode == null || unitCode.isBlank()) {
                return new ReportScope(List.copyOf(active.values()), true);
            }
            return new ReportScope(List.of(activeOrNotFound(active, unitCode)), false);
        }
        String own = reader.unitCode();
        if (unitCode != null && !unitCode.isBlank() && !unitCode.equals(own)) {
            throw notFound(unitCode);
        }
        ReportingUnit mine = active.get(own);
        return new ReportScope(mine == null ? List.of() : List.of(mine), false);
    }

    /** For the pages about one unit (its trainees, its summary): the unit, if the reader may see it. */
    ReportingUnit unitFor(CurrentUser reader, String unitCode) {
        ReportScope scope = scopeFor(reader, unitCode);
        if (scope.isEmpty()) {
            throw notFound(unitCode);
        }
        return scope.units().get(0);
    }

    /**
     * For a total by kind of unit (the totals table): the reader's units of that kind, null for all of them, named
     * one by one so that the people counted are those of the table's rows. A unit manager's total is its own unit's;
     * a kind with none of the reader's units is not found, as it has no row in their table.
     */
    ReportScope unitsOfKind(CurrentUser reader, @Nullable UnitKind kind) {
        List<ReportingUnit> units = scopeFor(reader, null).units().stream()
                .filter(unit -> kind == null || unit.unit().kind() == kind).toList();
        if (units.isEmpty()) {
            throw ProblemException.notFound((kind == null ? "Units" : "Units of kind " + kind)
                    + " (among the active units you may report on)");
        }
        return new ReportScope(units, false);
    }

    /** Active units in registry order (kind, code), each with the merged units that count toward it. */
    Map<String, ReportingUnit> activeUnits() {
        List<Unit> all = units.listOrderByKindAscAndCodeAsc();
        Map<String, List<Unit>> mergedInto = new LinkedHashMap<>();
        for (Unit unit : all) {
            if (!unit.isActive() && unit.mergedInto() != null) {
                mergedInto.computeIfAbsent(unit.mergedInto(), code -> new ArrayList<>()).add(unit);
            }
        }
        Map<String, ReportingUnit> active = new LinkedHashMap<>();
        for (Unit unit : all) {
            if (unit.isActive()) {
                active.put(unit.code(), new ReportingUnit(unit, List.copyOf(mergedInto.getOrDefault(unit.code(),
                        List.of()))));
            }
        }
        return active;
    }

    private static ReportingUnit activeOrNotFound(Map<String, ReportingUnit> active, String unitCode) {
        ReportingUnit unit = active.get(unitCode);
        if (unit == null) {
            throw notFound(unitCode);
        }
        return unit;
    }

    static boolean seesAllUnits(CurrentUser reader) {
        return reader.isAdmin() || reader.has(Role.REVIEWER);
    }

    private static ProblemException notFound(String unitCode) {
        return ProblemException.notFound("Unit " + unitCode + " (among the active units you may report on)");
    }
}
