package vn.ttcs.learn.content.model;

import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;
import java.util.Map;

/** One line of the competency framework, with observable indicators for each level. */
@Serdeable
public record CompetencyStandard(String code, LocalizedText name, LocalizedText description,
                                 Definitions.GcsStage gcsStage, LocalizedText gcsDiscipline,
                                 Definitions.MciFunction mciFunction, List<String> directive07Tasks,
                                 Map<Level, List<LocalizedText>> indicators) {
}
