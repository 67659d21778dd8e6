package vn.ttcs.learn.reporting;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The instant reports count at, and the calendar they speak in: the platform's time zone (TTCS_TIME_ZONE), the one
 * certificates write their dates in, so a certificate issued on 1 July counts in July on every server.
 */
@Singleton
class ReportClock {

    private final ZoneId zone;

    ReportClock(@Value("${ttcs.certificates.time-zone}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    /** Now, to the microsecond the database keeps. */
    Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    ZoneId zone() {
        return zone;
    }

    LocalDate date(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    Instant startOf(YearMonth month) {
        return startOf(month.atDay(1));
    }

    YearMonth month(Instant instant) {
        return YearMonth.from(instant.atZone(zone));
    }
}
