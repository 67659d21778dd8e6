package vn.ttcs.learn.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.time.LocalDate;

@Serdeable
public record UnitView(String code, UnitKind kind, LocalizedText name, UnitStatus status, @Nullable String mergedInto,
                       @Nullable LocalDate mergedOn, boolean supervising, @Nullable Integer target) {

    static UnitView of(Unit unit) {
        return new UnitView(unit.code(), unit.kind(), new LocalizedText(unit.nameVi(), unit.nameEn()), unit.status(),
                unit.mergedInto(), unit.mergedOn(), unit.supervising(), unit.target());
    }
}
