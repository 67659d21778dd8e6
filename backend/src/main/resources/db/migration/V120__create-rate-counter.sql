-- Counters of requests per key in fixed time windows: sign-in attempts per client address and failures per account
-- (identity/LoginThrottle), verification look-ups per address (certification/VerificationThrottle). Kept in the
-- database, not in an instance's memory, so that every instance behind the load balancer counts against the same
-- limit. A hit is one atomic upsert; rows older than two windows are deleted by any instance (shared/RateCounters).
CREATE TABLE rate_counter (
    counter_key  VARCHAR(190) NOT NULL,
    window_start BIGINT       NOT NULL,
    hits         INT          NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_rate_counter PRIMARY KEY (counter_key, window_start)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_rate_counter_expiry ON rate_counter (expires_at);
