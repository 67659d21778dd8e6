import { describe, expect, it } from 'vitest'
import { foldVietnamese, unitMatches } from './useUnitSearch'

const daNang = { code: 'tp-da-nang', name: { vi: 'Thành phố Đà Nẵng', en: 'Da Nang City' } }

describe('unit search', () => {
  it('folds case and diacritics, đ included', () => {
    expect(foldVietnamese('Thành phố Đà Nẵng')).toBe('thanh pho da nang')
  })

  it('finds a unit typed with or without diacritics, in either language, or by code', () => {
    expect(unitMatches(daNang, 'da nang')).toBe(true)
    expect(unitMatches(daNang, 'ĐÀ NẴNG')).toBe(true)
    expect(unitMatches(daNang, 'city')).toBe(true)
    expect(unitMatches(daNang, 'tp-da')).toBe(true)
    expect(unitMatches(daNang, '  ')).toBe(true)
    expect(unitMatches(daNang, 'ha noi')).toBe(false)
  })
})
