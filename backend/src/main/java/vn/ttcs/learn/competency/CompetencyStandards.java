package vn.ttcs.learn.competency;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import vn.ttcs.learn.content.model.CompetencyStandard;
import vn.ttcs.learn.shared.LocalizedText;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standards of the competency framework, in framework order, parsed from the database. They change only when
 * the curriculum is imported at start, so they are kept for a few minutes rather than read on every request.
 */
@Singleton
public class CompetencyStandards {

    private final CompetencyStandardRepository rows;
    private final ObjectMapper json;
    private final LoadingCache<Boolean, Map<String, CompetencyStandard>> cache;

    CompetencyStandards(CompetencyStandardRepository rows, ObjectMapper json) {
        this.rows = rows;
        this.json = json;
        this.cache = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).build(key -> load());
    }

    public List<CompetencyStandard> all() {
        return List.copyOf(cache.get(Boolean.TRUE).values());
    }

    public Optional<CompetencyStandard> find(String code) {
        return Optional.ofNullable(cache.get(Boolean.TRUE).get(code));
    }

    /** The standard's name; a code no longer in the framework is shown as itself. */
    public LocalizedText name(String code) {
        return find(code).map(CompetencyStandard::name).orElse(new LocalizedText(code, code));
    }

    private Map<String, CompetencyStandard> load() {
        Map<String, CompetencyStandard> standards = new LinkedHashMap<>();
        for (CompetencyStandardRow row : rows.listOrderByPosition()) {
            try {
                standards.put(row.code(), json.readValue(row.definition(), CompetencyStandard.class));
            } catch (IOException e) {
                throw new UncheckedIOException("Competency standard " + row.code() + " is unreadable", e);
            }
        }
        return Collections.unmodifiableMap(standards);
    }
}
