import { describe, expect, it, vi } from 'vitest'
import KindTraineesView from './KindTraineesView.vue'
import type { TraineePage } from '@/api/reports'
import { adminMinh, haGiang, managerHoa, reviewerTam, tuyenQuang } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

const provinces: TraineePage = {
  unit: null,
  kind: 'PROVINCE',
  status: 'certified',
  standard: null,
  level: null,
  page: 0,
  size: 50,
  total: 2,
  items: [
    {
      id: 7, fullName: 'Hoàng Văn Nam', username: 'namhv', jobTitle: 'Chuyên viên', unitCode: 'tinh-tuyen-quang',
      enrolments: 2,
      certificate: { number: 'TTCS-2026-000007', courseCode: 'bao-chi-phat-ngon', issuedOn: '2026-01-05', expiresOn: '2027-01-05', expiresSoon: false },
    },
    {
      id: 8, fullName: 'Lò Thị Mai', username: 'mailt', jobTitle: null, unitCode: 'tinh-ha-giang', enrolments: 1,
      certificate: { number: 'TTCS-2026-000008', courseCode: 'bao-chi-phat-ngon', issuedOn: '2026-02-05', expiresOn: '2027-02-05', expiresSoon: false },
    },
  ],
}

function serve(page: TraineePage = provinces) {
  return mockFetch(({ url }) => {
    if (url.pathname === '/api/reports/trainees') return jsonResponse(page)
    if (url.pathname === '/api/units') return jsonResponse([tuyenQuang(), haGiang()])
    return jsonResponse([])
  })
}

describe('KindTraineesView', () => {
  it('lists the trainees behind a total by kind, each with their unit, and downloads them all', async () => {
    const fetch = serve()
    const app = await setupApp({ me: reviewerTam(), path: '/reports/trainees?kind=PROVINCE&status=certified&course=bao-chi-phat-ngon' })
    const wrapper = mountWith(KindTraineesView, app)
    await flushPromises()

    const asked = String(fetch.mock.calls.find(([input]) => String(input).includes('/api/reports/trainees'))![0])
    expect(asked).toContain('kind=PROVINCE')
    expect(asked).toContain('status=certified')
    expect(asked).toContain('course=bao-chi-phat-ngon')
    expect(wrapper.get('h1').text()).toBe('Học viên – Tỉnh')
    expect(wrapper.get('#trainees-results').text()).toBe('Danh sách học viên (2)')
    const rows = wrapper.findAll('tbody tr')
    expect(rows[0]!.text()).toContain('Tỉnh Tuyên Quang')
    expect(rows[1]!.text()).toContain('Tỉnh Hà Giang')
    expect(wrapper.find('tbody a').exists()).toBe(false)
    const csv = wrapper.get('a[download][href*="format=csv"]').attributes('href')
    expect(csv).toMatch(/^\/api\/reports\/trainees\?/)
    expect(csv).toContain('kind=PROVINCE')
    expect(csv).toContain('course=bao-chi-phat-ngon')
    expect(wrapper.find('a[download][href$="summary.pdf"]').exists()).toBe(false)
  })

  it('lists the trainees behind the overall row without a kind, and names each one to their profile for an administrator', async () => {
    const fetch = serve({ ...provinces, kind: null, status: 'registered' })
    const wrapper = mountWith(KindTraineesView, await setupApp({ me: adminMinh(), path: '/reports/trainees' }))
    await flushPromises()

    const asked = String(fetch.mock.calls.find(([input]) => String(input).includes('/api/reports/trainees'))![0])
    expect(asked).not.toContain('kind=')
    expect(asked).toContain('status=registered')
    expect(wrapper.get('h1').text()).toBe('Học viên – Tất cả đơn vị')
    const profile = wrapper.get('tbody tr th a')
    expect(profile.attributes('href')).toBe('/trainees/7/competencies')
    expect(profile.text()).toBe('Hoàng Văn Nam – xem hồ sơ năng lực')
  })

  it('changes the group of trainees through the URL, back on the first page', async () => {
    const fetch = serve({ ...provinces, items: [], total: 0 })
    const app = await setupApp({ me: reviewerTam(), path: '/reports/trainees?kind=CITY&page=2' })
    const wrapper = mountWith(KindTraineesView, app)
    await flushPromises()

    await wrapper.get('select').setValue('expiring')

    await vi.waitFor(() => expect(app.router.currentRoute.value.query.status).toBe('expiring'))
    expect(app.router.currentRoute.value.query.kind).toBe('CITY')
    expect(app.router.currentRoute.value.query.page).toBeUndefined()
    await flushPromises()
    const asked = fetch.mock.calls.map(([input]) => String(input)).filter((url) => url.includes('/api/reports/trainees'))
    expect(asked).toHaveLength(2)
    expect(asked[0]).toContain('page=2')
    expect(asked[1]).toContain('status=expiring')
    expect(asked[1]).toContain('page=0')
    expect(wrapper.text()).toContain('Không có học viên nào trong nhóm này.')
  })

  it("says so when a unit manager asks for a kind its report does not have", async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/reports/trainees'
        ? problemResponse({ status: 404, title: 'Not Found', detail: 'Units of kind CITY was not found' })
        : jsonResponse([]),
    )
    const wrapper = mountWith(KindTraineesView, await setupApp({ me: managerHoa(), path: '/reports/trainees?kind=CITY' }))
    await flushPromises()

    expect(wrapper.get('[aria-live="assertive"]').text()).toContain('was not found')
    expect(wrapper.find('table').exists()).toBe(false)
  })
})
