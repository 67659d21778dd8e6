package vn.ttcs.learn.content.model;

import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

@Serdeable
public record Framework(LocalizedText name, List<LevelDescription> levels, List<CompetencyStandard> standards) {

    @Serdeable
    public record LevelDescription(Level code, LocalizedText name, LocalizedText description) {
    }

    public boolean hasStandard(String code) {
        return standards.stream().anyMatch(s -> s.code().equals(code));
    }
}
