package vn.ttcs.learn.organisation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import vn.ttcs.learn.audit.AuditLog;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.web.ProblemException;

import java.util.List;

@Controller("/api/units")
@Secured(SecurityRule.IS_AUTHENTICATED)
class UnitController {

    private final UnitRepository units;
    private final AuditLog audit;

    UnitController(UnitRepository units, AuditLog audit) {
        this.units = units;
        this.audit = audit;
    }

    /** The registry, filtered by kind, status and a search in either language that ignores diacritics. */
    @Get
    List<UnitView> list(@Nullable @QueryValue UnitKind kind, @Nullable @QueryValue UnitStatus status,
                        @Nullable @QueryValue String q) {
        return units.listOrderByKindAscAndCodeAsc().stream()
                .filter(u -> kind == null || u.kind() == kind)
                .filter(u -> status == null || u.status() == status)
                .filter(u -> u.matches(q))
                .map(UnitView::of)
                .toList();
    }

    @Get("/{code}")
    UnitView get(@PathVariable String code) {
        return units.findById(code).map(UnitView::of).orElseThrow(() -> ProblemException.notFound("Unit " + code));
    }

    @Put("/{code}/target")
    @Secured(Role.Names.ADMIN)
    UnitView setTarget(@PathVariable String code, @Body @Valid UnitTargetCommand command,
                       Authentication who, HttpRequest<?> request) {
        Unit unit = units.findById(code).orElseThrow(() -> ProblemException.notFound("Unit " + code));
        Unit updated = units.update(unit.withTarget(command.target()));
        audit.record(who, request, "UNIT_TARGET_CHANGED", "unit:" + code,
                "target " + unit.target() + " -> " + command.target());
        return UnitView.of(updated);
    }
}
