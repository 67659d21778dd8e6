package vn.ttcs.learn.learning;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A trainee's home: their courses, those in progress first (soonest due date first, then the most recently
 * enrolled), then those whose required lessons are all done.
 */
@Serdeable
public record Dashboard(List<EnrolmentView> enrolments) {
}
