package vn.ttcs.learn.reporting;

import vn.ttcs.learn.organisation.Unit;

import java.util.ArrayList;
import java.util.List;

/** An active unit as reports count it: with the merged units whose people now count toward it. */
record ReportingUnit(Unit unit, List<Unit> merged) {

    String code() {
        return unit.code();
    }

    /** The unit's own code and those of the units merged into it: where its people may be recorded. */
    List<String> codes() {
        List<String> codes = new ArrayList<>(merged.size() + 1);
        codes.add(unit.code());
        merged.forEach(m -> codes.add(m.code()));
        return codes;
    }

    List<String> mergedCodes() {
        return merged.stream().map(Unit::code).toList();
    }
}
