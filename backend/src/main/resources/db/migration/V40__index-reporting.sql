-- Indexes for the certification reports (reporting/ReportQueries.java, docs/reporting.md), sized for 200,000
-- trainees and 100,000 certificates with a national report in at most 100 ms (median). The reports group and count
-- in the database; these indexes let each query read a narrow index instead of the wide rows (a certificate row
-- carries its PDF, names and competencies; a user row, names and a password hash).

-- Certificates valid now (CERTIFIED_NOW: expires_at > now, issued_at <= now, not revoked, by course) and at month
-- ends (CERTIFICATES_BY_MONTH: a range on expires_at and issued_at): a range scan on expires_at that finds every
-- other column it needs in the index, so the certificate rows themselves are never read.
CREATE INDEX ix_certificate_reporting ON certificate (expires_at, issued_at, revoked_at, user_id, course_code, supersedes);

-- "Not superseded by a correction" (NOT EXISTS ... s.supersedes = c.id) looks a certificate up by what supersedes
-- it. MySQL happens to index the foreign key already; the queries depend on it, so it is stated here.
CREATE INDEX ix_certificate_supersedes ON certificate (supersedes);

-- Registered trainees per unit (COUNTS_BY_UNIT, TRAINEES_COUNT) and by month of registration
-- (REGISTERED_BY_MONTH): unit, enabled flag, creation time and id (the primary key rides along) from the index
-- alone; a unit's report reads only its unit's range.
CREATE INDEX ix_app_user_reporting ON app_user (unit_code, enabled, created_at);
