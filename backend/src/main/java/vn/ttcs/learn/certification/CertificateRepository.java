package vn.ttcs.learn.certification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Certificates are added and revoked, never changed otherwise and never deleted. Reads other than a PDF download
 * return the {@link Certificate} projection, so the stored PDFs stay in the database.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificateRepository extends GenericRepository<CertificateRow, Long> {

    String COLUMNS = """
            c.id, c.number, c.verification_code, c.user_id, c.holder_name, c.unit_code, c.unit_name_vi,
            c.unit_name_en, c.course_code, c.course_version_id, c.course_title_vi, c.course_title_en, c.issuer_name_vi,
            c.issuer_name_en, c.competencies,
            c.issued_at, c.expires_at, c.renewal_of, c.supersedes, c.revoked_at, c.revoked_by, c.revocation_reason,
            c.pdf_sha256""";

    CertificateRow save(CertificateRow row);

    /** The whole row with its PDF. */
    Optional<CertificateRow> findById(long id);

    /** What a download needs: the signed PDF, its holder, unit and number. */
    @Query("SELECT user_id, unit_code, number, pdf_sha256, pdf FROM certificate WHERE id = :id")
    Optional<StoredPdf> findPdf(long id);

    Optional<Certificate> getById(long id);

    Optional<Certificate> getByVerificationCode(String verificationCode);

    Optional<Certificate> getByIssueKey(String issueKey);

    Optional<Certificate> getBySupersedes(Long supersedes);

    List<Certificate> getByUserIdOrderByIssuedAtDesc(long userId);

    List<Certificate> getByUserIdIn(Collection<Long> userIds);

    /** A unit's certificates: issued while the holder was in the unit, or held by someone who is in it now. */
    @Query("SELECT " + COLUMNS + """
             FROM certificate c
            WHERE c.unit_code = :unitCode
               OR c.user_id IN (SELECT u.id FROM app_user u WHERE u.unit_code = :unitCode)
            ORDER BY c.holder_name, c.issued_at, c.id""")
    List<Certificate> findOfUnit(String unitCode);

    /** Sets the revocation once: 0 rows when the certificate is unknown or already revoked. */
    @Query("""
            UPDATE certificate SET revoked_at = :revokedAt, revoked_by = :revokedBy, revocation_reason = :reason
            WHERE id = :id AND revoked_at IS NULL""")
    long revoke(long id, Instant revokedAt, long revokedBy, String reason);
}
