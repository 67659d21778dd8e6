import { http } from './client'
import type { LocalizedText } from './types'
import type { Enrolment } from './learning'

/** Tracks of the curriculum (content/README.md). */
export const TRACKS = ['FOUNDATIONS', 'PRESS', 'CRISIS', 'DIGITAL', 'EVALUATION'] as const
export type Track = (typeof TRACKS)[number]

/** Levels (cấp độ) of a course or a competency. */
export const LEVELS = ['FOUNDATION', 'PRACTITIONER', 'ADVANCED'] as const
export type Level = (typeof LEVELS)[number]

export interface CompetencyRef {
  code: string
  name: LocalizedText
}

/** The caller's own enrolment in a course, as the catalogue and the course page show it. */
export interface EnrolmentStatus {
  id: number
  versionNo: number
  percentDone: number
  /** ISO date (yyyy-mm-dd). */
  dueOn: string | null
  overdue: boolean
  /** Where to continue; null once every lesson is done. */
  nextLessonKey: string | null
  completedAt: string | null
}

export interface CourseSummary {
  code: string
  versionNo: number
  title: LocalizedText
  summary: LocalizedText
  track: Track
  level: Level
  language: string
  durationMinutes: number
  lessonCount: number
  competencies: CompetencyRef[]
  enrolment: EnrolmentStatus | null
}

export interface LessonOutline {
  key: string
  title: LocalizedText
  durationMinutes: number
  required: boolean
}

export interface ModuleOutline {
  id: string
  title: LocalizedText
  durationMinutes: number
  lessons: LessonOutline[]
}

export interface Prerequisite {
  code: string
  title: LocalizedText
  /** The caller has done all required lessons of that course. */
  completed: boolean
}

export interface CourseDetail extends Omit<CourseSummary, 'lessonCount'> {
  objectives: LocalizedText[]
  prerequisites: Prerequisite[]
  modules: ModuleOutline[]
}

export interface CourseQuery {
  q?: string
  track?: Track | ''
  competency?: string
  level?: Level | ''
  language?: string
}

export function listCourses(query: CourseQuery = {}): Promise<CourseSummary[]> {
  return http.get<CourseSummary[]>('/api/courses', { ...query })
}

export function getCourse(code: string): Promise<CourseDetail> {
  return http.get<CourseDetail>(`/api/courses/${encodeURIComponent(code)}`)
}

/** Enrols the signed-in trainee; enrolling again answers the enrolment they already have. */
export function enrol(code: string): Promise<Enrolment> {
  return http.post<Enrolment>(`/api/courses/${encodeURIComponent(code)}/enrolment`)
}
