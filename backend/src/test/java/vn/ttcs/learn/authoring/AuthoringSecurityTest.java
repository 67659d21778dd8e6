package vn.ttcs.learn.authoring;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Problems;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Only trainers and administrators author; a trainee, a unit manager or a reviewer cannot. */
@MicronautTest(transactional = false)
class AuthoringSecurityTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Test
    void aTraineeCannotCreateACourseNorReadTheDrafts() {
        String token = fixtures.login(client.toBlocking(), fixtures.trainee(fixtures.provinceA()));
        String code = Fixtures.unique("khoa-hoc-vien");

        Problems.Answer create = Problems.failing(() -> client.toBlocking().exchange(HttpRequest.POST(
                "/api/authoring/courses", Map.of("code", code, "titleVi", "Của học viên", "titleEn", "Trainee's"))
                .bearerAuth(token)));
        Problems.Answer list = Problems.failing(() -> client.toBlocking().exchange(
                HttpRequest.GET("/api/authoring/courses").bearerAuth(token)));

        assertThat(create.status()).isEqualTo(403);
        assertThat(list.status()).isEqualTo(403);
        String trainer = fixtures.login(client.toBlocking(), fixtures.trainer());
        assertThat(Problems.failing(() -> new AuthoringApi(client, trainer).draft(code)).status())
                .as("nothing was created").isEqualTo(404);
    }

    @Test
    void aReviewerAndAUnitManagerCannotApproveADraft() {
        String code = Fixtures.unique("khoa-moi");
        AuthoringApi trainer = new AuthoringApi(client, fixtures.login(client.toBlocking(), fixtures.trainer()));
        long v = AuthoringApi.version(trainer.action(code, "submit",
                AuthoringApi.version(trainer.create(code, "Cần duyệt", "To approve"))));
        for (Fixtures.Person outsider : new Fixtures.Person[] {fixtures.reviewer(),
                fixtures.unitManager(fixtures.provinceA())}) {
            AuthoringApi api = new AuthoringApi(client, fixtures.login(client.toBlocking(), outsider));
            assertThat(Problems.failing(() -> api.action(code, "approve", v)).status()).isEqualTo(403);
        }
        assertThat(trainer.draft(code).get("state")).isEqualTo("IN_REVIEW");
    }

    @Test
    void withoutSigningInNothingOfAuthoringIsReachable() {
        Problems.Answer anonymous = Problems.failing(() -> client.toBlocking().exchange(
                HttpRequest.GET("/api/authoring/courses")));
        assertThat(anonymous.status()).isEqualTo(401);
    }
}
