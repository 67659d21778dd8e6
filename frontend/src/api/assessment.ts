/**
 * Quizzes and scenario drills of an enrolment. Before an attempt is submitted the server sends nothing that tells
 * the right answer; results (score, feedback, right answers, competencies) come with the submitted attempt.
 */
import { http } from './client'
import type { Level } from './courses'
import type { LocalizedText } from './types'

export type { Level }
export type QuizKind = 'PRACTICE' | 'FINAL' | 'RECERTIFICATION'
export type QuestionType = 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'TRUE_FALSE' | 'ORDERING'
export type AttemptStatus = 'IN_PROGRESS' | 'SUBMITTED' | 'EXPIRED'

export interface QuizSummary {
  id: string
  title: LocalizedText
  kind: QuizKind
  passMark: number
  timeLimitMinutes: number | null
  maxAttempts: number | null
  questionCount: number
  attemptsUsed: number
  /** Null when attempts are unlimited. */
  attemptsLeft: number | null
  /** The attempt in progress, to be continued. */
  openAttemptId: number | null
  /** The latest attempt submitted or expired. */
  lastAttemptId: number | null
  bestScorePercent: number | null
  passed: boolean
}

export interface DrillSummary {
  id: string
  title: LocalizedText
  competencies: string[]
  level: Level
  passMark: number
  runs: number
  openRunId: number | null
  lastRunId: number | null
  bestScorePercent: number | null
  passed: boolean
}

export interface Assessments {
  enrolmentId: number
  courseCode: string
  courseTitle: LocalizedText
  quizzes: QuizSummary[]
  drills: DrillSummary[]
}

export interface OptionView {
  id: string
  text: LocalizedText
}

export interface QuestionView {
  id: string
  type: QuestionType
  competency: string
  level: Level
  text: LocalizedText
  /** In the order this attempt shows them; empty for true/false. */
  options: OptionView[]
}

/** One answer: optionIds (choice), answer (true/false) or order (ordering, every option first to last). */
export interface Answer {
  questionId: string
  optionIds?: string[] | null
  answer?: boolean | null
  order?: string[] | null
}

export interface Solution {
  optionIds: string[]
  answer: boolean | null
  order: string[]
}

export interface Feedback {
  questionId: string
  correct: boolean
  given: Answer | null
  solution: Solution
  explanation: LocalizedText
}

export interface CompetencyResult {
  code: string
  name: LocalizedText
  level: Level | null
  correctCount: number
  questionCount: number
  scorePercent: number
  evidenceRecorded: boolean
}

export interface AttemptResult {
  submittedAt: string
  scorePercent: number
  passed: boolean
  passMark: number
  correctCount: number
  questionCount: number
  /** The time ran out before anything was submitted. */
  expired: boolean
  questions: Feedback[]
  competencies: CompetencyResult[]
}

export interface Attempt {
  id: number
  enrolmentId: number
  courseCode: string
  quiz: {
    id: string
    title: LocalizedText
    kind: QuizKind
    passMark: number
    timeLimitMinutes: number | null
    maxAttempts: number | null
    questionCount: number
  }
  attemptNo: number
  status: AttemptStatus
  startedAt: string
  /** ISO instant; null without a time limit. */
  deadline: string | null
  /** The server's clock when it answered: count down from this, not from the device's clock. */
  serverTime: string
  questions: QuestionView[]
  result: AttemptResult | null
}

export interface TakenStep {
  stepId: string
  situation: LocalizedText
  optionId: string
  optionText: LocalizedText
  points: number
  feedback: LocalizedText | null
}

export interface DrillRun {
  id: number
  enrolmentId: number
  courseCode: string
  drill: { id: string; title: LocalizedText; competencies: string[]; level: Level; passMark: number }
  runNo: number
  finished: boolean
  startedAt: string
  finishedAt: string | null
  step: { id: string; situation: LocalizedText; options: OptionView[]; ending: boolean }
  path: TakenStep[]
  lastChoice: TakenStep | null
  result: {
    points: number
    maxPoints: number
    scorePercent: number
    passed: boolean
    competencies: { code: string; name: LocalizedText; level: Level; evidenceRecorded: boolean }[]
  } | null
}

export function fetchAssessments(enrolmentId: number): Promise<Assessments> {
  return http.get<Assessments>(`/api/enrolments/${enrolmentId}/assessments`)
}

/** Starts an attempt, or answers the one already in progress. */
export function startAttempt(enrolmentId: number, quizId: string): Promise<Attempt> {
  return http.post<Attempt>(`/api/enrolments/${enrolmentId}/quizzes/${encodeURIComponent(quizId)}/attempts`)
}

export function fetchAttempt(attemptId: number): Promise<Attempt> {
  return http.get<Attempt>(`/api/attempts/${attemptId}`)
}

/**
 * Submits the answers. Send the same key again to retry: the server scores an attempt once and answers a repeat
 * with the same result.
 */
export function submitAttempt(attemptId: number, idempotencyKey: string, answers: Answer[]): Promise<Attempt> {
  return http.post<Attempt>(`/api/attempts/${attemptId}/submission`, { answers }, {
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

export function startDrillRun(enrolmentId: number, drillId: string): Promise<DrillRun> {
  return http.post<DrillRun>(`/api/enrolments/${enrolmentId}/drills/${encodeURIComponent(drillId)}/runs`)
}

export function fetchDrillRun(runId: number): Promise<DrillRun> {
  return http.get<DrillRun>(`/api/drill-runs/${runId}`)
}

/** Takes a choice; sending the same choice for the same step again changes nothing. */
export function chooseInDrill(runId: number, stepId: string, optionId: string): Promise<DrillRun> {
  return http.post<DrillRun>(`/api/drill-runs/${runId}/choices`, { stepId, optionId })
}
