package vn.ttcs.learn.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.FilterPatternStyle;

import java.util.List;
import java.util.Set;

/**
 * Cross-site request forgery defence for cookie sessions: a state-changing request that relies on the session
 * cookie must carry {@code X-Requested-With: XMLHttpRequest}, a header another site cannot make a browser send
 * without a CORS pre-flight (which this server never grants). Requests with an {@code Authorization} header carry
 * their own credential and are not affected. The session cookies are also SameSite=Strict.
 */
@ServerFilter(value = "/api/**", patternStyle = FilterPatternStyle.ANT)
final class CsrfHeaderFilter {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final String cookieName;
    private final String refreshCookieName;

    CsrfHeaderFilter(@Value("${micronaut.security.token.cookie.cookie-name}") String cookieName,
                     @Value("${ttcs.security.refresh-cookie-name}") String refreshCookieName) {
        this.cookieName = cookieName;
        this.refreshCookieName = refreshCookieName;
    }

    @RequestFilter
    void requireHeader(HttpRequest<?> request) {
        var cookies = request.getCookies();
        boolean usesCookie = (cookies.contains(cookieName) || cookies.contains(refreshCookieName))
                && !request.getHeaders().contains("Authorization");
        if (SAFE.contains(request.getMethod()) || !usesCookie
                || "XMLHttpRequest".equals(request.getHeaders().get("X-Requested-With"))) {
            return;
        }
        throw new ProblemException(HttpStatus.FORBIDDEN, "csrf",
                "The request was refused: a request authenticated by the session cookie must send the header "
                        + "X-Requested-With: XMLHttpRequest.", List.of());
    }
}
