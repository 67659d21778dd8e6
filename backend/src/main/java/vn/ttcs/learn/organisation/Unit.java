package vn.ttcs.learn.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import vn.ttcs.learn.shared.SearchText;

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

    /** A search in either language that ignores case and diacritics ("ha noi" finds "Hà Nội"), or by code. */
    public boolean matches(@Nullable String query) {
        return query == null || query.isBlank() || SearchText.matches(nameVi, query) || SearchText.matches(nameEn, query)
                || code.contains(SearchText.fold(query.strip()));
    }

    Unit withTarget(@Nullable Integer newTarget) {
        return new Unit(code, kind, nameVi, nameEn, status, mergedInto, mergedOn, supervising, newTarget, registryTarget);
    }
}
