-- Security-relevant actions: who did what to what, when, and from where. The application only ever inserts.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)  NOT NULL,
    actor_user_id  BIGINT       NULL,
    actor_username VARCHAR(64)  NULL,
    action         VARCHAR(64)  NOT NULL,
    target         VARCHAR(255) NULL,
    detail         VARCHAR(1000) NULL,
    remote_address VARCHAR(64)  NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at);
