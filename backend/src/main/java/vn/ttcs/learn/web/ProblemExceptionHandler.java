package vn.ttcs.learn.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Singleton
@Produces(Problem.MEDIA_TYPE)
@Requires(classes = {ProblemException.class, ExceptionHandler.class})
final class ProblemExceptionHandler implements ExceptionHandler<ProblemException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ProblemException exception) {
        var problem = new Problem(Problems.typeUri(exception.type()), exception.status().getReason(),
                exception.status().getCode(), exception.getMessage(),
                exception.errors().isEmpty() ? null : exception.errors());
        var response = Problems.response(exception.status(), problem);
        if (exception.retryAfter() != null) {
            response.header("Retry-After", String.valueOf(Math.max(1, exception.retryAfter().toSeconds() + 1)));
        }
        return response;
    }
}
