package vn.ttcs.learn.learning;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.constraints.Pattern;
import vn.ttcs.learn.identity.CurrentUser;
import vn.ttcs.learn.identity.Role;
import vn.ttcs.learn.shared.CourseWorkRecorded;

/** The lesson reader: only the trainee of the enrolment reads and marks its lessons. */
@Controller("/api/enrolments/{id}/lessons")
@Secured(Role.Names.TRAINEE)
class LessonController {

    private static final String LESSON_KEY = "[a-z0-9][a-z0-9-]{0,99}";

    private final LessonReading reading;
    private final ApplicationEventPublisher<CourseWorkRecorded> work;

    LessonController(LessonReading reading, ApplicationEventPublisher<CourseWorkRecorded> work) {
        this.reading = reading;
        this.work = work;
    }

    /** The lesson with its sanitised HTML; opening it records the time and makes it the resume point. */
    @Get("/{lessonKey}")
    LessonView read(@PathVariable long id, @PathVariable @Pattern(regexp = LESSON_KEY) String lessonKey,
                    Authentication authentication) {
        return reading.read(CurrentUser.of(authentication), id, lessonKey);
    }

    /** Marks the lesson done; doing it again changes nothing. Answers the enrolment with its progress. */
    @Put("/{lessonKey}/done")
    EnrolmentDetail markDone(@PathVariable long id, @PathVariable @Pattern(regexp = LESSON_KEY) String lessonKey,
                             Authentication authentication) {
        EnrolmentDetail detail = reading.markDone(CurrentUser.of(authentication), id, lessonKey);
        work.publishEvent(new CourseWorkRecorded(id));
        return detail;
    }
}
