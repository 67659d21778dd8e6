import { http, request } from './client'
import type { LocalizedText } from './types'

/** Where a draft is in the workflow. */
export type DraftState = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED'

/** A course in the authoring list: its published version and its draft, each if any. */
export interface AuthoringCourse {
  code: string
  title: LocalizedText
  publishedVersionNo: number | null
  state: DraftState | null
  version: number | null
  updatedAt: string | null
  updatedBy: string | null
}

/** One problem of the draft, where an editor wants it: file and line. */
export interface ContentProblem {
  file: string
  line: number
  message: string
}

export interface DraftFile {
  path: string
  size: number
  /** A text file of the course folder (YAML or Markdown); otherwise an image or attachment. */
  text: boolean
}

export interface OutlineModule {
  id: string
  title: LocalizedText
  lessons: { id: string; title: LocalizedText }[]
}

export interface DrillOutline {
  id: string
  title: LocalizedText
  start: string
  steps: { id: string; situation: LocalizedText; options: { id: string; text: LocalizedText; points: number; next: string | null }[] }[]
}

export interface Draft {
  code: string
  title: LocalizedText
  state: DraftState
  version: number
  publishedVersionNo: number | null
  updatedAt: string
  updatedBy: string
  submittedAt: string | null
  canApprove: boolean
  files: DraftFile[]
  problems: ContentProblem[]
  outline: OutlineModule[]
  drills: DrillOutline[]
}

export interface CourseChange {
  id: number
  occurredAt: string
  username: string
  action: string
  path: string | null
  detail: string | null
}

const base = '/api/authoring/courses'
const course = (code: string) => `${base}/${encodeURIComponent(code)}`

export const listAuthoringCourses = () => http.get<AuthoringCourse[]>(base)

export const createCourse = (code: string, titleVi: string, titleEn: string) =>
  http.post<Draft>(base, { code, titleVi, titleEn })

export const startDraft = (code: string) => http.post<Draft>(`${course(code)}/draft`)

export const getDraft = (code: string) => http.get<Draft>(course(code))

export const getFile = (code: string, path: string) =>
  http.get<{ path: string; content: string; version: number }>(`${course(code)}/file`, { path })

export const saveFile = (code: string, path: string, content: string, version: number) =>
  http.put<Draft>(`${course(code)}/file`, { path, content, version })

export const deleteFile = (code: string, path: string, version: number) =>
  request<Draft>(`${course(code)}/file`, { method: 'DELETE', query: { path, version } })

export const reorder = (code: string, modules: { id: string; lessons: string[] }[], version: number) =>
  http.put<Draft>(`${course(code)}/outline`, { modules, version })

export function uploadAsset(code: string, file: File, version: number): Promise<Draft> {
  const form = new FormData()
  form.append('file', file)
  form.append('version', String(version))
  return http.upload<Draft>(`${course(code)}/assets`, form)
}

export const preview = (code: string, markdown: string, signal?: AbortSignal) =>
  http.post<{ html: string }>(`${course(code)}/preview`, { markdown }, { signal })

export const workflow = (code: string, action: 'submit' | 'approve' | 'return', version: number, comment?: string) =>
  http.post<Draft>(`${course(code)}/${action}`, { version, comment })

export const listChanges = (code: string) => http.get<CourseChange[]>(`${course(code)}/changes`)

/** A plain link: the browser sends the session cookie and saves the ZIP. */
export const exportUrl = (code: string) => `${course(code)}/export`

export function importZip(file: File, version?: number): Promise<Draft> {
  const form = new FormData()
  form.append('file', file)
  return http.upload<Draft>('/api/authoring/import', form, { query: version ? { version } : undefined })
}
