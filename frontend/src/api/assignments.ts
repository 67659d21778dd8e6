/**
 * Trainer-graded assignments (bài tập thực hành): a trainee submits text or a file for their enrolment, a trainer
 * grades it once against the rubric, and a passed grade counts as evidence.
 */
import { http } from './client'
import type { Level } from './courses'
import type { LocalizedText } from './types'

export type SubmissionKind = 'TEXT' | 'FILE' | 'TEXT_OR_FILE'
export type SubmissionStatus = 'WAITING' | 'PASSED' | 'FAILED'

export interface Criterion {
  id: string
  criterion: LocalizedText
  maxPoints: number
  guidance: LocalizedText | null
}

export interface AssignmentInfo {
  id: string
  title: LocalizedText
  level: Level
  competencies: string[]
  /** Sanitised HTML rendered by the server. */
  briefHtml: LocalizedText
  submission: SubmissionKind
  passMark: number
  rubric: Criterion[]
}

export interface CriterionResult {
  criterionId: string
  points: number
  maxPoints: number
  comment: string | null
}

export interface Grade {
  gradedAt: string
  scorePercent: number
  passed: boolean
  passMark: number
  criteria: CriterionResult[]
  comment: string | null
}

export interface Submission {
  id: number
  enrolmentId: number
  assignmentId: string
  submissionNo: number
  submittedAt: string
  text: string | null
  file: { name: string; type: string; size: number } | null
  status: SubmissionStatus
  grade: Grade | null
}

export interface AssignmentSummary {
  id: string
  title: LocalizedText
  level: Level
  submission: SubmissionKind
  passMark: number
  submissions: number
  latestStatus: SubmissionStatus | null
  latestScorePercent: number | null
  canSubmit: boolean
}

export interface AssignmentPage {
  enrolmentId: number
  courseCode: string
  courseTitle: LocalizedText
  assignment: AssignmentInfo
  canSubmit: boolean
  submissions: Submission[]
}

export interface QueueEntry {
  id: number
  courseCode: string
  courseTitle: LocalizedText
  assignmentId: string
  assignmentTitle: LocalizedText
  traineeName: string
  unitCode: string
  submissionNo: number
  submittedAt: string
  status: SubmissionStatus
  traineeId: number
}

export interface SubmissionDetail {
  submission: Submission
  courseCode: string
  courseTitle: LocalizedText
  assignment: AssignmentInfo
  traineeName: string
  unitCode: string
  /** Waiting, and the reader may grade it. */
  gradable: boolean
  traineeId: number
}

export interface GradeCommand {
  criteria: { criterionId: string; points: number; comment?: string | null }[]
  comment?: string | null
}

export function listAssignments(enrolmentId: number): Promise<AssignmentSummary[]> {
  return http.get<AssignmentSummary[]>(`/api/enrolments/${enrolmentId}/assignments`)
}

export function getAssignment(enrolmentId: number, assignmentId: string): Promise<AssignmentPage> {
  return http.get<AssignmentPage>(`/api/enrolments/${enrolmentId}/assignments/${encodeURIComponent(assignmentId)}`)
}

/** The same key again (a retry) answers the submission already made instead of making a second one. */
export function submitAssignment(
  enrolmentId: number,
  assignmentId: string,
  work: { text?: string; file?: File | null },
  idempotencyKey: string,
): Promise<Submission> {
  const form = new FormData()
  if (work.text?.trim()) form.append('text', work.text)
  if (work.file) form.append('file', work.file, work.file.name)
  return http.upload<Submission>(
    `/api/enrolments/${enrolmentId}/assignments/${encodeURIComponent(assignmentId)}/submissions`,
    form,
    { headers: { 'Idempotency-Key': idempotencyKey } },
  )
}

export function gradingQueue(status: 'waiting' | 'passed' | 'failed' = 'waiting'): Promise<QueueEntry[]> {
  return http.get<QueueEntry[]>('/api/assignment-submissions', { status })
}

export function getSubmission(id: number): Promise<SubmissionDetail> {
  return http.get<SubmissionDetail>(`/api/assignment-submissions/${id}`)
}

export function gradeSubmission(id: number, command: GradeCommand): Promise<SubmissionDetail> {
  return http.post<SubmissionDetail>(`/api/assignment-submissions/${id}/grade`, command)
}

/** Served as an attachment; a plain link downloads it with the session cookie. */
export function submissionFileUrl(id: number): string {
  return `/api/assignment-submissions/${id}/file`
}
