-- The files of a version published in the platform, as immutable as the version: its lesson images and attachments
-- are served from here, and the next draft of the course starts from them. Versions imported from content/ have
-- none (their files are the folder's).
CREATE TABLE course_version_file (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    course_version_id BIGINT       NOT NULL,
    path              VARCHAR(200) NOT NULL,
    content           LONGBLOB     NOT NULL,
    CONSTRAINT pk_course_version_file PRIMARY KEY (id),
    CONSTRAINT uq_course_version_file UNIQUE (course_version_id, path),
    CONSTRAINT fk_course_version_file_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
