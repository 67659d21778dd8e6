package vn.ttcs.learn.certification;

import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.model.Level;
import vn.ttcs.learn.shared.LocalizedText;

/** A competency as written on a certificate: code, level attained, and the standard's name as at issue. */
@Serdeable
public record CertifiedCompetency(String code, Level level, LocalizedText name) {
}
