import { describe, expect, it, vi } from 'vitest'
import ReportsView from './ReportsView.vue'
import { managerHoa, nationalReport, reviewerTam, unitRate } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

const options = {
  courses: [{ code: 'bao-chi-phat-ngon', title: { vi: 'Quan hệ báo chí', en: 'Press relations' }, competencies: ['PRESS'] }],
  competencies: [{ code: 'PRESS', name: { vi: 'Quan hệ báo chí và phát ngôn', en: 'Press' } }],
}

function serve(report = nationalReport()) {
  return mockFetch(({ url }) => {
    if (url.pathname === '/api/reports/filters') return jsonResponse(options)
    if (url.pathname === '/api/reports/certification-rates') return jsonResponse(report)
    return jsonResponse([])
  })
}

function rowNames(wrapper: ReturnType<typeof mountWith>): string[] {
  return wrapper.findAll('.report-table__name').map((name) => name.text())
}

describe('ReportsView', () => {
  it('shows every unit with its numbers, "—" where there is no rate, and the totals by kind', async () => {
    serve()
    const wrapper = mountWith(ReportsView, await setupApp({ me: reviewerTam(), path: '/reports' }))
    await flushPromises()

    const tables = wrapper.findAll('table')
    const tuyenQuang = tables[0]!.findAll('tbody tr').find((row) => row.text().includes('Tỉnh Tuyên Quang'))!
    expect(tuyenQuang.findAll('td').map((cell) => cell.text())).toEqual(['40', '30', '10', '25,0%', '2', '16', '6'])
    const daNang = tables[0]!.findAll('tbody tr').find((row) => row.text().includes('Đà Nẵng'))!
    expect(daNang.findAll('td')[3]!.text()).toBe('—')
    expect(tables[1]!.text()).toContain('Cả nước')
    expect(tables[1]!.text()).toContain('Thành phố trực thuộc trung ương')
  })

  it('finds units typed without diacritics and sorts by a column heading', async () => {
    serve()
    const app = await setupApp({ me: reviewerTam(), path: '/reports' })
    const wrapper = mountWith(ReportsView, app)
    await flushPromises()

    await wrapper.get('input[type="search"]').setValue('da nang')
    expect(rowNames(wrapper)).toEqual(['Thành phố Đà Nẵng'])

    await wrapper.get('input[type="search"]').setValue('')
    const certifiedHeading = wrapper.findAll('thead th').find((th) => th.text().startsWith('Được chứng nhận'))!
    await certifiedHeading.get('button').trigger('click')
    expect(certifiedHeading.attributes('aria-sort')).toBe('descending')
    expect(rowNames(wrapper)).toEqual(['Tỉnh Tuyên Quang', 'Bộ Y tế', 'Thành phố Đà Nẵng'])
    await vi.waitFor(() => expect(app.router.currentRoute.value.query.sort).toBe('-certified'))
  })

  it('links each count to the trainees behind it and downloads what the page shows', async () => {
    serve()
    const app = await setupApp({ me: reviewerTam(), path: '/reports?course=bao-chi-phat-ngon' })
    const wrapper = mountWith(ReportsView, app)
    await flushPromises()

    const link = wrapper.get('a[href^="/reports/units/tinh-tuyen-quang/trainees"][href*="status=certified"]')
    expect(link.attributes('href')).toContain('course=bao-chi-phat-ngon')
    expect(link.text()).toBe('10')
    const csv = wrapper.get('a[download][href*="format=csv"]').attributes('href')
    expect(csv).toContain('/api/reports/certification-rates?')
    expect(csv).toContain('course=bao-chi-phat-ngon')
    expect(csv).toContain('lang=vi')
    expect(wrapper.get('a[download][href*="format=xlsx"]').text()).toBe('Tải Excel (XLSX)')
  })

  it('links each count of the totals by kind to the trainees behind it, with the filters', async () => {
    serve()
    const app = await setupApp({ me: reviewerTam(), path: '/reports?course=bao-chi-phat-ngon' })
    const wrapper = mountWith(ReportsView, app)
    await flushPromises()

    const totals = wrapper.findAll('table')[1]!
    const provinces = totals.get('a[href*="kind=PROVINCE"][href*="status=certified"]')
    expect(provinces.attributes('href')).toMatch(/^\/reports\/trainees\?/)
    expect(provinces.attributes('href')).toContain('course=bao-chi-phat-ngon')
    expect(provinces.text()).toBe('10')
    expect(provinces.attributes('aria-label')).toBe('Được chứng nhận – Tỉnh: xem danh sách học viên')
    const overall = totals.findAll('a').find((link) => link.attributes('aria-label') === 'Đã đăng ký – Cả nước: xem danh sách học viên')!
    expect(overall.attributes('href')).not.toContain('kind=')
    expect(overall.text()).toBe('48')
    const city = totals.findAll('tbody tr').find((row) => row.text().includes('Thành phố trực thuộc trung ương'))!
    expect(city.findAll('a')).toHaveLength(0)
    expect(totals.findAll('a').every((link) => /status=(registered|enrolled|certified|expiring)/.test(link.attributes('href')!))).toBe(true)
  })

  it('applies the filters through the URL and asks the server again', async () => {
    const fetch = serve()
    const app = await setupApp({ me: reviewerTam(), path: '/reports' })
    const wrapper = mountWith(ReportsView, app)
    await flushPromises()

    await wrapper.get('select').setValue('bao-chi-phat-ngon')
    await wrapper.get('form[role="search"]').trigger('submit')
    await flushPromises()

    expect(app.router.currentRoute.value.query.course).toBe('bao-chi-phat-ngon')
    const asked = fetch.mock.calls.map(([input]) => String(input)).filter((url) => url.includes('certification-rates'))
    expect(asked.at(-1)).toContain('course=bao-chi-phat-ngon')
  })

  it("shows a unit manager their unit's report without a unit search, totalled as the unit", async () => {
    const own = nationalReport()
    own.units = [unitRate({ registered: 3, enrolled: 1, certified: 1, rate: 1 / 3 })]
    own.totals = own.totals.filter((total) => total.kind === 'PROVINCE')
    serve(own)
    const wrapper = mountWith(ReportsView, await setupApp({ me: managerHoa(), path: '/reports' }))
    await flushPromises()

    expect(wrapper.find('input[type="search"]').exists()).toBe(false)
    expect(rowNames(wrapper)).toEqual(['Tỉnh Tuyên Quang'])
    expect(wrapper.text()).toContain('33,3%')
    expect(wrapper.text()).toContain('Tổng cộng')
    expect(wrapper.text()).not.toContain('Cả nước')
  })

  it("shows the server's explanation when a filter is refused", async () => {
    mockFetch(({ url }) =>
      url.pathname === '/api/reports/filters'
        ? jsonResponse(options)
        : problemResponse({ status: 400, title: 'Bad Request', detail: "course: no course has the code 'x'" }),
    )
    const wrapper = mountWith(ReportsView, await setupApp({ me: reviewerTam(), path: '/reports?course=x' }))
    await flushPromises()

    expect(wrapper.get('[aria-live="assertive"]').text()).toContain("no course has the code 'x'")
  })
})
