package vn.ttcs.learn.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import vn.ttcs.learn.authoring.AuthoringCommands.CourseCreateCommand;
import vn.ttcs.learn.authoring.AuthoringCommands.FileSaveCommand;
import vn.ttcs.learn.authoring.AuthoringCommands.OutlineCommand;
import vn.ttcs.learn.authoring.AuthoringCommands.PreviewCommand;
import vn.ttcs.learn.authoring.AuthoringCommands.VersionCommand;
import vn.ttcs.learn.authoring.AuthoringViews.CourseEntry;
import vn.ttcs.learn.authoring.AuthoringViews.DraftView;
import vn.ttcs.learn.authoring.AuthoringViews.FileContent;
import vn.ttcs.learn.authoring.AuthoringViews.Preview;
import vn.ttcs.learn.catalog.CourseAssets;
import vn.ttcs.learn.web.FileDownloads;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.learning.LessonRenderer;
import vn.ttcs.learn.web.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

/**
 * Trainers and administrators write courses here: drafts in the content/ folder format, checked on every change,
 * submitted for review, approved by someone else, exported and imported as ZIP.
 */
@Controller("/api/authoring")
@Secured({Role.Names.TRAINER, Role.Names.ADMIN})
class AuthoringController {

    private final Drafts drafts;
    private final LessonRenderer renderer;

    AuthoringController(Drafts drafts, LessonRenderer renderer) {
        this.drafts = drafts;
        this.renderer = renderer;
    }

    @Get("/courses")
    List<CourseEntry> list() {
        return drafts.list();
    }

    /** A new course from a small valid skeleton: one module, one lesson. */
    @Post("/courses")
    HttpResponse<DraftView> create(@Body @Valid CourseCreateCommand command, Authentication who) {
        DraftView draft = drafts.create(command, author(who));
        return HttpResponse.created(draft, location(draft.code()));
    }

    /** Starts editing a published course: its draft begins as the files of its current version. */
    @Post("/courses/{code}/draft")
    HttpResponse<DraftView> start(@PathVariable String code, Authentication who) {
        return HttpResponse.created(drafts.start(code, author(who)), location(code));
    }

    @Get("/courses/{code}")
    DraftView get(@PathVariable String code, Authentication who) {
        return drafts.view(code, author(who));
    }

    /** @param path a text file of the course folder, e.g. lessons/l01-gioi-thieu.md */
    @Get("/courses/{code}/file")
    FileContent file(@PathVariable String code, @QueryValue String path) {
        return drafts.file(code, path);
    }

    @Put("/courses/{code}/file")
    DraftView save(@PathVariable String code, @Body @Valid FileSaveCommand command, Authentication who) {
        return drafts.save(code, command.path(), command.content(), command.version(), author(who));
    }

    @Delete("/courses/{code}/file")
    DraftView delete(@PathVariable String code, @QueryValue String path, @QueryValue long version,
                     Authentication who) {
        return drafts.delete(code, path, version, author(who));
    }

    /** Reorders modules and lessons (by drag or keyboard in the editor); rewrites the modules of course.yaml. */
    @Put("/courses/{code}/outline")
    DraftView outline(@PathVariable String code, @Body @Valid OutlineCommand command, Authentication who) {
        return drafts.reorder(code, command.modules(), command.version(), author(who));
    }

    @Post(value = "/courses/{code}/assets", consumes = MediaType.MULTIPART_FORM_DATA)
    DraftView upload(@PathVariable String code, @Part("file") CompletedFileUpload file, @Part("version") String version,
                     Authentication who) {
        long expected;
        try {
            expected = Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("version", "must be the draft's version number");
        }
        try {
            return drafts.upload(code, file.getFilename(), file.getBytes(), expected, author(who));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An image or attachment of the draft, for the lesson preview. */
    @Get(value = "/courses/{code}/assets/{file}", produces = "*/*")
    HttpResponse<byte[]> asset(@PathVariable String code, @PathVariable String file) {
        Supplier<ProblemException> missing = () -> ProblemException.notFound("File '" + file + "' of course " + code);
        String extension = CourseAssets.extensionOf(file).orElseThrow(missing);
        byte[] bytes = drafts.asset(code, file).orElseThrow(missing);
        CourseAssets.Kind kind = CourseAssets.kindOf(extension, bytes).orElseThrow(missing);
        return FileDownloads.of(bytes, kind.mediaType(), file, kind.inline(), "private, no-store");
    }

    /** The lesson as trainees will see it: the same renderer and sanitiser, the draft's own images. */
    @Post("/courses/{code}/preview")
    Preview preview(@PathVariable String code, @Body @Valid PreviewCommand command) {
        return new Preview(renderer.renderWithAssetsAt("/api/authoring/courses/" + code + "/assets/",
                command.markdown()));
    }

    @Post("/courses/{code}/submit")
    DraftView submit(@PathVariable String code, @Body @Valid VersionCommand command, Authentication who) {
        return drafts.submit(code, command.version(), author(who));
    }

    @Post("/courses/{code}/return")
    DraftView sendBack(@PathVariable String code, @Body @Valid VersionCommand command, Authentication who) {
        return drafts.sendBack(code, command.version(), command.comment(), author(who));
    }

    @Post("/courses/{code}/approve")
    DraftView approve(@PathVariable String code, @Body @Valid VersionCommand command, Authentication who,
                      HttpRequest<?> request) {
        return drafts.approve(code, command.version(), author(who), request);
    }

    @Get("/courses/{code}/changes")
    List<CourseChange> changes(@PathVariable String code) {
        return drafts.changes(code);
    }

    /** The course folder as a ZIP, exactly as content/courses/&lt;code&gt;/ holds it. */
    @Get(value = "/courses/{code}/export", produces = "application/zip")
    HttpResponse<byte[]> export(@PathVariable String code) {
        return HttpResponse.ok(CourseZip.write(code, drafts.export(code)))
                .contentType(MediaType.of("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + code + ".zip\"");
    }

    /**
     * A course folder as a ZIP becomes a draft. Every problem is reported (400, with file and line); with any
     * problem nothing changes. Replacing an existing draft needs its version.
     */
    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<DraftView> importZip(@Part("file") CompletedFileUpload file,
                                      @Nullable @QueryValue Long version, Authentication who) {
        Drafts.Imported imported;
        try {
            imported = drafts.importZip(file.getBytes(), version, author(who));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imported.created() ? HttpResponse.created(imported.draft(), location(imported.draft().code()))
                : HttpResponse.ok(imported.draft());
    }

    private static Author author(Authentication who) {
        return Author.of(CurrentUser.of(who));
    }

    private static URI location(String code) {
        return URI.create("/api/authoring/courses/" + code);
    }
}
