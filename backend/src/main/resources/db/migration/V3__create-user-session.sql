-- A signed-in session. The access token names its session (claim "sid"); a token whose session is revoked,
-- expired, or whose user is disabled is refused on the next request. Kept in the database so that every
-- instance of the platform sees the same sessions.
CREATE TABLE user_session (
    id             VARCHAR(64)  NOT NULL,
    user_id        BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    revoked_at     DATETIME(6)  NULL,
    remote_address VARCHAR(64)  NULL,
    CONSTRAINT pk_user_session PRIMARY KEY (id),
    CONSTRAINT fk_user_session_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_session_user ON user_session (user_id, revoked_at);
