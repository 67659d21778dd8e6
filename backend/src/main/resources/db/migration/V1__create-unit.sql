-- Organisation units: ministries, ministerial-level agencies, government agencies, provinces, centrally run cities.
-- The registry lives in content/organisation/units.yaml; this table mirrors it. Merged units are kept for history.
CREATE TABLE unit (
    code            VARCHAR(64)  NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    name_vi         VARCHAR(255) NOT NULL,
    name_en         VARCHAR(255) NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    merged_into     VARCHAR(64)  NULL,
    merged_on       DATE         NULL,
    supervising     BOOLEAN      NOT NULL DEFAULT FALSE,
    -- target number of certified officers in force; registry_target remembers what the registry file said,
    -- so that an administrator's change survives restarts until the file itself changes.
    target          INT          NULL,
    registry_target INT          NULL,
    CONSTRAINT pk_unit PRIMARY KEY (code)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_unit_kind ON unit (kind, status);
