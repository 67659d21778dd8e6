-- The competency framework, imported from content/competencies/framework.yaml. "definition" keeps the whole
-- standard (indicators per level, GCS and MCI mapping) as JSON; the columns are what queries filter and sort on.
CREATE TABLE competency_standard (
    code         VARCHAR(32)  NOT NULL,
    position     INT          NOT NULL,
    name_vi      VARCHAR(255) NOT NULL,
    name_en      VARCHAR(255) NOT NULL,
    gcs_stage    VARCHAR(32)  NOT NULL,
    mci_function VARCHAR(32)  NOT NULL,
    definition   LONGTEXT     NOT NULL,
    CONSTRAINT pk_competency_standard PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
