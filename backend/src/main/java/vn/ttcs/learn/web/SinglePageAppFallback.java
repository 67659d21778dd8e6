package vn.ttcs.learn.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Client-side routes of the Vue app (/admin/users, /login, ...) have no file behind them: a GET for a page that
 * is not found answers with index.html and lets the router in the browser take over. API paths and files with an
 * extension keep their 404.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
final class SinglePageAppFallback {

    private final byte[] indexHtml;
    private final ErrorResponseProcessor<?> errorResponseProcessor;

    SinglePageAppFallback(ResourceResolver resources, ErrorResponseProcessor<?> errorResponseProcessor) {
        this.errorResponseProcessor = errorResponseProcessor;
        Optional<InputStream> index = resources.getResourceAsStream("classpath:public/index.html");
        this.indexHtml = index.map(SinglePageAppFallback::readAll).orElse(null);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        if (indexHtml != null && isPageRequest(request)) {
            return HttpResponse.ok(indexHtml).contentType(MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "no-cache");
        }
        return errorResponseProcessor.processResponse(ErrorContext.builder(request).build(),
                HttpResponse.notFound());
    }

    static boolean isPageRequest(HttpRequest<?> request) {
        String path = request.getPath();
        boolean isApi = path.startsWith("/api/") || path.equals("/api") || path.startsWith("/health")
                || path.startsWith("/verify-api");
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return request.getMethod() == HttpMethod.GET && !isApi && !lastSegment.contains(".");
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
