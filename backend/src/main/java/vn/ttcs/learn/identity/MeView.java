package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.ttcs.learn.organisation.UnitKind;
import vn.ttcs.learn.shared.LocalizedText;

import java.util.List;

/** The signed-in user, as the app shell needs them. */
@Serdeable
public record MeView(long id, String username, String fullName, String email, @Nullable String jobTitle,
                     UnitRef unit, List<Role> roles, boolean mustChangePassword) {

    @Serdeable
    public record UnitRef(String code, LocalizedText name, UnitKind kind) {
    }
}
