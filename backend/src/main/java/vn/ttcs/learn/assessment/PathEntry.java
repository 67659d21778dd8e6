package vn.ttcs.learn.assessment;

import io.micronaut.serde.annotation.Serdeable;

/** One choice made in a drill run: at which step, which option, for how many points. */
@Serdeable
record PathEntry(String stepId, String optionId, int points) {
}
