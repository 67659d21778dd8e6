package vn.ttcs.learn.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders every error Micronaut itself raises (validation, unreadable JSON, unknown route, server errors)
 * as problem+json. Field names come from the error path, so "detail" names what to fix. Server errors never
 * carry their cause to the client. A database that cannot be reached is 503 with Retry-After ({@link DatabaseOutage}).
 */
@Singleton
@Primary
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

    private static final java.util.regex.Pattern FIELD_PREFIX =
            java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_.\\[\\]]*): (.+)$", java.util.regex.Pattern.DOTALL);

    /** Serde's words for a JSON value it could not read into a property, e.g. a malformed date. */
    private static final java.util.regex.Pattern UNREADABLE_PROPERTY = java.util.regex.Pattern.compile(
            "Error decoding property \\[(?:[\\w.<>, ]+ )?(\\w+)] of type \\[[^\\]]*]: (.+)$",
            java.util.regex.Pattern.DOTALL);

    private static final MediaType PROBLEM_JSON = MediaType.of(Problem.MEDIA_TYPE);

    @Override
    @NonNull
    public MutableHttpResponse<Problem> processResponse(@NonNull ErrorContext context,
                                                        @NonNull MutableHttpResponse<?> response) {
        if (response.getStatus().getCode() >= 500
                && context.getRootCause().map(DatabaseOutage::isCause).orElse(false)) {
            return databaseUnavailable(response);
        }
        HttpStatus status = response.getStatus();
        List<FieldError> fields = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        if (status.getCode() < 500) {
            for (Error error : context.getErrors()) {
                String field = error.getPath().map(ProblemErrorResponseProcessor::fieldName).orElse(null);
                String message = error.getMessage();
                var prefixed = FIELD_PREFIX.matcher(message);
                if (field == null && prefixed.matches()) {
                    field = fieldName(prefixed.group(1));
                    message = prefixed.group(2);
                }
                var unreadable = UNREADABLE_PROPERTY.matcher(message);
                if (unreadable.find()) {
                    field = unreadable.group(1);
                    message = "cannot be read: " + unreadable.group(2);
                }
                if (field != null && !field.isBlank()) {
                    fields.add(FieldError.of(field, message));
                    messages.add(field + ": " + message);
                } else {
                    messages.add(message);
                }
            }
        }
        String detail = switch (status.getCode()) {
            case 401 -> "Sign in to continue.";
            case 403 -> "You do not have permission for this action.";
            case 404 -> messages.isEmpty() ? "Nothing was found at " + context.getRequest().getPath() + "." : String.join("; ", messages);
            default -> status.getCode() >= 500
                    ? "The server could not complete the request. It has been logged; try again later."
                    : messages.isEmpty() ? status.getReason() : messages.stream().distinct().collect(Collectors.joining("; "));
        };
        Problem problem = new Problem(Problems.typeUri(typeOf(status)), status.getReason(), status.getCode(), detail,
                fields.isEmpty() ? null : fields);
        return response.contentType(PROBLEM_JSON).body(problem);
    }

    /** The database cannot be reached (restarting, failing over): the client is asked to try again shortly. */
    private static MutableHttpResponse<Problem> databaseUnavailable(MutableHttpResponse<?> response) {
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        long seconds = DatabaseOutage.RETRY_AFTER.toSeconds();
        Problem problem = new Problem(Problems.typeUri("database-unavailable"), status.getReason(), status.getCode(),
                "The database cannot be reached at the moment. Send the request again in " + seconds + " seconds; "
                        + "a submission sent again with the same Idempotency-Key is stored once.",
                null);
        response.status(status).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        return response.contentType(PROBLEM_JSON).body(problem);
    }

    /**
     * A violation of a method argument is reported as "command.email" (argument, then property) or, for a query
     * value, "size"; a JSON pointer as "/email". All name the field the client sent: "email", "size".
     */
    static String fieldName(String path) {
        if (path.startsWith("/")) {
            return path.substring(1).replace('/', '.');
        }
        int firstDot = path.indexOf('.');
        return firstDot < 0 ? path : path.substring(firstDot + 1);
    }

    private static String typeOf(HttpStatus status) {
        return switch (status.getCode()) {
            case 400 -> "invalid-input";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "rate-limited";
            default -> status.getCode() >= 500 ? "server-error" : "http-" + status.getCode();
        };
    }
}
