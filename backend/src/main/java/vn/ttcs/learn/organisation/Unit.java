package vn.ttcs.learn.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

@MappedEntity("unit")
public record Unit(
        @Id String code,
        UnitKind kind,
        String nameVi,
        String nameEn,
        UnitStatus status,
        @Nullable String mergedInto,
        @Nullable LocalDate mergedOn,
        boolean supervising,
        @Nullable Integer target,
        @Nullable Integer registryTarget) {

    public boolean isActive() {
        return status == UnitStatus.ACTIVE;
    }

    Unit withTarget(@Nullable Integer newTarget) {
        return new Unit(code, kind, nameVi, nameEn, status, mergedInto, mergedOn, supervising, newTarget, registryTarget);
    }
}
