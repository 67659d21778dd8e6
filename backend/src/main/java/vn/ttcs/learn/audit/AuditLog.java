package vn.ttcs.learn.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.time.Instant;

/** Records security-relevant actions: who, what, to what, when, and from where. */
@Singleton
public class AuditLog {

    private static final int MAX_DETAIL = 1000;

    private final AuditEventRepository events;
    private final HttpClientAddressResolver addresses;

    AuditLog(AuditEventRepository events, HttpClientAddressResolver addresses) {
        this.events = events;
        this.addresses = addresses;
    }

    public void record(@Nullable Authentication who, @Nullable HttpRequest<?> request, String action,
                       @Nullable String target, @Nullable String detail) {
        Long userId = who == null ? null : toLong(who.getAttributes().get("uid"));
        String username = who == null ? null : who.getName();
        record(userId, username, request, action, target, detail);
    }

    public void record(@Nullable Long userId, @Nullable String username, @Nullable HttpRequest<?> request,
                       String action, @Nullable String target, @Nullable String detail) {
        String from = request == null ? null : addresses.resolve(request);
        String shortDetail = detail != null && detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        events.save(new AuditEvent(null, Instant.now(), userId, username, action, target, shortDetail, from));
    }

    @Nullable
    private static Long toLong(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : value == null ? null : Long.valueOf(value.toString());
    }
}
