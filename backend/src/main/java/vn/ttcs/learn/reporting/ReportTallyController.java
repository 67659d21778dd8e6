package vn.ttcs.learn.reporting;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import vn.ttcs.learn.identity.Role;

/**
 * For operators (docs/operations.md): recounts the report tallies from the records, e.g. after data was changed
 * in the database by hand or restored from a backup.
 */
@Controller("/api/admin/report-tallies")
@Secured(Role.Names.ADMIN)
class ReportTallyController {

    private final ReportTallies tallies;

    ReportTallyController(ReportTallies tallies) {
        this.tallies = tallies;
    }

    @Post("/rebuild")
    ReportTallies.Rebuilt rebuild() {
        return tallies.rebuild();
    }
}
