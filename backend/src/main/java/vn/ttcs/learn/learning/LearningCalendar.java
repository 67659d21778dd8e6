package vn.ttcs.learn.learning;

import java.time.LocalDate;
import java.time.ZoneId;

/** Due dates are calendar days in Vietnam: a course due on the 30th is overdue from the 31st, Hanoi time. */
final class LearningCalendar {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private LearningCalendar() {
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
