package vn.ttcs.learn.certification;

import io.micronaut.core.annotation.Introspected;

/**
 * What a download needs of a stored certificate: who may have it (holder, unit issued in), its file name and its
 * signed bytes. All are fixed at issue, and a revocation changes none of them: a revoked certificate's PDF is the PDF
 * as issued (its status is told by verification), so a copy of this never goes stale.
 */
@Introspected
record StoredPdf(long userId, String unitCode, String number, String pdfSha256, byte[] pdf) {
}
