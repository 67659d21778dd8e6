package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One allocated certificate id; the human-readable number is made from it. */
@MappedEntity("certificate_number")
record CertificateNumber(@Id @GeneratedValue @Nullable Long id, Instant allocatedAt) {
}
