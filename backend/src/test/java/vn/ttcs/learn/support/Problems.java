package vn.ttcs.learn.support;

import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Reads the problem+json answer of a request that is expected to fail. */
public final class Problems {

    private Problems() {
    }

    public record Answer(int status, String contentType, Map<String, Object> body,
                         HttpClientResponseException exception) {

        public String detail() {
            return String.valueOf(body.get("detail"));
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) body.getOrDefault("errors", List.of());
        }
    }

    @SuppressWarnings("unchecked")
    public static Answer failing(Runnable request) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, request::run);
        assertThat(e).as("the request should have failed").isNotNull();
        Map<String, Object> body = e.getResponse().getBody(Map.class).orElse(Map.of());
        String contentType = e.getResponse().getContentType().map(Object::toString).orElse("");
        return new Answer(e.getStatus().getCode(), contentType, body, e);
    }
}
