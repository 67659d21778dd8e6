-- Courses and their versions. A course version is an immutable snapshot: a change to a course's content creates a
-- new version, and trainees keep the version they enrolled in. "definition" is the whole course as authored (JSON);
-- lessons are also rows, since progress is recorded per lesson and version.
CREATE TABLE course (
    code               VARCHAR(64) NOT NULL,
    current_version_id BIGINT      NULL,
    created_at         DATETIME(6) NOT NULL,
    CONSTRAINT pk_course PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_version (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    course_code      VARCHAR(64)  NOT NULL,
    version_no       INT          NOT NULL,
    content_hash     CHAR(64)     NOT NULL,
    title_vi         VARCHAR(255) NOT NULL,
    title_en         VARCHAR(255) NOT NULL,
    track            VARCHAR(32)  NOT NULL,
    level            VARCHAR(32)  NOT NULL,
    language         VARCHAR(8)   NOT NULL,
    duration_minutes INT          NOT NULL,
    definition       LONGTEXT     NOT NULL,
    origin           VARCHAR(16)  NOT NULL,
    published_at     DATETIME(6)  NOT NULL,
    CONSTRAINT pk_course_version PRIMARY KEY (id),
    CONSTRAINT uq_course_version UNIQUE (course_code, version_no),
    CONSTRAINT fk_course_version_course FOREIGN KEY (course_code) REFERENCES course (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE course_lesson (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    course_version_id BIGINT       NOT NULL,
    lesson_key        VARCHAR(100) NOT NULL,
    module_key        VARCHAR(64)  NOT NULL,
    position          INT          NOT NULL,
    title_vi          VARCHAR(255) NOT NULL,
    title_en          VARCHAR(255) NOT NULL,
    duration_minutes  INT          NOT NULL,
    required          BOOLEAN      NOT NULL,
    body_markdown     LONGTEXT     NOT NULL,
    CONSTRAINT pk_course_lesson PRIMARY KEY (id),
    CONSTRAINT uq_course_lesson UNIQUE (course_version_id, lesson_key),
    CONSTRAINT fk_course_lesson_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_course_lesson_order ON course_lesson (course_version_id, position);
