import { http, type ProblemError } from './client'
import type { Role } from './types'

export interface User {
  id: number
  username: string
  fullName: string
  email: string
  jobTitle: string | null
  unitCode: string
  roles: Role[]
  enabled: boolean
  /** ISO instant. */
  createdAt: string
  /** Optimistic-locking version; send it back on update. */
  version: number
}

export interface UserPage {
  items: User[]
  page: number
  size: number
  total: number
}

export interface UserQuery {
  unit?: string
  role?: Role
  q?: string
  enabled?: boolean
  page?: number
  size?: number
}

export interface UserCreateCommand {
  username: string
  fullName: string
  email: string
  jobTitle: string | null
  unitCode: string
  roles: Role[]
}

export interface UserUpdateCommand {
  fullName: string
  email: string
  jobTitle: string | null
  unitCode: string
  roles: Role[]
  enabled: boolean
  version: number
}

export interface CreatedUser {
  user: User
  /** Shown once to the person who created the account; never retrievable again. */
  temporaryPassword: string
}

/** The temporary password of an account the import created; shown once, never retrievable again. */
export interface ImportCredential {
  username: string
  temporaryPassword: string
}

export interface ImportResult {
  created: number
  updated: number
  unchanged: number
  /** One entry per created account, in file order; updated and unchanged accounts keep their password. */
  credentials: ImportCredential[]
}

/** A rejected row of an import (from the 422 problem's `errors`). */
export type ImportRowError = Required<Pick<ProblemError, 'row'>> & ProblemError

export const IMPORT_COLUMNS = ['full_name', 'email', 'username', 'unit_code', 'job_title'] as const
export const IMPORT_EXTENSIONS = ['.csv', '.xlsx'] as const

export function listUsers(query: UserQuery = {}): Promise<UserPage> {
  return http.get<UserPage>('/api/users', { ...query })
}

export function getUser(id: number): Promise<User> {
  return http.get<User>(`/api/users/${id}`)
}

export function createUser(command: UserCreateCommand): Promise<CreatedUser> {
  return http.post<CreatedUser>('/api/users', command)
}

export function updateUser(id: number, command: UserUpdateCommand): Promise<User> {
  return http.put<User>(`/api/users/${id}`, command)
}

export function resetPassword(id: number): Promise<{ temporaryPassword: string }> {
  return http.post<{ temporaryPassword: string }>(`/api/users/${id}/password-reset`)
}

export function importUsers(file: File): Promise<ImportResult> {
  const form = new FormData()
  form.append('file', file, file.name)
  return http.upload<ImportResult>('/api/users/import', form)
}
