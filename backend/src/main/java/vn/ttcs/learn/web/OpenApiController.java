package vn.ttcs.learn.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI document of the whole API, generated at compile time from the controllers. */
@Hidden
@Controller("/api")
@Secured(SecurityRule.IS_ANONYMOUS)
final class OpenApiController {

    static final String DOCUMENT = "classpath:META-INF/swagger/ttcs-learn.yml";

    private final byte[] document;

    OpenApiController(ResourceResolver resources) {
        this.document = resources.getResourceAsStream(DOCUMENT).map(OpenApiController::readAll)
                .orElseThrow(() -> new IllegalStateException("The OpenAPI document " + DOCUMENT + " was not generated"));
    }

    @Get(value = "/openapi.yml", produces = "application/yaml")
    HttpResponse<byte[]> openApi() {
        return HttpResponse.ok(document).contentType(MediaType.of("application/yaml"));
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
