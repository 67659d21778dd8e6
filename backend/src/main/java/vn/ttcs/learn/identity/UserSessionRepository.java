package vn.ttcs.learn.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserSessionRepository extends CrudRepository<UserSession, String> {

    /** Replaces the refresh token, only if nobody replaced {@code presented} first: 1 when this call won. */
    @Query("""
            UPDATE user_session SET previous_refresh_hash = refresh_hash, refresh_hash = :next, refreshed_at = :now
            WHERE id = :id AND refresh_hash = :presented AND revoked_at IS NULL
            """)
    long rotate(String id, String presented, String next, Instant now);

    @Query("UPDATE user_session SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
    long revoke(String id, Instant now);

    @Query("SELECT id FROM user_session WHERE user_id = :userId AND revoked_at IS NULL AND expires_at > :now AND id <> :keep")
    List<String> findOpenIdsOfUserExcept(Long userId, String keep, Instant now);

    @Query("UPDATE user_session SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL AND id <> :keep")
    long revokeAllOfUserExcept(Long userId, String keep, Instant now);

    /** Sessions revoked at or after {@code since}, by any instance: an index range on revoked_at. */
    @Query("SELECT id, revoked_at FROM user_session WHERE revoked_at >= :since")
    List<RevokedSession> findRevokedSince(Instant since);
}
