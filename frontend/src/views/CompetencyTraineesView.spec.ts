import { describe, expect, it, vi } from 'vitest'
import CompetencyTraineesView from './CompetencyTraineesView.vue'
import type { TraineePage } from '@/api/reports'
import { haGiang, managerHoa, reviewerTam, tuyenQuang } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, setupApp } from '@/test/helpers'

const atFoundation: TraineePage = {
  unit: null,
  kind: null,
  status: null,
  standard: 'PRESS',
  level: 'foundation',
  page: 0,
  size: 50,
  total: 1,
  items: [
    { id: 9, fullName: 'Lò Thị Mai', username: 'mailt', jobTitle: 'Chuyên viên', unitCode: 'tinh-ha-giang', enrolments: 1, certificate: null },
  ],
}

function serve(page: TraineePage = atFoundation) {
  return mockFetch(({ url }) => {
    if (url.pathname === '/api/reports/competencies/PRESS/trainees') return jsonResponse(page)
    if (url.pathname === '/api/reports/filters') {
      return jsonResponse({ courses: [], competencies: [{ code: 'PRESS', name: { vi: 'Quan hệ báo chí và phát ngôn', en: 'Press relations' } }] })
    }
    if (url.pathname === '/api/units') return jsonResponse([tuyenQuang(), haGiang()])
    return jsonResponse([])
  })
}

function asked(fetch: ReturnType<typeof serve>): string {
  return String(fetch.mock.calls.filter(([input]) => String(input).includes('/trainees')).at(-1)![0])
}

describe('CompetencyTraineesView', () => {
  it('lists the trainees at a level of a standard in the whole country, each with their unit', async () => {
    const fetch = serve()
    const wrapper = mountWith(CompetencyTraineesView, await setupApp({ me: reviewerTam(), path: '/reports/competencies/PRESS/trainees?level=foundation' }))
    await flushPromises()

    expect(asked(fetch)).toContain('level=foundation')
    expect(asked(fetch)).not.toContain('unit=')
    expect(wrapper.get('h1').text()).toBe('Nền tảng – Quan hệ báo chí và phát ngôn')
    expect(wrapper.get('.lead').text()).toContain('Cả nước')
    expect(wrapper.get('#trainees-results').text()).toBe('Danh sách học viên (1)')
    expect(wrapper.get('tbody tr').text()).toContain('Tỉnh Hà Giang')
    expect(wrapper.get('a[download][href*="format=xlsx"]').attributes('href'))
      .toBe('/api/reports/competencies/PRESS/trainees?level=foundation&format=xlsx&lang=vi')
    expect(wrapper.get('.back-link').attributes('href')).toBe('/reports/competencies')
  })

  it("keeps the report's unit, and changes the level through the URL", async () => {
    const fetch = serve({ ...atFoundation, unit: 'tinh-tuyen-quang', level: 'none', items: [], total: 0 })
    const app = await setupApp({ me: reviewerTam(), path: '/reports/competencies/PRESS/trainees?unit=tinh-tuyen-quang' })
    const wrapper = mountWith(CompetencyTraineesView, app)
    await flushPromises()

    expect(asked(fetch)).toContain('level=none')
    expect(asked(fetch)).toContain('unit=tinh-tuyen-quang')
    expect(wrapper.get('h1').text()).toBe('Chưa có minh chứng – Quan hệ báo chí và phát ngôn')
    expect(wrapper.get('.lead').text()).toContain('Tỉnh Tuyên Quang')
    expect(wrapper.get('.back-link').attributes('href')).toBe('/reports/competencies?unit=tinh-tuyen-quang')

    await wrapper.get('select').setValue('advanced')

    await vi.waitFor(() => expect(asked(fetch)).toContain('level=advanced'))
    expect(app.router.currentRoute.value.query.unit).toBe('tinh-tuyen-quang')
  })

  it("links a unit manager's trainees to their competency profiles", async () => {
    serve({ ...atFoundation, items: [{ ...atFoundation.items[0]!, unitCode: 'tinh-tuyen-quang' }] })
    const wrapper = mountWith(CompetencyTraineesView, await setupApp({ me: managerHoa(), path: '/reports/competencies/PRESS/trainees?level=foundation' }))
    await flushPromises()

    expect(wrapper.get('.lead').text()).toContain('đơn vị của bạn')
    expect(wrapper.get('tbody th a').attributes('href')).toBe('/trainees/9/competencies')
  })
})
