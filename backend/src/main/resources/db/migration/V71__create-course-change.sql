-- The change log of a course as authored in the platform: who did what to which file, and when. Only ever appended.
CREATE TABLE course_change (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    course_code VARCHAR(64)   NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    user_id     BIGINT        NOT NULL,
    username    VARCHAR(64)   NOT NULL,
    action      VARCHAR(16)   NOT NULL,
    path        VARCHAR(200)  NULL,
    detail      VARCHAR(1000) NULL,
    CONSTRAINT pk_course_change PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_change_course ON course_change (course_code, id);
