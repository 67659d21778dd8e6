package vn.ttcs.learn.competency;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.identity.AppUser;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.identity.UserDirectory;

/**
 * A trainee's competency profile as their trainers and unit manager see it: the same view as "My competencies".
 * Trainers and administrators see every trainee; a unit manager, the trainees of its own unit (404 otherwise).
 */
@Controller("/api/trainees/{id}/competencies")
@Secured({Role.Names.TRAINER, Role.Names.UNIT_MANAGER, Role.Names.ADMIN})
class TraineeCompetenciesController {

    /** Whose profile it is, and the profile. */
    @Serdeable
    record TraineeCompetencies(long traineeId, String fullName, String unitCode, CompetencyProfileView profile) {
    }

    private final CompetencyProfile profile;
    private final UserDirectory directory;

    TraineeCompetenciesController(CompetencyProfile profile, UserDirectory directory) {
        this.profile = profile;
        this.directory = directory;
    }

    @Get
    TraineeCompetencies of(@PathVariable long id, Authentication who) {
        AppUser trainee = directory.traineeSeenBy(CurrentUser.of(who), id);
        return new TraineeCompetencies(trainee.id(), trainee.fullName(), trainee.unitCode(), profile.of(id));
    }
}
