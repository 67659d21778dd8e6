package vn.ttcs.learn.catalog;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.ttcs.learn.web.FileDownloads;
import vn.ttcs.learn.web.ProblemException;

/** Lesson images and attachments, for signed-in users (the browser sends the session cookie with an image request). */
@Controller("/api/courses")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CourseAssetController {

    private final CourseAssets assets;
    private final CourseCatalog catalog;

    CourseAssetController(CourseAssets assets, CourseCatalog catalog) {
        this.assets = assets;
        this.catalog = catalog;
    }

    @Get(value = "/{code}/assets/{file}", produces = "*/*")
    HttpResponse<byte[]> asset(@PathVariable String code, @PathVariable String file) {
        CourseAssets.Asset asset = catalog.current(code).flatMap(c -> assets.find(c, file))
                .orElseThrow(() -> ProblemException.notFound("File '" + file + "' of course " + code));
        return FileDownloads.of(asset.bytes(), asset.kind().mediaType(), asset.fileName(), asset.kind().inline(),
                "private, max-age=3600");
    }
}
