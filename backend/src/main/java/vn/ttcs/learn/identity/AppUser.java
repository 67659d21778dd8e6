package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;

@MappedEntity("app_user")
public record AppUser(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        String fullName,
        String email,
        @Nullable String jobTitle,
        String unitCode,
        String passwordHash,
        boolean enabled,
        boolean mustChangePassword,
        Instant createdAt,
        Instant updatedAt,
        @Version Long version) {

    AppUser withProfile(String newFullName, String newEmail, @Nullable String newJobTitle, String newUnitCode,
                        boolean newEnabled) {
        return new AppUser(id, username, newFullName, newEmail, newJobTitle, newUnitCode, passwordHash, newEnabled,
                mustChangePassword, createdAt, Instant.now(), version);
    }

    AppUser withPassword(String newHash, boolean mustChange) {
        return new AppUser(id, username, fullName, email, jobTitle, unitCode, newHash, enabled, mustChange, createdAt,
                Instant.now(), version);
    }

    AppUser withVersion(Long expectedVersion) {
        return new AppUser(id, username, fullName, email, jobTitle, unitCode, passwordHash, enabled, mustChangePassword,
                createdAt, updatedAt, expectedVersion);
    }
}
