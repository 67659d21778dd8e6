package vn.ttcs.learn.web;

import io.micronaut.http.HttpStatus;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.List;

/**
 * A failure the client can act on. Thrown by domain code, turned into problem+json in one place
 * ({@link ProblemExceptionHandler}); {@code detail} says what to fix.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final List<FieldError> errors;
    @Nullable
    private Duration retryAfter;

    public ProblemException(HttpStatus status, String type, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " was not found", List.of());
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", field + ": " + message,
                List.of(FieldError.of(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(HttpStatus.CONFLICT, "conflict", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden", detail, List.of());
    }

    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        ProblemException e = new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", detail, List.of());
        e.retryAfter = retryAfter;
        return e;
    }

    public static ProblemException serviceUnavailable(String detail, Duration retryAfter) {
        ProblemException e = new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "busy", detail, List.of());
        e.retryAfter = retryAfter;
        return e;
    }

    @Nullable
    public Duration retryAfter() {
        return retryAfter;
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
