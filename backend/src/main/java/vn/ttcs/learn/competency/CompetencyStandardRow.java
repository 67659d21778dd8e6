package vn.ttcs.learn.competency;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A standard of the framework as stored; {@code definition} is the full standard as JSON. */
@MappedEntity("competency_standard")
public record CompetencyStandardRow(@Id String code, int position, String nameVi, String nameEn, String gcsStage,
                                    String mciFunction, String definition) {
}
