/**
 * Certification reports (docs/reporting.md). Reviewers and administrators get every unit; a unit manager gets the
 * same answers restricted to their own unit, so the pages need not know which they are showing.
 */
import { buildUrl, http, type Query } from './client'
import type { LocalizedText, UnitKind } from './types'

/** The filters every table of counts accepts; dates are yyyy-mm-dd, `to` excluded. */
export interface ReportFilters {
  course?: string
  competency?: string
  from?: string
  to?: string
}

export interface AppliedFilter {
  course: string | null
  competency: string | null
  from: string | null
  to: string | null
  /** The courses the filters came to; null: every course. */
  courses: string[] | null
}

/** The numbers of one unit or of a sum of units (definitions in docs/reporting.md). */
export interface RateNumbers {
  registered: number
  enrolled: number
  certified: number
  /** certified / registered, 0–1; null when there is no registered trainee. */
  rate: number | null
  expiring: number
  target: number | null
  /** max(target − certified, 0); null without a target. */
  gap: number | null
}

export interface UnitRate extends RateNumbers {
  code: string
  name: LocalizedText
  kind: UnitKind
  /** Codes of the merged units whose people count here. */
  mergedUnits: string[]
}

export interface RateTotal extends RateNumbers {
  /** null: all the units together. */
  kind: UnitKind | null
  units: number
}

export interface CertificationRateReport {
  asOf: string
  filter: AppliedFilter
  units: UnitRate[]
  totals: RateTotal[]
  overall: RateTotal
}

export interface CoverageReport {
  asOf: string
  filter: AppliedFilter
  noneCertified: UnitRate[]
  belowTarget: UnitRate[]
}

export interface TrendPoint {
  /** yyyy-mm */
  month: string
  issued: number
  registered: number
  certified: number
  rate: number | null
}

export interface TrendReport {
  asOf: string
  unit: string | null
  unitName: LocalizedText | null
  months: TrendPoint[]
}

export interface StandardLevels {
  code: string
  name: LocalizedText
  foundation: number
  practitioner: number
  advanced: number
  none: number
}

export interface CompetencyReport {
  asOf: string
  unit: string | null
  registered: number
  standards: StandardLevels[]
}

export const TRAINEE_STATUSES = ['registered', 'enrolled', 'certified', 'expiring'] as const
export type TraineeStatus = (typeof TRAINEE_STATUSES)[number]

export interface ReportTrainee {
  id: number
  fullName: string
  username: string
  jobTitle: string | null
  /** The unit the person is recorded in: a merged unit's code for its people. */
  unitCode: string
  enrolments: number
  certificate: {
    number: string
    courseCode: string
    issuedOn: string
    expiresOn: string
    expiresSoon: boolean
  } | null
}

/** The columns of the competency report: a level held in a standard, or none. */
export const LEVELS_HELD = ['foundation', 'practitioner', 'advanced', 'none'] as const
export type LevelHeld = (typeof LEVELS_HELD)[number]

/**
 * The trainees behind one number: of a unit's row (`unit`, `status`), of a total by kind (`kind`, null for all the
 * units, and `status`), or of a level in the competency report (`standard`, `level`, `unit` null for the country).
 */
export interface TraineePage {
  unit: string | null
  kind: UnitKind | null
  status: TraineeStatus | null
  standard: string | null
  level: LevelHeld | null
  items: ReportTrainee[]
  page: number
  size: number
  total: number
}

/** One trainee in one course of a unit (docs/reporting.md, "progress"). */
export interface ProgressRow {
  enrolmentId: number
  userId: number
  fullName: string
  username: string
  courseCode: string
  courseTitle: LocalizedText
  /** Required lessons done / required lessons of their version, rounded down. */
  percentDone: number
  /** ISO instant of the last lesson opened or finished; null: none. */
  lastActivityAt: string | null
  /** yyyy-mm-dd */
  dueOn: string | null
  completedAt: string | null
  overdue: boolean
}

export interface ProgressPage {
  unit: string
  overdueOnly: boolean
  items: ProgressRow[]
  page: number
  size: number
  total: number
}

export interface ReportOptions {
  courses: { code: string; title: LocalizedText; competencies: string[] }[]
  competencies: { code: string; name: LocalizedText }[]
}

export type ExportFormat = 'csv' | 'xlsx'

const BASE = '/api/reports'

function filterQuery(filters: ReportFilters): Query {
  return { course: filters.course, competency: filters.competency, from: filters.from, to: filters.to }
}

export function reportOptions(): Promise<ReportOptions> {
  return http.get<ReportOptions>(`${BASE}/filters`)
}

export function certificationRates(filters: ReportFilters = {}): Promise<CertificationRateReport> {
  return http.get<CertificationRateReport>(`${BASE}/certification-rates`, { groupBy: 'unit', ...filterQuery(filters) })
}

export function coverage(filters: ReportFilters = {}): Promise<CoverageReport> {
  return http.get<CoverageReport>(`${BASE}/coverage`, filterQuery(filters))
}

export function trends(unit: string | undefined, months: number): Promise<TrendReport> {
  return http.get<TrendReport>(`${BASE}/trends`, { unit, months })
}

export function competencyLevels(unit: string | undefined): Promise<CompetencyReport> {
  return http.get<CompetencyReport>(`${BASE}/competencies`, { unit })
}

export function unitTrainees(
  code: string,
  status: TraineeStatus,
  filters: ReportFilters,
  page: number,
  size: number,
): Promise<TraineePage> {
  return http.get<TraineePage>(`${BASE}/units/${encodeURIComponent(code)}/trainees`, {
    status,
    ...filterQuery(filters),
    page,
    size,
  })
}

/** The trainees behind a total by kind of unit; no kind: behind the overall row. */
export function kindTrainees(
  kind: UnitKind | undefined,
  status: TraineeStatus,
  filters: ReportFilters,
  page: number,
  size: number,
): Promise<TraineePage> {
  return http.get<TraineePage>(`${BASE}/trainees`, { kind, status, ...filterQuery(filters), page, size })
}

/** The trainees at a level of a competency standard, in the whole country or in one unit. */
export function competencyTrainees(
  standard: string,
  level: LevelHeld,
  unit: string | undefined,
  page: number,
  size: number,
): Promise<TraineePage> {
  return http.get<TraineePage>(`${BASE}/competencies/${encodeURIComponent(standard)}/trainees`, { level, unit, page, size })
}

/** A unit's trainees' progress per course, overdue ones first; `overdueOnly` keeps only those. */
export function unitProgress(code: string, overdueOnly: boolean, page: number, size: number): Promise<ProgressPage> {
  return http.get<ProgressPage>(`${BASE}/units/${encodeURIComponent(code)}/progress`, { overdue: overdueOnly, page, size })
}

/**
 * Links that download a table as a file: the browser sends the session cookie with a plain GET, and the server
 * answers with Content-Disposition: attachment, so the page stays where it is.
 */
export const downloads = {
  certificationRates: (format: ExportFormat, lang: string, filters: ReportFilters, extra: { q?: string; sort?: string } = {}) =>
    buildUrl(`${BASE}/certification-rates`, { groupBy: 'unit', ...filterQuery(filters), ...extra, format, lang }),
  coverage: (format: ExportFormat, lang: string, filters: ReportFilters) =>
    buildUrl(`${BASE}/coverage`, { ...filterQuery(filters), format, lang }),
  trends: (format: ExportFormat, lang: string, unit: string | undefined, months: number) =>
    buildUrl(`${BASE}/trends`, { unit, months, format, lang }),
  competencies: (format: ExportFormat, lang: string, unit: string | undefined) =>
    buildUrl(`${BASE}/competencies`, { unit, format, lang }),
  trainees: (format: ExportFormat, lang: string, code: string, status: TraineeStatus, filters: ReportFilters) =>
    buildUrl(`${BASE}/units/${encodeURIComponent(code)}/trainees`, { status, ...filterQuery(filters), format, lang }),
  kindTrainees: (format: ExportFormat, lang: string, kind: UnitKind | undefined, status: TraineeStatus, filters: ReportFilters) =>
    buildUrl(`${BASE}/trainees`, { kind, status, ...filterQuery(filters), format, lang }),
  competencyTrainees: (format: ExportFormat, lang: string, standard: string, level: LevelHeld, unit: string | undefined) =>
    buildUrl(`${BASE}/competencies/${encodeURIComponent(standard)}/trainees`, { level, unit, format, lang }),
  summaryPdf: (code: string) => `${BASE}/units/${encodeURIComponent(code)}/summary.pdf`,
}
