package vn.ttcs.learn;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Logging as the platform sets it up without a logback.xml; a file chosen for logback still wins. */
class ConsoleLoggingTest {

    @Test
    void oneLinePerEventOnStandardOutputAtInfoWithThePoolAndFlywayAtWarn() {
        LoggerContext context = new LoggerContext();

        ConsoleLogging.setUp(context);

        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("vn.ttcs.learn.PlatformStartup").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(context.getLogger("com.zaxxer.hikari.pool.HikariPool").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(context.getLogger("org.flywaydb.core.Flyway").getEffectiveLevel()).isEqualTo(Level.WARN);
        var appender = (ConsoleAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT");
        assertThat(appender.isStarted()).isTrue();
        var encoder = (PatternLayoutEncoder) appender.getEncoder();
        var event = new ch.qos.logback.classic.spi.LoggingEvent("x", context.getLogger("vn.ttcs.learn.Demo"),
                Level.WARN, "Nội dung {}", null, new Object[]{"đã nhập"});
        assertThat(new String(encoder.encode(event), StandardCharsets.UTF_8))
                .matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} WARN  vn.ttcs.learn.Demo - Nội dung đã nhập\\R");
    }

    @Test
    void theTestsLogbackFileIsLeftToLogback() {
        LoggerContext context = new LoggerContext();
        ConsoleLogging logging = new ConsoleLogging();
        logging.setContext(context);

        assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT")).isNull();
    }
}
