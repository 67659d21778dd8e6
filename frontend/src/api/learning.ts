import { http } from './client'
import type { LocalizedText } from './types'

export interface PersonRef {
  id: number
  fullName: string
}

export interface LessonRef {
  key: string
  title: LocalizedText
}

/** A trainee's enrolment in a course version, with progress worked out by the server. */
export interface Enrolment {
  id: number
  courseCode: string
  courseTitle: LocalizedText
  /** The version the trainee is enrolled in; it stays even when a newer one is published. */
  versionNo: number
  trainee: PersonRef
  enrolledAt: string
  /** The unit manager or administrator who assigned the course; null for self-enrolment. */
  assignedBy: PersonRef | null
  /** ISO date (yyyy-mm-dd). */
  dueOn: string | null
  overdue: boolean
  completedAt: string | null
  lessonsDone: number
  lessonsRequired: number
  /** Required lessons done, in percent, rounded down. */
  percentDone: number
  /** Where to continue: the lesson left off if not done, else the next one not done; null when all are done. */
  nextLesson: LessonRef | null
  resumeLessonKey: string | null
}

export interface LessonProgress {
  key: string
  title: LocalizedText
  position: number
  durationMinutes: number
  required: boolean
  done: boolean
  doneAt: string | null
  lastOpenedAt: string | null
}

export interface EnrolmentDetail {
  enrolment: Enrolment
  modules: { id: string; title: LocalizedText; lessons: LessonProgress[] }[]
}

export interface Dashboard {
  enrolments: Enrolment[]
}

/** A lesson in the reader. `html` is sanitised by the server and is shown as it is. */
export interface Lesson {
  enrolmentId: number
  courseCode: string
  courseTitle: LocalizedText
  key: string
  title: LocalizedText
  module: { id: string; title: LocalizedText }
  /** 1-based position in the whole course version. */
  position: number
  lessonCount: number
  durationMinutes: number
  required: boolean
  html: string
  previous: LessonRef | null
  next: LessonRef | null
  done: boolean
  doneAt: string | null
  percentDone: number
}

export interface AssignCommand {
  userId: number
  courseCode: string
  /** ISO date (yyyy-mm-dd), today or later; null for no due date. */
  dueOn: string | null
}

export function getDashboard(): Promise<Dashboard> {
  return http.get<Dashboard>('/api/me/dashboard')
}

export function getEnrolment(id: number): Promise<EnrolmentDetail> {
  return http.get<EnrolmentDetail>(`/api/enrolments/${id}`)
}

/** Opens a lesson; the server records it as the place to resume. */
export function readLesson(enrolmentId: number, lessonKey: string): Promise<Lesson> {
  return http.get<Lesson>(`/api/enrolments/${enrolmentId}/lessons/${encodeURIComponent(lessonKey)}`)
}

export function markLessonDone(enrolmentId: number, lessonKey: string): Promise<EnrolmentDetail> {
  return http.put<EnrolmentDetail>(`/api/enrolments/${enrolmentId}/lessons/${encodeURIComponent(lessonKey)}/done`)
}

/** A unit manager (or administrator) gives a trainee a course, optionally with a due date. */
export function assignCourse(command: AssignCommand): Promise<Enrolment> {
  return http.post<Enrolment>('/api/enrolments', command)
}
