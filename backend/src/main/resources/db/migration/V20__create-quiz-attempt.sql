-- A trainee's attempt at a quiz of the course version they are enrolled in. "questions" keeps what was drawn for this
-- attempt, in the order shown, with each question's options in their shuffled order (JSON), so that the attempt can
-- be shown and scored again exactly as it was, whatever is published later. The attempt is submitted once:
-- "submission_key" is the client's Idempotency-Key, and a retry with the same key gets the same result back.
-- status: IN_PROGRESS, SUBMITTED, or EXPIRED (the time limit ran out before anything was submitted).
CREATE TABLE quiz_attempt (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    enrolment_id      BIGINT       NOT NULL,
    user_id           BIGINT       NOT NULL,
    course_version_id BIGINT       NOT NULL,
    quiz_id           VARCHAR(100) NOT NULL,
    attempt_no        INT          NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    questions         LONGTEXT     NOT NULL,
    started_at        DATETIME(6)  NOT NULL,
    deadline          DATETIME(6)  NULL,
    submitted_at      DATETIME(6)  NULL,
    score_percent     INT          NULL,
    passed            BOOLEAN      NULL,
    submission_key    VARCHAR(100) NULL,
    answers           LONGTEXT     NULL,
    CONSTRAINT pk_quiz_attempt PRIMARY KEY (id),
    CONSTRAINT uq_quiz_attempt_no UNIQUE (enrolment_id, quiz_id, attempt_no),
    CONSTRAINT uq_quiz_attempt_submission UNIQUE (user_id, submission_key),
    CONSTRAINT fk_quiz_attempt_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_quiz_attempt_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_quiz_attempt_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
