import { describe, expect, it } from 'vitest'
import { sortUnitRates } from './sortRates'
import { unitRate } from '@/test/fixtures'

const rows = [
  unitRate({ code: 'tinh-dien-bien', name: { vi: 'Tỉnh Điện Biên', en: 'Dien Bien' }, registered: 5, rate: 0.2, target: 12 }),
  unitRate({ code: 'tinh-dak-lak', name: { vi: 'Tỉnh Đắk Lắk', en: 'Dak Lak' }, registered: 0, rate: null, target: null }),
  unitRate({ code: 'tinh-cao-bang', name: { vi: 'Tỉnh Cao Bằng', en: 'Cao Bang' }, registered: 9, rate: 0.5, target: 12 }),
  unitRate({ code: 'bo-y-te', name: { vi: 'Bộ Y tế', en: 'Health' }, kind: 'MINISTRY', registered: 9, rate: 0.9, target: 5 }),
]

describe('sortUnitRates', () => {
  it('sorts by kind, then Vietnamese name, when no column is chosen', () => {
    expect(sortUnitRates(rows, '').map((row) => row.code)).toEqual([
      'bo-y-te',
      'tinh-cao-bang',
      'tinh-dak-lak',
      'tinh-dien-bien',
    ])
  })

  it('puts Đ after D, as Vietnamese alphabetical order does', () => {
    const named = [
      unitRate({ code: 'd2', name: { vi: 'Đồng Tháp', en: '' } }),
      unitRate({ code: 'd1', name: { vi: 'Dương', en: '' } }),
      unitRate({ code: 'e', name: { vi: 'Gia Lai', en: '' } }),
    ]

    expect(sortUnitRates(named, 'name').map((row) => row.code)).toEqual(['d1', 'd2', 'e'])
  })

  it('keeps units without a rate or target last in either direction', () => {
    expect(sortUnitRates(rows, '-rate').map((row) => row.code)).toEqual([
      'bo-y-te',
      'tinh-cao-bang',
      'tinh-dien-bien',
      'tinh-dak-lak',
    ])
    expect(sortUnitRates(rows, 'rate').map((row) => row.code).at(-1)).toBe('tinh-dak-lak')
    expect(sortUnitRates(rows, 'target').map((row) => row.code).at(-1)).toBe('tinh-dak-lak')
  })

  it('breaks ties by name and ignores an unknown column', () => {
    expect(sortUnitRates(rows, '-registered').map((row) => row.code)).toEqual([
      'bo-y-te',
      'tinh-cao-bang',
      'tinh-dien-bien',
      'tinh-dak-lak',
    ])
    expect(sortUnitRates(rows, 'popularity')).toEqual(sortUnitRates(rows, ''))
  })
})
