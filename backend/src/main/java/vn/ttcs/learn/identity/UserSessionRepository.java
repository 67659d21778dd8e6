package vn.ttcs.learn.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserSessionRepository extends CrudRepository<UserSession, String> {

    /** 1 when the session is open and its user enabled, else 0: one indexed look-up per request. */
    @Query("""
            SELECT COUNT(*) FROM user_session s JOIN app_user u ON u.id = s.user_id
            WHERE s.id = :id AND s.revoked_at IS NULL AND s.expires_at > :now AND u.enabled = TRUE
            """)
    long countActive(String id, Instant now);

    @Query("UPDATE user_session SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    long revoke(String id, Instant now);

    @Query("UPDATE user_session SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL AND id <> :keep")
    long revokeAllOfUserExcept(Long userId, String keep, Instant now);
}
