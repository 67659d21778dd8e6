package vn.ttcs.learn.reporting;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * The units a report covers: every active unit (national), one unit, or none (a manager whose unit has been
 * merged). {@link #unitCodes()} is what queries filter people on: null for the whole country.
 */
record ReportScope(List<ReportingUnit> units, boolean national) {

    @Nullable
    List<String> unitCodes() {
        return national ? null : units.stream().flatMap(u -> u.codes().stream()).toList();
    }

    boolean isEmpty() {
        return units.isEmpty();
    }

    @Nullable
    ReportingUnit single() {
        return !national && units.size() == 1 ? units.get(0) : null;
    }
}
