package vn.ttcs.learn.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

final class Problems {

    private static final MediaType PROBLEM_JSON = MediaType.of(Problem.MEDIA_TYPE);

    private Problems() {
    }

    static String typeUri(String type) {
        return "https://ttcs-learn.vn/problems/" + type;
    }

    static MutableHttpResponse<Problem> response(HttpStatus status, Problem problem) {
        return HttpResponse.<Problem>status(status).contentType(PROBLEM_JSON).body(problem);
    }
}
