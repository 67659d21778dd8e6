package vn.ttcs.learn.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.support.Fixtures;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Fixtures.json;
import static vn.ttcs.learn.support.Problems.failing;

@MicronautTest(transactional = false)
class UserAdministrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Test
    void anAdministratorCreatesAUserWhoMustChooseAPasswordAtFirstSignIn() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        String username = Fixtures.unique("tran.van.cuong");
        HttpResponse<Map> created = client.toBlocking().exchange(HttpRequest.POST("/api/users", json(
                "username", username, "fullName", "Trần Văn Cường", "email", username + "@hanoi.gov.vn",
                "jobTitle", "Chuyên viên Văn phòng UBND", "unitCode", fixtures.provinceA().code(),
                "roles", List.of("TRAINEE", "TRAINER"))).bearerAuth(admin), Map.class);

        assertThat(created.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(created.header("Location")).matches("/api/users/\\d+");
        String temporary = (String) created.body().get("temporaryPassword");
        assertThat(temporary).hasSizeGreaterThanOrEqualTo(20);

        String token = fixtures.login(client.toBlocking(), username, temporary);
        Map<?, ?> me = client.toBlocking().retrieve(HttpRequest.GET("/api/me").bearerAuth(token), Map.class);
        assertThat(me.get("mustChangePassword")).isEqualTo(true);
        assertThat(me.get("fullName")).isEqualTo("Trần Văn Cường");
        assertThat((List<String>) me.get("roles")).containsExactlyInAnyOrder("TRAINEE", "TRAINER");
    }

    @Test
    void aTakenUsernameIsAConflictNamingTheField() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        var existing = fixtures.trainee(fixtures.provinceA());
        var answer = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/users", json(
                "username", existing.username(), "fullName", "Phạm Minh Đức", "email", Fixtures.unique("d") + "@x.vn",
                "unitCode", fixtures.provinceA().code(), "roles", List.of("TRAINEE"))).bearerAuth(admin), Map.class));
        assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(answer.errors()).extracting(e -> e.get("field")).containsExactly("username");
    }

    @Test
    void aMergedUnitTakesNoNewUsers() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        var answer = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/users", json(
                "username", Fixtures.unique("x"), "fullName", "Võ Thị Hạnh", "email", Fixtures.unique("h") + "@x.vn",
                "unitCode", fixtures.mergedUnit().code(), "roles", List.of("TRAINEE"))).bearerAuth(admin), Map.class));
        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(answer.detail()).contains("unitCode").contains("merged into");
    }

    @Test
    void aUnitManagerSeesOnlyTheUsersOfItsOwnUnit() {
        var unitA = fixtures.provinceA();
        var unitB = fixtures.provinceB();
        var managerA = fixtures.unitManager(unitA);
        var traineeA = fixtures.trainee(unitA);
        var traineeB = fixtures.trainee(unitB);
        String token = fixtures.login(client.toBlocking(), managerA);

        Map<?, ?> page = client.toBlocking().retrieve(HttpRequest.GET("/api/users?unit=" + unitB.code() + "&size=200")
                .bearerAuth(token), Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).extracting(u -> u.get("unitCode")).containsOnly(unitA.code());
        assertThat(items).extracting(u -> u.get("username")).contains(traineeA.username())
                .doesNotContain(traineeB.username());

        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/users/" + traineeB.id())
                .bearerAuth(token), Map.class)).status()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/users/" + traineeB.id()
                + "/password-reset", "").bearerAuth(token), Map.class)).status()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    }

    @Test
    void aUnitManagerCreatesTraineesOnlyInItsOwnUnit() {
        var managerA = fixtures.unitManager(fixtures.provinceA());
        String token = fixtures.login(client.toBlocking(), managerA);
        var otherUnit = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/users", json(
                "username", Fixtures.unique("x"), "fullName", "Đặng Thu Trang", "email", Fixtures.unique("t") + "@x.vn",
                "unitCode", fixtures.provinceB().code(), "roles", List.of("TRAINEE"))).bearerAuth(token), Map.class));
        assertThat(otherUnit.status()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        var otherRole = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/users", json(
                "username", Fixtures.unique("x"), "fullName", "Đặng Thu Trang", "email", Fixtures.unique("t") + "@x.vn",
                "unitCode", fixtures.provinceA().code(), "roles", List.of("ADMIN"))).bearerAuth(token), Map.class));
        assertThat(otherRole.status()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        HttpResponse<Map> ok = client.toBlocking().exchange(HttpRequest.POST("/api/users", json(
                "username", Fixtures.unique("x"), "fullName", "Đặng Thu Trang", "email", Fixtures.unique("t") + "@x.vn",
                "unitCode", fixtures.provinceA().code(), "roles", List.of("TRAINEE"))).bearerAuth(token), Map.class);
        assertThat(ok.code()).isEqualTo(HttpStatus.CREATED.getCode());
    }

    @Test
    void twoAdministratorsSavingTheSameUserGetAConflictNotASilentOverwrite() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        var trainee = fixtures.trainee(fixtures.provinceA());
        Map<?, ?> seen = client.toBlocking().retrieve(HttpRequest.GET("/api/users/" + trainee.id()).bearerAuth(admin),
                Map.class);
        Map<String, Object> first = json("fullName", "Tên thứ nhất", "email", seen.get("email"), "jobTitle", null,
                "unitCode", seen.get("unitCode"), "roles", seen.get("roles"), "enabled", true, "version", seen.get("version"));
        Map<String, Object> second = json("fullName", "Tên thứ hai", "email", seen.get("email"), "jobTitle", null,
                "unitCode", seen.get("unitCode"), "roles", seen.get("roles"), "enabled", true, "version", seen.get("version"));
        client.toBlocking().exchange(HttpRequest.PUT("/api/users/" + trainee.id(), first).bearerAuth(admin), Map.class);
        var answer = failing(() -> client.toBlocking().exchange(
                HttpRequest.PUT("/api/users/" + trainee.id(), second).bearerAuth(admin), Map.class));
        assertThat(answer.status()).isEqualTo(HttpStatus.CONFLICT.getCode());
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/users/" + trainee.id()).bearerAuth(admin),
                Map.class).get("fullName")).isEqualTo("Tên thứ nhất");
    }

    @Test
    void aPasswordResetGivesAOneTimePasswordAndEndsTheUsersSessions() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        var trainee = fixtures.trainee(fixtures.provinceA());
        String oldSession = fixtures.login(client.toBlocking(), trainee);
        Map<?, ?> reset = client.toBlocking().retrieve(HttpRequest.POST("/api/users/" + trainee.id() + "/password-reset",
                "").bearerAuth(admin), Map.class);
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/me").bearerAuth(oldSession),
                Map.class)).status()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        String fresh = fixtures.login(client.toBlocking(), trainee.username(), (String) reset.get("temporaryPassword"));
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/me").bearerAuth(fresh), Map.class)
                .get("mustChangePassword")).isEqualTo(true);
    }

    @Test
    void usersCanBeFoundByNameWithDiacritics() {
        String admin = fixtures.login(client.toBlocking(), fixtures.admin());
        var trainee = fixtures.trainee(fixtures.provinceB());
        Map<?, ?> page = client.toBlocking().retrieve(HttpRequest.GET("/api/users?q=" + trainee.username()
                + "&unit=" + trainee.unitCode()).bearerAuth(admin), Map.class);
        assertThat((List<Map<String, Object>>) page.get("items")).singleElement()
                .satisfies(u -> assertThat(u.get("fullName").toString()).startsWith("Nguyễn Thị Ánh"));
        assertThat(page.get("total")).isEqualTo(1);
    }
}
