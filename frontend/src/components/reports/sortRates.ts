import { UNIT_KINDS } from '@/api/types'
import type { UnitRate } from '@/api/reports'

export const SORT_KEYS = ['name', 'kind', 'registered', 'enrolled', 'certified', 'rate', 'expiring', 'target', 'gap'] as const
export type SortKey = (typeof SORT_KEYS)[number]

/** "certified", "-rate": a column, descending when it starts with "-"; empty: by kind, then name. */
export function parseSort(sort: string): { key: SortKey | null; descending: boolean } {
  const descending = sort.startsWith('-')
  const key = (descending ? sort.slice(1) : sort) as SortKey
  return (SORT_KEYS as readonly string[]).includes(key) ? { key, descending } : { key: null, descending: false }
}

const vietnamese = new Intl.Collator('vi')

/**
 * Orders rows as the server's `sort` does (CertificationRates.order): names in Vietnamese alphabetical order,
 * rows without a rate, target or gap last whichever the direction, ties by name.
 */
export function sortUnitRates(rows: readonly UnitRate[], sort: string): UnitRate[] {
  const { key, descending } = parseSort(sort)
  const byName = (a: UnitRate, b: UnitRate) => vietnamese.compare(a.name.vi, b.name.vi)
  const byKind = (a: UnitRate, b: UnitRate) => UNIT_KINDS.indexOf(a.kind) - UNIT_KINDS.indexOf(b.kind)
  const direction = descending ? -1 : 1
  const compare = (a: UnitRate, b: UnitRate): number => {
    switch (key) {
      case null:
        return byKind(a, b) || byName(a, b)
      case 'name':
        return direction * byName(a, b)
      case 'kind':
        return direction * byKind(a, b) || byName(a, b)
      case 'rate':
      case 'target':
      case 'gap': {
        const x = a[key]
        const y = b[key]
        if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || byName(a, b)
        return direction * (x - y) || byName(a, b)
      }
      default:
        return direction * (a[key] - b[key]) || byName(a, b)
    }
  }
  return [...rows].sort(compare)
}
