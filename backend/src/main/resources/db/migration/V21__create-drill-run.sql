-- A trainee's run through a scenario drill of their enrolment's course version. "path" is the list of choices made so
-- far (step, option, points), as JSON; "current_step" is where the trainee stands (an ending once finished).
-- "max_points" is the best possible path's total, against which the drill's pass mark is measured.
CREATE TABLE drill_run (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    enrolment_id      BIGINT       NOT NULL,
    user_id           BIGINT       NOT NULL,
    course_version_id BIGINT       NOT NULL,
    drill_id          VARCHAR(100) NOT NULL,
    run_no            INT          NOT NULL,
    current_step      VARCHAR(100) NOT NULL,
    path              LONGTEXT     NOT NULL,
    points            INT          NOT NULL,
    max_points        INT          NOT NULL,
    started_at        DATETIME(6)  NOT NULL,
    finished_at       DATETIME(6)  NULL,
    score_percent     INT          NULL,
    passed            BOOLEAN      NULL,
    CONSTRAINT pk_drill_run PRIMARY KEY (id),
    CONSTRAINT uq_drill_run_no UNIQUE (enrolment_id, drill_id, run_no),
    CONSTRAINT fk_drill_run_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id),
    CONSTRAINT fk_drill_run_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_drill_run_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
