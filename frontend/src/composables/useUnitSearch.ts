import type { LocalizedText } from '@/api/types'

/**
 * Folds text the way the server's search does (SearchText.fold): lower case, without diacritics, đ as d, so that
 * "ha noi" finds "Hà Nội".
 */
export function foldVietnamese(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')
}

/** Whether a unit's names (either language) or code contain the query, diacritics ignored; blank matches all. */
export function unitMatches(unit: { code: string; name: LocalizedText }, query: string): boolean {
  const needle = foldVietnamese(query.trim())
  if (!needle) return true
  return (
    foldVietnamese(unit.name.vi).includes(needle) ||
    foldVietnamese(unit.name.en ?? '').includes(needle) ||
    unit.code.includes(needle)
  )
}
