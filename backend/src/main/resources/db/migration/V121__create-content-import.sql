-- What the content folder (organisation registry and curriculum) was when it was last imported, as a SHA-256 over
-- every file. A start whose content is unchanged reads nothing more. The row is also the lock that instances
-- starting together take in turn (SELECT ... FOR UPDATE), so that only one of them imports a changed folder.
CREATE TABLE content_import (
    name        VARCHAR(32)  NOT NULL,
    fingerprint VARCHAR(64)  NOT NULL,
    imported_at DATETIME(6)  NULL,
    CONSTRAINT pk_content_import PRIMARY KEY (name)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO content_import (name, fingerprint, imported_at) VALUES ('content', '', NULL);
