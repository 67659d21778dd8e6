package vn.ttcs.learn.authoring;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.multipart.MultipartBody;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The authoring API as one signed-in trainer or administrator calls it, answered as maps. */
final class AuthoringApi {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);

    private final BlockingHttpClient client;
    private final String token;

    AuthoringApi(HttpClient client, String token) {
        this.client = client.toBlocking();
        this.token = token;
    }

    Map<String, Object> create(String code, String titleVi, String titleEn) {
        return client.retrieve(HttpRequest.POST("/api/authoring/courses",
                Map.of("code", code, "titleVi", titleVi, "titleEn", titleEn)).bearerAuth(token), OBJECT);
    }

    Map<String, Object> draft(String code) {
        return client.retrieve(HttpRequest.GET("/api/authoring/courses/" + code).bearerAuth(token), OBJECT);
    }

    Map<String, Object> start(String code) {
        return client.retrieve(HttpRequest.POST("/api/authoring/courses/" + code + "/draft", Map.of())
                .bearerAuth(token), OBJECT);
    }

    String file(String code, String path) {
        return (String) client.retrieve(HttpRequest.GET("/api/authoring/courses/" + code + "/file?path=" + path)
                .bearerAuth(token), OBJECT).get("content");
    }

    Map<String, Object> save(String code, String path, String content, long version) {
        return client.retrieve(HttpRequest.PUT("/api/authoring/courses/" + code + "/file",
                Map.of("path", path, "content", content, "version", version)).bearerAuth(token), OBJECT);
    }

    Map<String, Object> action(String code, String action, long version) {
        return client.retrieve(HttpRequest.POST("/api/authoring/courses/" + code + "/" + action,
                Map.of("version", version)).bearerAuth(token), OBJECT);
    }

    Map<String, Object> upload(String code, String name, byte[] bytes, long version) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", name, MediaType.APPLICATION_OCTET_STREAM_TYPE, bytes)
                .addPart("version", String.valueOf(version)).build();
        return client.retrieve(HttpRequest.POST("/api/authoring/courses/" + code + "/assets", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), OBJECT);
    }

    Map<String, Object> outline(String code, List<Map<String, Object>> modules, long version) {
        return client.retrieve(HttpRequest.PUT("/api/authoring/courses/" + code + "/outline",
                Map.of("modules", modules, "version", version)).bearerAuth(token), OBJECT);
    }

    String preview(String code, String markdown) {
        return (String) client.retrieve(HttpRequest.POST("/api/authoring/courses/" + code + "/preview",
                Map.of("markdown", markdown)).bearerAuth(token), OBJECT).get("html");
    }

    List<Map<String, Object>> changes(String code) {
        return client.retrieve(HttpRequest.GET("/api/authoring/courses/" + code + "/changes").bearerAuth(token),
                Argument.listOf(OBJECT));
    }

    byte[] export(String code) {
        return client.retrieve(HttpRequest.GET("/api/authoring/courses/" + code + "/export").bearerAuth(token),
                byte[].class);
    }

    HttpResponse<Map<String, Object>> importZip(byte[] zip, Long version) {
        MultipartBody body = MultipartBody.builder()
                .addPart("file", "khoa-hoc.zip", MediaType.of("application/zip"), zip).build();
        String query = version == null ? "" : "?version=" + version;
        return client.exchange(HttpRequest.POST("/api/authoring/import" + query, body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE).bearerAuth(token), OBJECT);
    }

    static long version(Map<String, Object> draft) {
        return ((Number) draft.get("version")).longValue();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> problems(Map<String, Object> draft) {
        return (List<Map<String, Object>>) draft.get("problems");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object value) {
        return (List<Map<String, Object>>) value;
    }

    /** The entries of a ZIP by name. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
