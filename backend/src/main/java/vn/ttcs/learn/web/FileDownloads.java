package vn.ttcs.learn.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * How a stored file (a lesson image or attachment, a submitted assignment) is sent back: with the type its content
 * was checked to be ({@code vn.ttcs.learn.shared.FileTypes}), never sniffed; shown in the page only when it is a
 * raster image, otherwise offered as a download; and under a Content-Security-Policy of its own that lets nothing in
 * it run, should a browser open it anyway (SVG, PDF, HTML passed off as something else).
 */
public final class FileDownloads {

    /** For served files: no script, no plug-in, no form, no frame; a unique origin (sandbox). */
    public static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";

    private FileDownloads() {
    }

    /**
     * The answer carrying a file.
     *
     * @param inline   shown in the page (raster images only); false offers it as a download
     * @param cacheFor "private, max-age=3600" for course files, "private, no-store" for personal ones
     */
    public static MutableHttpResponse<byte[]> of(byte[] content, String mediaType, String fileName, boolean inline,
                                                 String cacheFor) {
        return HttpResponse.ok(content)
                .contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(inline, fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, cacheFor);
    }

    /** RFC 6266: an ASCII-only fallback name and the real (Vietnamese) name encoded as UTF-8. */
    static String disposition(boolean inline, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
