-- Issued certificates. A row is written once, complete, when the certification rule is met; only its revocation is
-- ever set later, and no row is ever deleted. Everything shown on the certificate is copied here as it was at issue
-- (holder's name, unit, course title, competencies, issuing body), so later changes never alter it, and "pdf" holds
-- the signed PDF exactly as issued: every download returns these bytes.
--
-- issue_key makes issuance happen exactly once, even under concurrent calls: "ORIGINAL:<user>:<course version>" for
-- a first certificate, "RENEWAL:<certificate id>" for the renewal of a certificate, "CORRECTION:<certificate id>" for
-- the certificate that corrects (supersedes) another.
-- verification_code compares byte for byte (ascii_bin): under the table's case-insensitive collation a code typed in
-- another case would verify too.
CREATE TABLE certificate (
    id                BIGINT        NOT NULL,
    number            VARCHAR(32)   NOT NULL,
    verification_code VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    issue_key         VARCHAR(100)  NOT NULL,
    user_id           BIGINT        NOT NULL,
    holder_name       VARCHAR(200)  NOT NULL,
    unit_code         VARCHAR(64)   NOT NULL,
    unit_name_vi      VARCHAR(255)  NOT NULL,
    unit_name_en      VARCHAR(255)  NOT NULL,
    course_code       VARCHAR(64)   NOT NULL,
    course_version_id BIGINT        NOT NULL,
    course_title_vi   VARCHAR(255)  NOT NULL,
    course_title_en   VARCHAR(255)  NOT NULL,
    issuer_name_vi    VARCHAR(255)  NOT NULL,
    issuer_name_en    VARCHAR(255)  NOT NULL,
    -- JSON: [{"code","level","name":{"vi","en"}}], as attained at issue
    competencies      LONGTEXT      NOT NULL,
    issued_at         DATETIME(6)   NOT NULL,
    expires_at        DATETIME(6)   NOT NULL,
    renewal_of        BIGINT        NULL,
    supersedes        BIGINT        NULL,
    revoked_at        DATETIME(6)   NULL,
    revoked_by        BIGINT        NULL,
    revocation_reason VARCHAR(1000) NULL,
    pdf               LONGBLOB      NOT NULL,
    pdf_sha256        CHAR(64)      NOT NULL,
    CONSTRAINT pk_certificate PRIMARY KEY (id),
    CONSTRAINT uq_certificate_number UNIQUE (number),
    CONSTRAINT uq_certificate_verification_code UNIQUE (verification_code),
    CONSTRAINT uq_certificate_issue_key UNIQUE (issue_key),
    CONSTRAINT fk_certificate_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_certificate_unit FOREIGN KEY (unit_code) REFERENCES unit (code),
    CONSTRAINT fk_certificate_course FOREIGN KEY (course_code) REFERENCES course (code),
    CONSTRAINT fk_certificate_version FOREIGN KEY (course_version_id) REFERENCES course_version (id),
    CONSTRAINT fk_certificate_renewal_of FOREIGN KEY (renewal_of) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_supersedes FOREIGN KEY (supersedes) REFERENCES certificate (id),
    CONSTRAINT fk_certificate_revoked_by FOREIGN KEY (revoked_by) REFERENCES app_user (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_certificate_user ON certificate (user_id, issued_at);
CREATE INDEX ix_certificate_unit_expiry ON certificate (unit_code, expires_at);
CREATE INDEX ix_certificate_course ON certificate (course_code, course_version_id);
