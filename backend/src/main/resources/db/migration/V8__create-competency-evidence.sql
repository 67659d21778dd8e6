-- Evidence of competence: one row per standard that a piece of passed, assessed work counted for (a quiz attempt, a
-- scenario drill run, a graded assignment). A trainee's level in a standard is derived from these rows by the rule in
-- docs/competency-profile.md. The same source never counts twice for the same standard.
CREATE TABLE competency_evidence (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    user_id           BIGINT      NOT NULL,
    standard_code     VARCHAR(32) NOT NULL,
    level             VARCHAR(16) NOT NULL,
    source_kind       VARCHAR(16) NOT NULL,
    source_id         BIGINT      NOT NULL,
    course_version_id BIGINT      NOT NULL,
    score_percent     INT         NOT NULL,
    recorded_at       DATETIME(6) NOT NULL,
    CONSTRAINT pk_competency_evidence PRIMARY KEY (id),
    CONSTRAINT uq_competency_evidence_source UNIQUE (source_kind, source_id, standard_code),
    CONSTRAINT fk_competency_evidence_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_competency_evidence_standard FOREIGN KEY (standard_code) REFERENCES competency_standard (code),
    CONSTRAINT fk_competency_evidence_version FOREIGN KEY (course_version_id) REFERENCES course_version (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_competency_evidence_user ON competency_evidence (user_id, standard_code, level);
