package vn.ttcs.learn.catalog;

import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.shared.LocalizedText;

/** A competency standard named in both languages. */
@Serdeable
public record CompetencyRef(String code, LocalizedText name) {
}
