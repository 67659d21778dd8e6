import { http } from './client'
import type { LocalizedText, UnitKind, UnitStatus } from './types'

export interface Unit {
  code: string
  kind: UnitKind
  name: LocalizedText
  status: UnitStatus
  mergedInto: string | null
  /** ISO date (yyyy-mm-dd) of the merger. */
  mergedOn: string | null
  supervising: boolean
  /** Target number of certified officers (chỉ tiêu). */
  target: number | null
}

export interface UnitQuery {
  kind?: UnitKind
  status?: UnitStatus
  q?: string
}

export function listUnits(query: UnitQuery = {}): Promise<Unit[]> {
  return http.get<Unit[]>('/api/units', { ...query })
}

export function updateUnitTarget(code: string, target: number | null): Promise<Unit> {
  return http.put<Unit>(`/api/units/${encodeURIComponent(code)}/target`, { target })
}
