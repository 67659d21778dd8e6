/** Shapes shared by several API modules. Names follow the glossary (a Unit is never an "organisation"). */

export const ROLES = ['TRAINEE', 'TRAINER', 'UNIT_MANAGER', 'REVIEWER', 'ADMIN'] as const
export type Role = (typeof ROLES)[number]

export const UNIT_KINDS = ['MINISTRY', 'MINISTERIAL_AGENCY', 'GOVERNMENT_AGENCY', 'PROVINCE', 'CITY'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

export type UnitStatus = 'ACTIVE' | 'MERGED'

/** A text the server stores in both interface languages. */
export interface LocalizedText {
  vi: string
  en: string
}

export interface UnitRef {
  code: string
  name: LocalizedText
  kind: UnitKind
}

/** The signed-in user, as returned by GET /api/me and the login response. */
export interface Me {
  id: number
  username: string
  fullName: string
  email: string
  jobTitle: string | null
  unit: UnitRef
  roles: Role[]
  mustChangePassword: boolean
}
