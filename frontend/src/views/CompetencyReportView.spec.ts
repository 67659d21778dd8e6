import { describe, expect, it } from 'vitest'
import CompetencyReportView from './CompetencyReportView.vue'
import type { CompetencyReport } from '@/api/reports'
import { managerHoa, reviewerTam, tuyenQuang } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, setupApp } from '@/test/helpers'

const report = (unit: string | null): CompetencyReport => ({
  asOf: '2026-12-02T03:00:00Z',
  unit,
  registered: 12,
  standards: [
    { code: 'PRESS', name: { vi: 'Quan hệ báo chí và phát ngôn', en: 'Press relations' }, foundation: 3, practitioner: 0, advanced: 1, none: 8 },
  ],
})

/** The chart needs a canvas, which the test DOM does not draw; its numbers are in the table. */
async function open(path: string, me = reviewerTam()) {
  const wrapper = mountWith(CompetencyReportView, await setupApp({ me, path }), { global: { stubs: { ReportChart: true } } })
  await flushPromises()
  return wrapper
}

function serve() {
  return mockFetch(({ url }) => {
    if (url.pathname === '/api/reports/competencies') return jsonResponse(report(url.searchParams.get('unit')))
    if (url.pathname === '/api/units') return jsonResponse([tuyenQuang()])
    return jsonResponse([])
  })
}

describe('CompetencyReportView', () => {
  it('links each count to the trainees at that level, in the unit the report is about', async () => {
    serve()
    const wrapper = await open('/reports/competencies?unit=tinh-tuyen-quang')

    const row = wrapper.get('tbody tr')
    const links = row.findAll('a')
    expect(links.map((link) => link.text())).toEqual(['3', '1', '8'])
    expect(links[0]!.attributes('href')).toBe('/reports/competencies/PRESS/trainees?level=foundation&unit=tinh-tuyen-quang')
    expect(links[0]!.attributes('aria-label')).toBe('Nền tảng – Quan hệ báo chí và phát ngôn: xem danh sách học viên')
    expect(links[2]!.attributes('href')).toContain('level=none')
    expect(row.findAll('td')[1]!.text()).toBe('0')
    expect(row.findAll('td')[1]!.find('a').exists()).toBe(false)
  })

  it('links a unit manager to its own trainees without naming a unit', async () => {
    serve()
    const wrapper = await open('/reports/competencies', managerHoa())

    expect(wrapper.get('tbody a').attributes('href')).toBe('/reports/competencies/PRESS/trainees?level=foundation')
  })
})
