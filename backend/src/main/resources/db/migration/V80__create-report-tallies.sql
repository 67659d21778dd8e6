-- Report tallies: the counts of the certification report kept up to date in the transactions that change them
-- (account created, changed, disabled or imported; enrolment; certificate issued, renewed, corrected or revoked), so
-- that the national report sums a few thousand small rows instead of counting 200,000 people. ReportTallies
-- (reporting/) maintains them; docs/reporting.md explains them; POST /api/admin/report-tallies/rebuild recounts them
-- from scratch (docs/operations.md).
--
-- Who is counted: a registered trainee (an enabled account with the TRAINEE role), in the unit their account is
-- recorded in. course_code '*' stands for "any course" (the report without a course filter).

-- The counted trainees and their unit: what each one adds to report_unit_tally.
CREATE TABLE report_trainee (
    user_id   BIGINT      NOT NULL,
    unit_code VARCHAR(64) NOT NULL,
    CONSTRAINT pk_report_trainee PRIMARY KEY (user_id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per counted trainee and course (and '*'): enrolled or not, and the last expiry among their certificates of the
-- course that are neither revoked nor superseded by a correction (null: none). Certified now = last_expiry > now.
-- What each row adds to report_enrolled_tally and report_certified_tally; the index serves the partial months.
CREATE TABLE report_trainee_course (
    user_id     BIGINT      NOT NULL,
    course_code VARCHAR(64) NOT NULL,
    unit_code   VARCHAR(64) NOT NULL,
    enrolled    BOOLEAN     NOT NULL,
    last_expiry DATETIME(6) NULL,
    CONSTRAINT pk_report_trainee_course PRIMARY KEY (user_id, course_code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_report_trainee_course_expiry ON report_trainee_course (course_code, last_expiry, unit_code);

-- Registered trainees per unit.
CREATE TABLE report_unit_tally (
    unit_code  VARCHAR(64) NOT NULL,
    registered BIGINT      NOT NULL,
    CONSTRAINT pk_report_unit_tally PRIMARY KEY (unit_code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Registered trainees enrolled in a course (or in any, '*'), per unit.
CREATE TABLE report_enrolled_tally (
    course_code VARCHAR(64) NOT NULL,
    unit_code   VARCHAR(64) NOT NULL,
    trainees    BIGINT      NOT NULL,
    CONSTRAINT pk_report_enrolled_tally PRIMARY KEY (course_code, unit_code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Registered trainees by the month (its first day, platform time zone) in which their last certificate of a course
-- (or of any, '*') expires, per unit: certified now = the sum over the months after this one, plus those of this
-- month whose certificate expires after now (read from report_trainee_course). A few dozen rows per unit and course.
CREATE TABLE report_certified_tally (
    course_code VARCHAR(64) NOT NULL,
    expires_in  DATE        NOT NULL,
    unit_code   VARCHAR(64) NOT NULL,
    trainees    BIGINT      NOT NULL,
    CONSTRAINT pk_report_certified_tally PRIMARY KEY (course_code, expires_in, unit_code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row: when the tallies were last recounted from scratch (null: never; the platform recounts on its next start).
CREATE TABLE report_tally_state (
    id         INT         NOT NULL,
    rebuilt_at DATETIME(6) NULL,
    CONSTRAINT pk_report_tally_state PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO report_tally_state (id, rebuilt_at) VALUES (1, NULL);
