-- Hands out certificate ids, from which the human-readable numbers are made (TTCS-2026-000123). Each allocation is
-- one insert, so concurrent issuers never get the same number; a number whose issue did not complete is not reused,
-- so numbers are unique and increasing but may have gaps.
CREATE TABLE certificate_number (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    allocated_at DATETIME(6) NOT NULL,
    CONSTRAINT pk_certificate_number PRIMARY KEY (id)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
