import { http } from './client'
import type { Level } from './courses'
import type { LocalizedText } from './types'

/** Còn hiệu lực, hết hạn, đã thu hồi (revocation outranks expiry). */
export type CertificateStatus = 'VALID' | 'EXPIRED' | 'REVOKED'

/** A competency as written on the certificate at issue. */
export interface CertifiedCompetency {
  code: string
  level: Level
  name: LocalizedText
}

/** A certificate as its holder, the holder's unit managers, reviewers and admins see it (docs/api.md). */
export interface Certificate {
  id: number
  /** Human-readable, e.g. TTCS-2026-000123. */
  number: string
  userId: number
  /** As at issue. */
  holderName: string
  unitCode: string
  unitName: LocalizedText
  courseCode: string
  courseTitle: LocalizedText
  competencies: CertifiedCompetency[]
  /** Calendar dates (yyyy-mm-dd) in the platform's time zone. */
  issuedOn: string
  expiresOn: string
  status: CertificateStatus
  /** Valid, and expires within 60 days. */
  expiresSoon: boolean
  revokedOn: string | null
  revocationReason: string | null
  renewalOf: number | null
  supersedes: number | null
  /** The public verification page: the share link. */
  verificationUrl: string
  pdfUrl: string
  /** The Open Badges 3.0 credential (VC-JWT). */
  badgeUrl: string
}

/** The longest revocation reason the server accepts. */
export const REVOCATION_REASON_MAX = 1000

export function listMyCertificates(): Promise<Certificate[]> {
  return http.get<Certificate[]>('/api/me/certificates')
}

export function listUnitCertificates(unitCode: string, options: { expiringSoon?: boolean } = {}): Promise<Certificate[]> {
  return http.get<Certificate[]>(`/api/units/${encodeURIComponent(unitCode)}/certificates`, {
    expiringSoon: options.expiringSoon ? true : undefined,
  })
}

/** A ZIP of the unit's stored PDFs, expired and revoked ones included; opened as a plain download. */
export function unitCertificatesZipUrl(unitCode: string): string {
  return `/api/units/${encodeURIComponent(unitCode)}/certificates.zip`
}

/** Final: a revoked certificate is never un-revoked (a second attempt answers 409). */
export function revokeCertificate(id: number, reason: string): Promise<Certificate> {
  return http.post<Certificate>(`/api/certificates/${id}/revocation`, { reason })
}
