package vn.ttcs.learn.catalog;

import io.micronaut.core.annotation.Nullable;
import vn.ttcs.learn.content.model.Definitions.Track;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.web.ProblemException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static vn.ttcs.learn.shared.SearchText.fold;

/**
 * A search of the catalogue. Every filter that is given must match; {@code q} matches when it occurs in the code,
 * title or summary, in either language, ignoring case, runs of spaces and Vietnamese diacritics.
 */
record CourseQuery(@Nullable String needle, @Nullable Track track, @Nullable String competency, @Nullable Level level,
                   @Nullable String language) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /** Checks each filter and names the one that is wrong. */
    static CourseQuery of(@Nullable String q, @Nullable String track, @Nullable String competency,
                          @Nullable String level, @Nullable String language, Set<String> knownCompetencies) {
        String needle = isBlank(q) ? null : squeeze(fold(q));
        String standard = isBlank(competency) ? null : competency.strip().toUpperCase(Locale.ROOT);
        if (standard != null && !knownCompetencies.contains(standard)) {
            throw ProblemException.badRequest("competency", "'" + competency + "' is not a standard of the "
                    + "competency framework; use one of " + knownCompetencies.stream().sorted()
                    .collect(Collectors.joining(", ")));
        }
        String lang = isBlank(language) ? null : language.strip().toLowerCase(Locale.ROOT);
        if (lang != null && !LANGUAGE.matcher(lang).matches()) {
            throw ProblemException.badRequest("language", "must be a two-letter language code such as vi or en");
        }
        return new CourseQuery(needle, parse("track", track, Track.class), standard, parse("level", level, Level.class),
                lang);
    }

    boolean matches(PublishedCourse course) {
        var version = course.version();
        var definition = course.definition();
        return (track == null || definition.track() == track)
                && (level == null || definition.level() == level)
                && (language == null || language.equals(version.language()))
                && (competency == null || definition.competencies().contains(competency))
                && (needle == null || searchableText(course).contains(needle));
    }

    private static String searchableText(PublishedCourse course) {
        var definition = course.definition();
        return squeeze(fold(String.join(" ", course.code(),
                definition.title().vi(), nullToEmpty(definition.title().en()),
                definition.summary().vi(), nullToEmpty(definition.summary().en()))));
    }

    private static String squeeze(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    @Nullable
    private static <E extends Enum<E>> E parse(String field, @Nullable String value, Class<E> type) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(field, "'" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
