import { describe, expect, it } from 'vitest'
import { issuedPerMonth, levelsPerStandard, rateAtMonthEnd, unitRanking } from './charts'
import { unitRate } from '@/test/fixtures'

describe('report charts', () => {
  const points = [
    { month: '2026-11', issued: 3, registered: 0, certified: 0, rate: null },
    { month: '2026-12', issued: 5, registered: 8, certified: 3, rate: 0.375 },
  ]

  it('draws issues per month and the rate at month end as a percentage, with a gap where there is no rate', () => {
    expect(issuedPerMonth(points, 'issued', (m) => `m${m}`)).toMatchObject({
      labels: ['m2026-11', 'm2026-12'],
      datasets: [{ label: 'issued', data: [3, 5] }],
    })
    expect(rateAtMonthEnd(points, 'rate', (m) => m).datasets[0]!.data).toEqual([null, 37.5])
  })

  it('ranks units with a rate, highest first, and leaves out units without trainees', () => {
    const chart = unitRanking(
      [
        unitRate({ code: 'a', name: { vi: 'A', en: 'A' }, rate: 0.1, registered: 10, certified: 1 }),
        unitRate({ code: 'b', name: { vi: 'B', en: 'B' }, rate: null }),
        unitRate({ code: 'c', name: { vi: 'C', en: 'C' }, rate: 0.6, registered: 5, certified: 3 }),
      ],
      'rate',
      (row) => row.name.vi,
    )

    expect(chart.labels).toEqual(['C', 'A'])
    expect(chart.datasets[0]!.data).toEqual([60, 10])
  })

  it('stacks each standard by level, with the trainees who have no evidence', () => {
    const chart = levelsPerStandard(
      [{ code: 'PRESS', name: { vi: 'Báo chí', en: 'Press' }, foundation: 4, practitioner: 2, advanced: 1, none: 3 }],
      { foundation: 'F', practitioner: 'P', advanced: 'A', none: 'N' },
      (standard) => standard.name.vi,
    )

    expect(chart.datasets.map((d) => [d.label, d.data])).toEqual([
      ['F', [4]],
      ['P', [2]],
      ['A', [1]],
      ['N', [3]],
    ])
  })
})
