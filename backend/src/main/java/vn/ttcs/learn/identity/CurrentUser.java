package vn.ttcs.learn.identity;

import io.micronaut.security.authentication.Authentication;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** The signed-in user as the access token names them: id, session, unit and roles. */
public record CurrentUser(long id, String username, String sessionId, String unitCode, Set<Role> roles) {

    static final String USER_ID = "uid";
    static final String SESSION_ID = "sid";
    static final String UNIT = "unit";

    public static CurrentUser of(Authentication authentication) {
        var attributes = authentication.getAttributes();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<String> names = authentication.getRoles();
        names.forEach(r -> roles.add(Role.valueOf(r)));
        return new CurrentUser(((Number) attributes.get(USER_ID)).longValue(), authentication.getName(),
                String.valueOf(attributes.get(SESSION_ID)), String.valueOf(attributes.get(UNIT)), roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
