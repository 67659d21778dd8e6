package vn.ttcs.learn.assessment;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;

import java.net.URI;

/** Scenario drill runs of the signed-in trainee. Anyone else's run or enrolment is "not found". */
@Controller("/api")
@Secured(Role.Names.TRAINEE)
class DrillRunController {

    private final DrillRuns runs;

    DrillRunController(DrillRuns runs) {
        this.runs = runs;
    }

    /** 201 with a new run at the drill's first step, or 200 with the run not yet finished. */
    @Post("/enrolments/{id}/drills/{drillId}/runs")
    HttpResponse<DrillRunView> start(@PathVariable long id, @PathVariable String drillId, Authentication who) {
        long me = CurrentUser.of(who).id();
        DrillRuns.Started started = ConcurrentStart.retryOnce(() -> runs.start(id, drillId, me));
        DrillRunView run = started.run();
        return started.created()
                ? HttpResponse.created(run, URI.create("/api/drill-runs/" + run.id()))
                : HttpResponse.ok(run);
    }

    @Get("/drill-runs/{id}")
    DrillRunView get(@PathVariable long id, Authentication who) {
        return runs.get(id, CurrentUser.of(who).id());
    }

    @Post("/drill-runs/{id}/choices")
    DrillRunView choose(@PathVariable long id, @Body @Valid ChoiceCommand command, Authentication who) {
        return runs.choose(id, command, CurrentUser.of(who).id());
    }
}
