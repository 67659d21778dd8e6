-- A trainee's submission of a trainer-graded assignment of the course version they are enrolled in: text, a file
-- (kept in assignment_file, never in the web root), or both. submission_no counts the trainee's submissions of one
-- assignment; a new one is accepted only after a FAILED grade. "submission_key" is the client's Idempotency-Key, so a
-- retried upload answers the submission it already made.
-- status: WAITING (for a trainer), PASSED or FAILED. Grading moves WAITING to PASSED/FAILED once: the update names
-- the status it expects, so a second trainer grading the same submission changes nothing and is told so (409).
-- grades: JSON [{"criterionId","points","comment"}] in rubric order.
CREATE TABLE assignment_submission (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    enrolment_id      BIGINT       NOT NULL,
    user_id           BIGINT       NOT NULL,
    course_version_id BIGINT       NOT NULL,
    assignment_id     VARCHAR(100) NOT NULL,
    submission_no     INT          NOT NULL,
    submission_key    VARCHAR(100) NOT NULL,
    body_text         LONGTEXT     NULL,
    file_name         VARCHAR(255) NULL,
    file_type         VARCHAR(100) NULL,
    file_size         INT          NULL,
    submitted_at      DATETIME(6)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    graded_by         BIGINT       NULL,
    graded_at         DATETIME(6)  NULL,
    score_percent     INT          NULL,
    grades            LONGTEXT     NULL,
    grade_comment     VARCHAR(4000) NULL,
    CONSTRAINT pk_assignment_submission PRIMARY KEY (id),
    CONSTRAINT uq_assignment_submission_no UNIQUE (enrolment_id, assignment_id, submission_no),
    CONSTRAINT uq_assignment_submission_key UNIQUE (user_id, submission_key),
    CONSTRAINT fk_assignment_submission_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_assignment_submission_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_assignment_submission_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_assignment_submission_grader FOREIGN KEY (graded_by) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_assignment_submission_status ON assignment_submission (status, submitted_at);
