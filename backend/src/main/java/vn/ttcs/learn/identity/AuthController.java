package vn.ttcs.learn.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import vn.ttcs.learn.audit.AuditLog;
import vn.ttcs.learn.web.ProblemException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sign in, renew and sign out. The tokens come back in the body (for API clients) and as HttpOnly cookies (for the
 * app): the access token ({@code ttcs_session}, minutes) on every path, the refresh token ({@code ttcs_refresh},
 * the session's lifetime) only on {@code /api/auth}, so it travels with nothing but a refresh or a logout.
 */
@Controller("/api/auth")
class AuthController {

    static final String WRONG_CREDENTIALS = "The username or password is not correct.";

    private final AppUserRepository users;
    private final UserDirectory directory;
    private final PasswordHasher passwords;
    private final SessionService sessions;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final HttpClientAddressResolver addresses;
    private final String cookieName;
    private final String refreshCookieName;
    private final boolean secureCookie;

    private static final String REFRESH_PATH = "/api/auth";

    AuthController(AppUserRepository users, UserDirectory directory, PasswordHasher passwords, SessionService sessions,
                   LoginThrottle throttle, AuditLog audit, HttpClientAddressResolver addresses,
                   @Value("${micronaut.security.token.cookie.cookie-name}") String cookieName,
                   @Value("${ttcs.security.refresh-cookie-name}") String refreshCookieName,
                   @Value("${ttcs.security.cookie-secure:false}") boolean secureCookie) {
        this.users = users;
        this.directory = directory;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.addresses = addresses;
        this.cookieName = cookieName;
        this.refreshCookieName = refreshCookieName;
        this.secureCookie = secureCookie;
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<LoginResponse> login(@Body @Valid LoginCommand command, HttpRequest<?> request) {
        String address = java.util.Objects.requireNonNullElse(addresses.resolve(request), "unknown");
        String username = Usernames.normalise(command.username());
        Optional<Duration> wait = throttle.admit(username, address);
        if (wait.isPresent()) {
            audit.record(null, username, request, "LOGIN_THROTTLED", "user:" + username, null);
            throw ProblemException.tooManyRequests("Too many sign-in attempts. Wait "
                    + Math.max(1, wait.get().toSeconds()) + " seconds and try again.", wait.get());
        }
        Optional<AppUser> found = users.findByUsername(username);
        boolean valid = found.isPresent()
                ? passwords.matches(command.password(), found.get().passwordHash()) && found.get().enabled()
                : burn(command.password());
        if (!valid) {
            throttle.failed(username);
            audit.record(found.map(AppUser::id).orElse(null), username, request, "LOGIN_FAILED", "user:" + username, null);
            throw new ProblemException(io.micronaut.http.HttpStatus.UNAUTHORIZED, "wrong-credentials",
                    WRONG_CREDENTIALS, List.of());
        }
        throttle.succeeded(username);
        AppUser user = found.get();
        var session = sessions.open(user, address);
        audit.record(user.id(), user.username(), request, "LOGIN", "user:" + user.username(), null);
        return withCookies(HttpResponse.ok(new LoginResponse(session.accessToken(), session.refreshToken(),
                session.accessLifetime().toSeconds(), directory.me(user.id()))), session);
    }

    /**
     * A new access token for the refresh token in the body or, from the app, in its cookie; the refresh token is
     * replaced by a new one. A refresh token that was already replaced ends its session.
     */
    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<RefreshResponse> refresh(@Nullable @Body RefreshCommand command, HttpRequest<?> request) {
        String presented = command != null && command.refreshToken() != null ? command.refreshToken()
                : request.getCookies().findCookie(refreshCookieName).map(Cookie::getValue).orElse("");
        if (presented.isBlank()) {
            throw ProblemException.badRequest("refreshToken", "is required, in the body or the " + refreshCookieName
                    + " cookie");
        }
        SessionService.Refresh outcome = sessions.refresh(presented);
        if (outcome instanceof SessionService.Renewed renewed) {
            var session = renewed.session();
            return withCookies(HttpResponse.ok(new RefreshResponse(session.accessToken(), session.refreshToken(),
                    session.accessLifetime().toSeconds())), session);
        }
        SessionService.Refused refused = (SessionService.Refused) outcome;
        if (refused.replayed()) {
            AppUser user = refused.user();
            audit.record(user.id(), user.username(), request, "REFRESH_TOKEN_REPLAYED", "user:" + user.username(),
                    "a replaced refresh token was presented again; the session is ended");
        }
        throw new ProblemException(io.micronaut.http.HttpStatus.UNAUTHORIZED, "session-ended",
                "The session has ended or the refresh token is not valid. Sign in again.", List.of());
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> logout(Authentication authentication, HttpRequest<?> request) {
        CurrentUser me = CurrentUser.of(authentication);
        sessions.close(me.sessionId());
        audit.record(authentication, request, "LOGOUT", "user:" + me.username(), null);
        return HttpResponse.<Void>noContent().cookies(clearedCookies());
    }

    private <T> MutableHttpResponse<T> withCookies(MutableHttpResponse<T> response, SessionService.OpenedSession session) {
        response.cookie(cookie(cookieName, session.accessToken(), "/", session.accessLifetime()));
        if (session.refreshToken() != null) {
            response.cookie(cookie(refreshCookieName, session.refreshToken(), REFRESH_PATH, session.refreshLifetime()));
        }
        return response;
    }

    private Set<Cookie> clearedCookies() {
        return Set.of(cookie(cookieName, "", "/", Duration.ZERO), cookie(refreshCookieName, "", REFRESH_PATH, Duration.ZERO));
    }

    private Cookie cookie(String name, String value, String path, Duration maxAge) {
        return Cookie.of(name, value).httpOnly(true).secure(secureCookie).sameSite(SameSite.Strict)
                .path(path).maxAge(maxAge);
    }

    private boolean burn(String password) {
        passwords.burnTime(password);
        return false;
    }
}
