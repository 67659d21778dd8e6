package vn.ttcs.learn.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.audit.AuditEventRepository;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Login;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Fixtures.json;
import static vn.ttcs.learn.support.Problems.failing;

@MicronautTest(transactional = false)
class AuthenticationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    AuditEventRepository audit;

    @Test
    void signingInReturnsATokenInTheBodyAndAnHttpOnlyStrictCookie() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        HttpResponse<Map> response = client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", new Login(trainee.username(), trainee.password())), Map.class);
        assertThat(response.body()).containsKey("accessToken");
        assertThat((Map<String, Object>) response.body().get("user")).containsEntry("username", trainee.username());
        String setCookie = response.getHeaders().get("Set-Cookie");
        assertThat(setCookie).startsWith("ttcs_session=").contains("HTTPOnly").contains("SameSite=Strict");
        assertThat(audit.findByTargetOrderByIdDesc("user:" + trainee.username()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("LOGIN"));
    }

    @Test
    void theTokenIsAcceptedAsBearerAndAsCookie() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        String token = fixtures.login(client.toBlocking(), trainee);
        Map<?, ?> viaBearer = client.toBlocking().retrieve(HttpRequest.GET("/api/me").bearerAuth(token), Map.class);
        Map<?, ?> viaCookie = client.toBlocking().retrieve(HttpRequest.GET("/api/me")
                .cookie(Cookie.of("ttcs_session", token)), Map.class);
        assertThat(viaBearer.get("username")).isEqualTo(trainee.username());
        assertThat(viaCookie.get("username")).isEqualTo(trainee.username());
        assertThat(viaBearer.get("fullName").toString()).startsWith("Nguyễn Thị Ánh");
    }

    @Test
    void aWrongPasswordAndAnUnknownUserLookTheSame() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        var wrongPassword = failing(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", new Login(trainee.username(), "not the password")), Map.class));
        var unknownUser = failing(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", new Login(Fixtures.unique("nobody"), "not the password")), Map.class));
        assertThat(wrongPassword.status()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(unknownUser.status()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(wrongPassword.body()).isEqualTo(unknownUser.body());
    }

    @Test
    void repeatedFailuresOnOneAccountAreRateLimited() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        for (int i = 0; i < 5; i++) {
            failing(() -> client.toBlocking().exchange(
                    HttpRequest.POST("/api/auth/login", new Login(trainee.username(), "guess")), Map.class));
        }
        var limited = failing(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/auth/login", new Login(trainee.username(), trainee.password())), Map.class));
        assertThat(limited.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.getCode());
        assertThat(limited.exception().getResponse().getHeaders().get("Retry-After")).isNotBlank();
        assertThat(limited.detail()).contains("Too many sign-in attempts");
    }

    @Test
    void loggingOutRevokesTheToken() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        String token = fixtures.login(client.toBlocking(), trainee);
        client.toBlocking().exchange(HttpRequest.POST("/api/auth/logout", "").bearerAuth(token));
        var after = failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/me").bearerAuth(token), Map.class));
        assertThat(after.status()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void changingThePasswordEndsOtherSessionsButKeepsThisOne() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        String phone = fixtures.login(client.toBlocking(), trainee);
        String laptop = fixtures.login(client.toBlocking(), trainee);
        client.toBlocking().exchange(HttpRequest.POST("/api/me/password",
                json("currentPassword", trainee.password(), "newPassword", "một mật khẩu mới rất dài")).bearerAuth(laptop));
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/me").bearerAuth(phone), Map.class))
                .status()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/me").bearerAuth(laptop), Map.class))
                .containsEntry("username", trainee.username());
        assertThat(fixtures.login(client.toBlocking(), trainee.username(), "một mật khẩu mới rất dài")).isNotBlank();
    }

    @Test
    void aShortNewPasswordIsRefusedNamingTheField() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        String token = fixtures.login(client.toBlocking(), trainee);
        var answer = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/me/password",
                json("currentPassword", trainee.password(), "newPassword", "short")).bearerAuth(token), Map.class));
        assertThat(answer.status()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
        assertThat(answer.errors()).extracting(e -> e.get("field")).containsExactly("newPassword");
    }

    @Test
    void aDisabledUserIsOutAtOnce() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        String token = fixtures.login(client.toBlocking(), trainee);
        fixtures.disableThroughTheApi(client.toBlocking(), trainee);
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/me").bearerAuth(token), Map.class))
                .status()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
        assertThat(failing(() -> fixtures.login(client.toBlocking(), trainee)).status())
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }

    @Test
    void aCookieSessionMustSendTheAntiForgeryHeaderToChangeAnything() {
        var trainee = fixtures.trainee(fixtures.provinceA());
        String token = fixtures.login(client.toBlocking(), trainee);
        var forged = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/auth/logout", "")
                .cookie(Cookie.of("ttcs_session", token)), Map.class));
        assertThat(forged.status()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        assertThat(forged.detail()).contains("X-Requested-With");
        HttpResponse<?> fromTheApp = client.toBlocking().exchange(HttpRequest.POST("/api/auth/logout", "")
                .cookie(Cookie.of("ttcs_session", token)).header("X-Requested-With", "XMLHttpRequest"));
        assertThat(fromTheApp.code()).isEqualTo(HttpStatus.NO_CONTENT.getCode());
    }
}
