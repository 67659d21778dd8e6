-- A trainee's enrolment in a course, pinned to the course version current when they enrolled: lessons, quizzes and
-- the certificate all come from that version, whatever is published later. Self-enrolment has no assigner; a unit
-- manager's assignment records who assigned it and may set a due date. One enrolment per trainee and course.
CREATE TABLE enrolment (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    user_id           BIGINT      NOT NULL,
    course_code       VARCHAR(64) NOT NULL,
    course_version_id BIGINT      NOT NULL,
    assigned_by       BIGINT      NULL,
    due_on            DATE        NULL,
    enrolled_at       DATETIME(6) NOT NULL,
    completed_at      DATETIME(6) NULL,
    last_lesson_key   VARCHAR(100) NULL,
    CONSTRAINT pk_enrolment PRIMARY KEY (id),
    CONSTRAINT uq_enrolment_user_course UNIQUE (user_id, course_code),
    CONSTRAINT fk_enrolment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_enrolment_course FOREIGN KEY (course_code) REFERENCES course (code),
    CONSTRAINT fk_enrolment_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_enrolment_assigner FOREIGN KEY (assigned_by) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_enrolment_course ON enrolment (course_code, user_id);
