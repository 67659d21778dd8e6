import { http } from './client'
import type { Level } from './assessment'
import type { LocalizedText } from './types'

export type EvidenceKind = 'QUIZ_ATTEMPT' | 'DRILL_RUN' | 'ASSIGNMENT'

export interface EvidenceItem {
  id: number
  kind: EvidenceKind
  sourceId: number
  assessmentId: string | null
  /** Quiz or drill title; null for an assignment. */
  assessment: LocalizedText | null
  courseCode: string
  courseTitle: LocalizedText
  level: Level
  scorePercent: number
  /** ISO instant. */
  recordedAt: string
}

export interface NextLevel {
  level: Level
  assessmentsTowards: number
  assessmentsStillNeeded: number
  /** What the next level still needs, in words. */
  gap: LocalizedText
  /** The framework's observable indicators for that level. */
  indicators: LocalizedText[]
}

export interface StandardStanding {
  code: string
  name: LocalizedText
  description: LocalizedText
  /** Null: no level attained yet. */
  level: Level | null
  evidence: EvidenceItem[]
  /** Null once the highest level is held. */
  next: NextLevel | null
}

export interface CompetencyProfile {
  /** How levels follow from evidence, in words. */
  rule: LocalizedText
  levels: { code: Level; name: LocalizedText }[]
  standards: StandardStanding[]
}

export function fetchMyCompetencies(): Promise<CompetencyProfile> {
  return http.get<CompetencyProfile>('/api/me/competencies')
}
