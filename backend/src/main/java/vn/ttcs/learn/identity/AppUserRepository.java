package vn.ttcs.learn.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AppUserRepository extends CrudRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    Optional<AppUser> findByEmail(String email);

    List<AppUser> findByUsernameIn(Collection<String> usernames);

    List<AppUser> findByEmailIn(Collection<String> emails);

    List<AppUser> findByIdIn(Collection<Long> ids);

    /** Users matching every filter that is given; {@code q} is a LIKE pattern over name, username and e-mail. */
    @Query(value = """
            SELECT u.* FROM app_user u
            WHERE (:unitCode IS NULL OR u.unit_code = :unitCode)
              AND (:enabled IS NULL OR u.enabled = :enabled)
              AND (:q IS NULL OR u.full_name LIKE :q OR u.username LIKE :q OR u.email LIKE :q)
              AND (:role IS NULL OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = :role))
            ORDER BY u.full_name, u.id
            """,
            countQuery = """
            SELECT COUNT(*) FROM app_user u
            WHERE (:unitCode IS NULL OR u.unit_code = :unitCode)
              AND (:enabled IS NULL OR u.enabled = :enabled)
              AND (:q IS NULL OR u.full_name LIKE :q OR u.username LIKE :q OR u.email LIKE :q)
              AND (:role IS NULL OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = :role))
            """)
    Page<AppUser> search(@Nullable String unitCode, @Nullable Boolean enabled, @Nullable String q,
                         @Nullable String role, Pageable pageable);
}
