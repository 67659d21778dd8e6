package vn.ttcs.learn.competency;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.organisation.UnitRepository;
import vn.ttcs.learn.support.Api;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Person;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Api.object;
import static vn.ttcs.learn.support.Api.objects;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * Who may read a trainee's competency profile: trainers and administrators any trainee's, a unit manager its own
 * unit's trainees' only (and those of units merged into it); everyone else is refused, and a trainee of another unit — or a user who is not a trainee —
 * is "not found", never "forbidden", so that nobody can probe for them.
 */
@MicronautTest(transactional = false)
class TraineeCompetenciesSecurityTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Fixtures fixtures;

    @Inject
    UnitRepository units;

    private Api api;
    private Person lan;

    @BeforeEach
    void lanIsATraineeOfProvinceA() {
        api = new Api(http);
        lan = fixtures.trainee(fixtures.provinceA());
    }

    @Test
    void theUnitManagerOfLansUnitSeesHerProfileWithHerName() {
        Map<String, Object> seen = api.get(login(fixtures.unitManager(fixtures.provinceA())), path(lan));

        assertThat(seen.get("traineeId")).isEqualTo((int) lan.id());
        assertThat((String) seen.get("fullName")).startsWith("Nguyễn Thị Ánh");
        assertThat(seen.get("unitCode")).isEqualTo(lan.unitCode());
        assertThat(objects(object(seen.get("profile")).get("standards"))).isNotEmpty();
    }

    @Test
    void aUnitManagerOfAnotherUnitIsToldLanDoesNotExist() {
        var answer = failing(() -> api.get(login(fixtures.unitManager(fixtures.provinceB())), path(lan)));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theManagerOfTheUnitAUnitWasMergedIntoSeesTheTraineesStillRecordedInTheOldUnit() {
        Unit merged = fixtures.mergedUnit();
        Person recordedInTheOldUnit = fixtures.trainee(merged);
        Unit survivor = units.findById(merged.mergedInto()).orElseThrow();

        assertThat(api.get(login(fixtures.unitManager(survivor)), path(recordedInTheOldUnit)).get("traineeId"))
                .isEqualTo((int) recordedInTheOldUnit.id());
        assertThat(failing(() -> api.get(login(fixtures.unitManager(fixtures.provinceB())), path(recordedInTheOldUnit)))
                .status()).isEqualTo(404);
    }

    @Test
    void trainersAndAdministratorsSeeAnyTrainee() {
        Person elsewhere = fixtures.trainee(fixtures.provinceB());

        assertThat(api.get(login(fixtures.trainer()), path(elsewhere)).get("traineeId")).isEqualTo((int) elsewhere.id());
        assertThat(api.get(login(fixtures.admin()), path(lan)).get("traineeId")).isEqualTo((int) lan.id());
    }

    @Test
    void aUserWhoIsNotATraineeHasNoProfileToSee() {
        Person colleague = fixtures.person("manager", fixtures.provinceA(), Set.of(Role.UNIT_MANAGER));

        assertThat(failing(() -> api.get(login(fixtures.trainer()), path(colleague))).status()).isEqualTo(404);
        assertThat(failing(() -> api.get(login(fixtures.trainer()), "/api/trainees/999999999/competencies"))
                .status()).isEqualTo(404);
    }

    @Test
    void traineesAndReviewersAreRefused() {
        Person hoa = fixtures.trainee(fixtures.provinceA());

        assertThat(failing(() -> api.get(login(hoa), path(lan))).status()).isEqualTo(403);
        assertThat(failing(() -> api.get(login(fixtures.reviewer()), path(lan))).status()).isEqualTo(403);
        assertThat(failing(() -> http.toBlocking().retrieve(path(lan))).status()).isEqualTo(401);
    }

    private String login(Person person) {
        return fixtures.login(http.toBlocking(), person);
    }

    private static String path(Person trainee) {
        return "/api/trainees/" + trainee.id() + "/competencies";
    }
}
