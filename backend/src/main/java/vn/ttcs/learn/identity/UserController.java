package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import vn.ttcs.learn.audit.AuditLog;

import java.io.IOException;
import java.io.UncheckedIOException;

/** User administration: ADMIN for everyone, UNIT_MANAGER for the trainees of its own unit. */
@Controller("/api/users")
@Secured({Role.Names.ADMIN, Role.Names.UNIT_MANAGER})
class UserController {

    private final UserDirectory directory;
    private final TraineeImport traineeImport;
    private final AuditLog audit;

    UserController(UserDirectory directory, TraineeImport traineeImport, AuditLog audit) {
        this.directory = directory;
        this.traineeImport = traineeImport;
        this.audit = audit;
    }

    @Get
    UserPage list(@Nullable @QueryValue String unit, @Nullable @QueryValue Role role,
                  @Nullable @QueryValue @Size(max = 100) String q, @Nullable @QueryValue Boolean enabled,
                  @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                  @QueryValue(defaultValue = "20") @Min(1) @Max(200) int size,
                  Authentication authentication) {
        return directory.search(CurrentUser.of(authentication), unit, role, q, enabled, page, size);
    }

    @Get("/{id}")
    UserView get(@PathVariable long id, Authentication authentication) {
        return directory.get(CurrentUser.of(authentication), id);
    }

    @Post
    HttpResponse<UserCreated> create(@Body @Valid UserSaveCommand command, Authentication authentication,
                                     HttpRequest<?> request) {
        UserCreated created = directory.create(CurrentUser.of(authentication), command);
        audit.record(authentication, request, "USER_CREATED", "user:" + created.user().username(),
                "unit " + created.user().unitCode() + ", roles " + created.user().roles());
        return HttpResponse.created(created, UriBuilder.of("/api/users").path(String.valueOf(created.user().id())).build());
    }

    @Put("/{id}")
    UserView update(@PathVariable long id, @Body @Valid UserUpdateCommand command, Authentication authentication,
                    HttpRequest<?> request) {
        UserView updated = directory.update(CurrentUser.of(authentication), id, command);
        audit.record(authentication, request, "USER_UPDATED", "user:" + updated.username(),
                "unit " + updated.unitCode() + ", roles " + updated.roles() + ", enabled " + updated.enabled());
        return updated;
    }

    @Post("/{id}/password-reset")
    TemporaryPassword resetPassword(@PathVariable long id, Authentication authentication, HttpRequest<?> request) {
        TemporaryPassword reset = directory.resetPassword(CurrentUser.of(authentication), id);
        audit.record(authentication, request, "PASSWORD_RESET", "user-id:" + id, null);
        return reset;
    }

    /** A CSV or XLSX list of trainees. Any bad row: nothing is imported and every bad row is reported. */
    @Post(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA)
    TraineeImport.Result importTrainees(@Part("file") CompletedFileUpload file, Authentication authentication,
                                        HttpRequest<?> request) {
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TraineeImport.Result result = traineeImport.run(CurrentUser.of(authentication), file.getFilename(), bytes);
        audit.record(authentication, request, "TRAINEES_IMPORTED", "file:" + file.getFilename(),
                result.created() + " created, " + result.updated() + " updated, " + result.unchanged() + " unchanged");
        return result;
    }
}
