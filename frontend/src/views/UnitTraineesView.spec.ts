import { describe, expect, it, vi } from 'vitest'
import UnitTraineesView from './UnitTraineesView.vue'
import { managerHoa, reviewerTam, tuyenQuang } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

const page = {
  unit: 'tinh-tuyen-quang',
  status: 'certified',
  page: 0,
  size: 50,
  total: 2,
  items: [
    {
      id: 7, fullName: 'Hoàng Văn Nam', username: 'namhv', jobTitle: 'Chuyên viên', unitCode: 'tinh-tuyen-quang',
      enrolments: 2,
      certificate: { number: 'TTCS-2026-000007', courseCode: 'bao-chi-phat-ngon', issuedOn: '2026-01-05', expiresOn: '2027-01-05', expiresSoon: true },
    },
    { id: 8, fullName: 'Lò Thị Mai', username: 'mailt', jobTitle: null, unitCode: 'tinh-ha-giang', enrolments: 0, certificate: null },
  ],
}

describe('UnitTraineesView', () => {
  it('lists the trainees behind a number, with their certificate, and downloads them all', async () => {
    const fetch = mockFetch(({ url }) => {
      if (url.pathname === '/api/reports/units/tinh-tuyen-quang/trainees') return jsonResponse(page)
      if (url.pathname === '/api/units') {
        return jsonResponse([tuyenQuang(), { ...tuyenQuang(), code: 'tinh-ha-giang', name: { vi: 'Tỉnh Hà Giang', en: 'Ha Giang' } }])
      }
      return jsonResponse([])
    })
    const app = await setupApp({ me: reviewerTam(), path: '/reports/units/tinh-tuyen-quang/trainees?status=certified&course=bao-chi-phat-ngon' })
    const wrapper = mountWith(UnitTraineesView, app)
    await flushPromises()

    const asked = String(fetch.mock.calls.find(([input]) => String(input).includes('/trainees'))![0])
    expect(asked).toContain('status=certified')
    expect(asked).toContain('course=bao-chi-phat-ngon')
    expect(wrapper.get('h1').text()).toBe('Học viên – Tỉnh Tuyên Quang')
    const rows = wrapper.findAll('tbody tr')
    expect(rows[0]!.text()).toContain('TTCS-2026-000007')
    expect(rows[0]!.text()).toContain('Sắp hết hạn')
    expect(rows[1]!.text()).toContain('Tỉnh Hà Giang')
    expect(rows[1]!.text()).toContain('Chưa có')
    expect(wrapper.get('a[download][href*="format=csv"]').attributes('href')).toContain('status=certified')
    expect(wrapper.find('a[download][href$="summary.pdf"]').exists()).toBe(true)
  })

  it('changes the group of trainees through the URL', async () => {
    mockFetch(({ url }) => (url.pathname.endsWith('/trainees') ? jsonResponse({ ...page, items: [], total: 0 }) : jsonResponse([])))
    const app = await setupApp({ me: reviewerTam(), path: '/reports/units/tinh-tuyen-quang/trainees' })
    const wrapper = mountWith(UnitTraineesView, app)
    await flushPromises()

    await wrapper.get('select').setValue('expiring')

    await vi.waitFor(() => expect(app.router.currentRoute.value.query.status).toBe('expiring'))
    expect(wrapper.text()).toContain('Không có học viên nào trong nhóm này.')
  })

  it("says so when another unit's trainees are out of reach", async () => {
    mockFetch(({ url }) =>
      url.pathname.endsWith('/trainees')
        ? problemResponse({ status: 404, title: 'Not Found', detail: 'Unit tinh-cao-bang was not found' })
        : jsonResponse([]),
    )
    const wrapper = mountWith(UnitTraineesView, await setupApp({ me: managerHoa(), path: '/reports/units/tinh-cao-bang/trainees' }))
    await flushPromises()

    expect(wrapper.get('[aria-live="assertive"]').text()).toContain('was not found')
    expect(wrapper.find('table').exists()).toBe(false)
  })
})
