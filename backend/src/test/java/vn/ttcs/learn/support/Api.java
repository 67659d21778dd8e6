package vn.ttcs.learn.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;

import java.util.List;
import java.util.Map;

/** JSON calls made as a signed-in person (a bearer token), answered as plain maps and lists. */
public final class Api {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(OBJECT);

    private final BlockingHttpClient client;

    public Api(HttpClient client) {
        this.client = client.toBlocking();
    }

    public Map<String, Object> get(String token, String path) {
        return client.retrieve(HttpRequest.GET(path).bearerAuth(token), OBJECT);
    }

    public List<Map<String, Object>> list(String token, String path) {
        return client.retrieve(HttpRequest.GET(path).bearerAuth(token), LIST);
    }

    public HttpResponse<Map<String, Object>> post(String token, String path, Object body) {
        return client.exchange(HttpRequest.POST(path, body).bearerAuth(token), OBJECT);
    }

    public Map<String, Object> put(String token, String path) {
        MutableHttpRequest<Map<String, Object>> request = HttpRequest.PUT(path, Map.of());
        return client.retrieve(request.bearerAuth(token), OBJECT);
    }

    public <T> HttpResponse<T> exchange(MutableHttpRequest<?> request, Class<T> type) {
        return client.exchange(request, type);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(Object value) {
        return (List<Map<String, Object>>) value;
    }

    public static long id(Map<String, Object> object) {
        return ((Number) object.get("id")).longValue();
    }
}
