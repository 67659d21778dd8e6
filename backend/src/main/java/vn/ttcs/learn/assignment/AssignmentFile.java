package vn.ttcs.learn.assignment;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The bytes of a submitted file, exactly as uploaded. */
@MappedEntity("assignment_file")
record AssignmentFile(@Id long submissionId, byte[] content) {
}
