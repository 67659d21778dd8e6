-- A course being written in the platform: its working copy is the course folder in the content/ format, kept as
-- files (course_draft_file), so that what is validated, exported and published is exactly what content/ holds.
-- "version" grows with every change and guards against two authors overwriting each other (optimistic locking).
-- There is at most one draft per course; it stays after publishing (state PUBLISHED) as the base of the next edit.
CREATE TABLE course_draft (
    course_code      VARCHAR(64) NOT NULL,
    state            VARCHAR(16) NOT NULL,
    title_vi         VARCHAR(255) NOT NULL,
    title_en         VARCHAR(255) NULL,
    version          BIGINT      NOT NULL,
    base_version_id  BIGINT      NULL,
    created_by       BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_by       BIGINT      NOT NULL,
    updated_by_name  VARCHAR(64) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    submitted_by     BIGINT      NULL,
    submitted_at     DATETIME(6) NULL,
    CONSTRAINT pk_course_draft PRIMARY KEY (course_code),
    CONSTRAINT fk_course_draft_base FOREIGN KEY (base_version_id) REFERENCES course_version (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_draft_file (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    course_code VARCHAR(64)  NOT NULL,
    path        VARCHAR(200) NOT NULL,
    content     LONGBLOB     NOT NULL,
    CONSTRAINT pk_course_draft_file PRIMARY KEY (id),
    CONSTRAINT uq_course_draft_file UNIQUE (course_code, path),
    CONSTRAINT fk_course_draft_file_draft FOREIGN KEY (course_code) REFERENCES course_draft (course_code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who changed a draft in the current round (since it was created or last published): none of them may approve it.
CREATE TABLE course_draft_editor (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    course_code VARCHAR(64) NOT NULL,
    user_id     BIGINT      NOT NULL,
    CONSTRAINT pk_course_draft_editor PRIMARY KEY (id),
    CONSTRAINT uq_course_draft_editor UNIQUE (course_code, user_id),
    CONSTRAINT fk_course_draft_editor_draft FOREIGN KEY (course_code) REFERENCES course_draft (course_code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
