package vn.ttcs.learn.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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

/** Sign in and out. The token comes back in the body (for API clients) and as an HttpOnly cookie (for the app). */
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
    private final boolean secureCookie;

    AuthController(AppUserRepository users, UserDirectory directory, PasswordHasher passwords, SessionService sessions,
                   LoginThrottle throttle, AuditLog audit, HttpClientAddressResolver addresses,
                   @Value("${micronaut.security.token.cookie.cookie-name}") String cookieName,
                   @Value("${ttcs.security.cookie-secure:false}") boolean secureCookie) {
        this.users = users;
        this.directory = directory;
        this.passwords = passwords;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.addresses = addresses;
        this.cookieName = cookieName;
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
        var session = sessions.open(user, directory.rolesOf(user.id()), address);
        audit.record(user.id(), user.username(), request, "LOGIN", "user:" + user.username(), null);
        return HttpResponse.ok(new LoginResponse(session.accessToken(), directory.me(user.id())))
                .cookie(sessionCookie(session.accessToken(), session.lifetime()));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<Void> logout(Authentication authentication, HttpRequest<?> request) {
        CurrentUser me = CurrentUser.of(authentication);
        sessions.close(me.sessionId());
        audit.record(authentication, request, "LOGOUT", "user:" + me.username(), null);
        return HttpResponse.<Void>noContent().cookie(sessionCookie("", Duration.ZERO));
    }

    private Cookie sessionCookie(String value, Duration maxAge) {
        return Cookie.of(cookieName, value).httpOnly(true).secure(secureCookie).sameSite(SameSite.Strict)
                .path("/").maxAge(maxAge);
    }

    private boolean burn(String password) {
        passwords.burnTime(password);
        return false;
    }
}
