package vn.ttcs.learn.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ttcs.learn.audit.AuditLog;
import vn.ttcs.learn.organisation.Unit;
import vn.ttcs.learn.organisation.UnitRepository;

import java.time.Instant;

/**
 * On a start with no administrator, creates user {@code admin} in the supervising unit. Its password is
 * TTCS_ADMIN_PASSWORD when set; otherwise a random one, printed once to the log, to be changed at first sign-in.
 * There is no default password anywhere.
 */
@Singleton
public class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String USERNAME = "admin";

    private final AppUserRepository users;
    private final UserRoleRepository roles;
    private final UnitRepository units;
    private final PasswordHasher passwords;
    private final AuditLog audit;
    private final String configuredPassword;

    FirstAdministrator(AppUserRepository users, UserRoleRepository roles, UnitRepository units,
                       PasswordHasher passwords, AuditLog audit,
                       @Nullable @Value("${ttcs.admin.initial-password:}") String configuredPassword) {
        this.users = users;
        this.roles = roles;
        this.units = units;
        this.passwords = passwords;
        this.audit = audit;
        this.configuredPassword = configuredPassword;
    }

    @Transactional
    public void ensure() {
        if (roles.existsByRole(Role.ADMIN)) {
            return;
        }
        if (users.findByUsername(USERNAME).isPresent()) {
            throw new IllegalStateException("No user holds the ADMIN role, but the username '" + USERNAME
                    + "' is taken; give a user the ADMIN role in the database");
        }
        Unit home = units.findBySupervisingTrue().orElseThrow(() -> new IllegalStateException(
                "The organisation registry names no supervising unit (supervising: true); the first administrator "
                        + "needs one"));
        boolean configured = configuredPassword != null && !configuredPassword.isBlank();
        String hash;
        if (configured) {
            PasswordPolicy.check("TTCS_ADMIN_PASSWORD", configuredPassword, USERNAME);
            hash = passwords.hash(configuredPassword);
        } else {
            String generated = passwords.newTemporaryPassword();
            hash = passwords.hashTemporary(generated);
            LOG.warn("""

                    ==========================================================================
                     First start: created administrator '{}' with the one-time password
                         {}
                     Sign in and choose a new password. This password is not shown again.
                    ==========================================================================""",
                    USERNAME, generated);
        }
        Instant now = Instant.now();
        AppUser admin = users.save(new AppUser(null, USERNAME, "Quản trị hệ thống", "admin@ttcs-learn.invalid", null,
                home.code(), hash, true, !configured, now, now, 0L));
        roles.save(new UserRole(null, admin.id(), Role.ADMIN));
        audit.record(null, "system", null, "ADMIN_BOOTSTRAPPED", "user:" + USERNAME,
                configured ? "password from TTCS_ADMIN_PASSWORD" : "random one-time password");
    }
}
