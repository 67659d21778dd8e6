package vn.ttcs.learn.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ttcs.learn.audit.AuditEventRepository;
import vn.ttcs.learn.support.Fixtures;
import vn.ttcs.learn.support.Fixtures.Login;
import vn.ttcs.learn.support.Fixtures.Person;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ttcs.learn.support.Problems.failing;

/**
 * Short-lived access tokens renewed by a refresh token: the access token is good for minutes and checked without
 * the database; the refresh token is replaced at every use, and a replaced one presented again ends the session.
 */
@MicronautTest(transactional = false)
class SessionRefreshTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Fixtures fixtures;

    @Inject
    TokenGenerator tokens;

    @Inject
    UserSessionRepository sessions;

    @Inject
    AuditEventRepository audit;

    @Test
    void signingInGivesAnAccessTokenOfMinutesAndARefreshTokenCookieOnlyForTheAuthPaths() {
        HttpResponse<Map> response = signIn(fixtures.trainee(fixtures.provinceA()));
        assertThat(((Number) response.body().get("expiresIn")).longValue()).isEqualTo(300);
        assertThat(response.body().get("refreshToken")).isNotNull();
        List<String> cookies = response.getHeaders().getAll("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("ttcs_session=").contains("Max-Age=300")
                .contains("HTTPOnly").contains("SameSite=Strict").contains("Path=/;"));
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("ttcs_refresh=").contains("Path=/api/auth")
                .contains("Max-Age=28800").contains("HTTPOnly").contains("SameSite=Strict"));
    }

    @Test
    void aRefreshGivesAWorkingAccessTokenAndReplacesTheRefreshToken() {
        Person trainee = fixtures.trainee(fixtures.provinceA());
        String first = (String) signIn(trainee).body().get("refreshToken");
        Map<?, ?> renewed = refresh(first);
        assertThat(renewed.get("refreshToken")).isNotNull().isNotEqualTo(first);
        assertThat(refresh((String) renewed.get("refreshToken")).get("accessToken"))
                .as("every access token has its own id, even two signed within one second")
                .isNotEqualTo(renewed.get("accessToken"));
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/me")
                .bearerAuth((String) renewed.get("accessToken")), Map.class)).containsEntry("username", trainee.username());
        assertThat(refresh((String) renewed.get("refreshToken")).get("accessToken")).isNotNull();
    }

    @Test
    void theAppRefreshesWithItsCookieAndTheAntiForgeryHeader() {
        String refreshToken = (String) signIn(fixtures.trainee(fixtures.provinceA())).body().get("refreshToken");
        var forged = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/auth/refresh", "")
                .cookie(Cookie.of("ttcs_refresh", refreshToken)), Map.class));
        assertThat(forged.status()).isEqualTo(HttpStatus.FORBIDDEN.getCode());
        HttpResponse<Map> fromTheApp = client.toBlocking().exchange(HttpRequest.POST("/api/auth/refresh", "")
                .cookie(Cookie.of("ttcs_refresh", refreshToken)).header("X-Requested-With", "XMLHttpRequest"), Map.class);
        assertThat(fromTheApp.getHeaders().getAll("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("ttcs_session="))
                .anySatisfy(c -> assertThat(c).startsWith("ttcs_refresh=").doesNotContain(refreshToken));
    }

    @Test
    void twoTabsRefreshingWithTheSameTokenAtOnceBothGetAnAccessToken() {
        String shared = (String) signIn(fixtures.trainee(fixtures.provinceA())).body().get("refreshToken");
        Map<?, ?> firstTab = refresh(shared);
        Map<?, ?> secondTab = refresh(shared);
        assertThat(secondTab.get("accessToken")).isNotNull();
        assertThat(secondTab.get("refreshToken")).as("the first tab's replacement is already in the cookie").isNull();
        assertThat(refresh((String) firstTab.get("refreshToken")).get("accessToken")).isNotNull();
    }

    @Test
    void aReplacedRefreshTokenPresentedAfterTheGraceEndsTheSession() {
        Person trainee = fixtures.trainee(fixtures.provinceA());
        HttpResponse<Map> signedIn = signIn(trainee);
        String stolen = (String) signedIn.body().get("refreshToken");
        Map<?, ?> renewed = refresh(stolen);
        String sessionId = stolen.substring(0, stolen.indexOf('.'));
        UserSession session = sessions.findById(sessionId).orElseThrow();
        sessions.update(new UserSession(session.id(), session.userId(), session.createdAt(), session.expiresAt(), null,
                session.remoteAddress(), session.refreshHash(), session.previousRefreshHash(),
                session.refreshedAt().minus(SessionService.REFRESH_GRACE).minusSeconds(1)));

        assertThat(refreshFails(stolen)).isEqualTo(401);
        assertThat(refreshFails((String) renewed.get("refreshToken"))).as("the rightful owner is out too").isEqualTo(401);
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/me")
                .bearerAuth((String) renewed.get("accessToken")), Map.class)).status()).isEqualTo(401);
        assertThat(audit.findByTargetOrderByIdDesc("user:" + trainee.username()))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("REFRESH_TOKEN_REPLAYED"));
    }

    @Test
    void noRefreshAfterLogoutOrForAGuessedToken() {
        HttpResponse<Map> signedIn = signIn(fixtures.trainee(fixtures.provinceA()));
        String refreshToken = (String) signedIn.body().get("refreshToken");
        client.toBlocking().exchange(HttpRequest.POST("/api/auth/logout", "")
                .bearerAuth((String) signedIn.body().get("accessToken")));
        assertThat(refreshFails(refreshToken)).isEqualTo(401);
        String sessionId = refreshToken.substring(0, refreshToken.indexOf('.'));
        assertThat(refreshFails(sessionId + ".guessed")).isEqualTo(401);
        assertThat(refreshFails("no-dot-at-all")).isEqualTo(401);
        var withoutAny = failing(() -> client.toBlocking().exchange(HttpRequest.POST("/api/auth/refresh", ""), Map.class));
        assertThat(withoutAny.status()).isEqualTo(400);
        assertThat(withoutAny.errors()).extracting(e -> e.get("field")).containsExactly("refreshToken");
        var guessed = failing(() -> refresh(sessionId + ".guessed"));
        assertThat(guessed.detail()).contains("Sign in again");
    }

    @Test
    void aDisabledUsersRefreshTokenBuysNothing() {
        Person trainee = fixtures.trainee(fixtures.provinceA());
        String refreshToken = (String) signIn(trainee).body().get("refreshToken");
        fixtures.disableThroughTheApi(client.toBlocking(), trainee);
        assertThat(refreshFails(refreshToken)).isEqualTo(401);
    }

    @Test
    void anExpiredAccessTokenIsRefused() {
        Person trainee = fixtures.trainee(fixtures.provinceA());
        String sessionId = sessionOf(signIn(trainee));
        Instant now = Instant.now();
        String expired = sign(trainee, sessionId, now.minusSeconds(400), now.minusSeconds(100));
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/me").bearerAuth(expired), Map.class))
                .status()).isEqualTo(401);
    }

    @Test
    void aTokenLongerLivedThanAnAccessTokenIsRefusedEvenIfSignedWithTheKey() {
        Person trainee = fixtures.trainee(fixtures.provinceA());
        String sessionId = sessionOf(signIn(trainee));
        Instant now = Instant.now();
        String fine = sign(trainee, sessionId, now, now.plus(Duration.ofMinutes(5)));
        String tooLong = sign(trainee, sessionId, now, now.plus(Duration.ofHours(8)));
        assertThat(client.toBlocking().retrieve(HttpRequest.GET("/api/me").bearerAuth(fine), Map.class))
                .containsEntry("username", trainee.username());
        assertThat(failing(() -> client.toBlocking().exchange(HttpRequest.GET("/api/me").bearerAuth(tooLong), Map.class))
                .status()).isEqualTo(401);
    }

    private HttpResponse<Map> signIn(Person person) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/auth/login",
                new Login(person.username(), person.password())), Map.class);
    }

    private Map<?, ?> refresh(String refreshToken) {
        return client.toBlocking().retrieve(HttpRequest.POST("/api/auth/refresh",
                Map.of("refreshToken", refreshToken)), Map.class);
    }

    private int refreshFails(String refreshToken) {
        return failing(() -> refresh(refreshToken)).status();
    }

    private static String sessionOf(HttpResponse<Map> signedIn) {
        String refreshToken = (String) signedIn.body().get("refreshToken");
        return refreshToken.substring(0, refreshToken.indexOf('.'));
    }

    private String sign(Person person, String sessionId, Instant issuedAt, Instant expires) {
        return tokens.generateToken(Map.of("sub", person.username(), "roles", List.of("TRAINEE"),
                        CurrentUser.USER_ID, person.id(), CurrentUser.SESSION_ID, sessionId,
                        CurrentUser.UNIT, person.unitCode(), "iat", issuedAt.getEpochSecond(),
                        "exp", expires.getEpochSecond()))
                .orElseThrow();
    }
}
