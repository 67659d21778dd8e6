-- Short-lived access tokens with refresh (docs/security.md). The access token (a JWT of minutes) is checked
-- without the database; the session row holds the refresh token, stored only as its SHA-256 hash, and is
-- rotated at every refresh. The previous hash is kept for a short grace so that two tabs refreshing at once
-- do not lock each other out; presenting any older one ends the session (a replayed, likely stolen, token).
ALTER TABLE user_session ADD COLUMN refresh_hash CHAR(64) NULL;
ALTER TABLE user_session ADD COLUMN previous_refresh_hash CHAR(64) NULL;
ALTER TABLE user_session ADD COLUMN refreshed_at DATETIME(6) NULL;

-- Every instance polls the sessions revoked since its last look (SessionRevocations).
CREATE INDEX ix_user_session_revoked ON user_session (revoked_at);
