package vn.ttcs.learn.certification;

import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.content.model.Level;

/** A competency standard (by its framework code) and the level the trainee attained in it. */
@Serdeable
public record AttainedCompetency(String code, Level level) {
}
