import { http } from './client'
import type { Level } from './assessment'
import type { LocalizedText } from './types'

export type EvidenceKind = 'QUIZ_ATTEMPT' | 'DRILL_RUN' | 'ASSIGNMENT'

export interface EvidenceItem {
  id: number
  kind: EvidenceKind
  sourceId: number
  /** The quiz, drill or assignment id in the course. */
  assessmentId: string | null
  /** Its title; null when the course no longer has it. */
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
  /** Published courses whose assessed work can record evidence at that level. */
  courses: CourseToNext[]
}

export interface AssessedItem {
  kind: EvidenceKind
  id: string
  title: LocalizedText
  /** The highest level of evidence it can record. */
  level: Level
}

export interface CourseToNext {
  code: string
  title: LocalizedText
  level: Level
  items: AssessedItem[]
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

export interface TraineeCompetencies {
  traineeId: number
  fullName: string
  unitCode: string
  profile: CompetencyProfile
}

/** A trainee's profile as their trainers and unit manager see it (404 for someone else's trainee). */
export function fetchTraineeCompetencies(traineeId: number): Promise<TraineeCompetencies> {
  return http.get<TraineeCompetencies>(`/api/trainees/${traineeId}/competencies`)
}
