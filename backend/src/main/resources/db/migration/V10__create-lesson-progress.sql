-- A trainee's progress through the lessons of the course version they are enrolled in: one row per enrolment and
-- lesson, made the first time the lesson is opened (or marked done). "last_opened_at" moves on every reading;
-- "done_at" is set once, when the trainee marks the lesson as done, and never moves again. The version is repeated
-- here so that the foreign key ties each row to a lesson that really exists in that version. Progress is read by
-- enrolment (the unique key's index); the foreign keys get their own indexes on MySQL and H2.
CREATE TABLE lesson_progress (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    enrolment_id      BIGINT       NOT NULL,
    course_version_id BIGINT       NOT NULL,
    lesson_key        VARCHAR(100) NOT NULL,
    last_opened_at    DATETIME(6)  NULL,
    done_at           DATETIME(6)  NULL,
    CONSTRAINT pk_lesson_progress PRIMARY KEY (id),
    CONSTRAINT uq_lesson_progress UNIQUE (enrolment_id, lesson_key),
    CONSTRAINT fk_lesson_progress_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_lesson_progress_lesson FOREIGN KEY (course_version_id, lesson_key)
        REFERENCES course_lesson (course_version_id, lesson_key)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
