-- People who use the platform. Every user belongs to one unit.
CREATE TABLE app_user (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(64)  NOT NULL,
    full_name            VARCHAR(200) NOT NULL,
    email                VARCHAR(254) NOT NULL,
    job_title            VARCHAR(200) NULL,
    unit_code            VARCHAR(64)  NOT NULL,
    password_hash        VARCHAR(128) NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT uq_app_user_email UNIQUE (email),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_code) REFERENCES unit (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_app_user_unit ON app_user (unit_code, full_name);

-- Roles a user holds (one row per role): TRAINEE, TRAINER, UNIT_MANAGER, REVIEWER, ADMIN.
CREATE TABLE user_role (
    id      BIGINT      NOT NULL AUTO_INCREMENT,
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    CONSTRAINT pk_user_role PRIMARY KEY (id),
    CONSTRAINT uq_user_role UNIQUE (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_role_role ON user_role (role, user_id);
