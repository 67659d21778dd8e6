-- The file of an assignment submission, apart from the submission row so that queues and lists never read it. The
-- bytes are served back only as an attachment, with the type detected from their content when they were accepted.
CREATE TABLE assignment_file (
    submission_id BIGINT   NOT NULL,
    content       LONGBLOB NOT NULL,
    CONSTRAINT pk_assignment_file PRIMARY KEY (submission_id),
    CONSTRAINT fk_assignment_file_submission FOREIGN KEY (submission_id) REFERENCES assignment_submission (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
