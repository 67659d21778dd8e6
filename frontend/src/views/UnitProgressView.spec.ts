import { describe, expect, it } from 'vitest'
import UnitProgressView from './UnitProgressView.vue'
import { crisisCourse, haGiang, managerHoa, pressCourse, reviewerTam, tuyenQuang, userLan } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp, type FetchCall } from '@/test/helpers'
import type { Me } from '@/api/types'
import type { ProgressPage, ProgressRow } from '@/api/reports'

const lanLate = (overrides: Partial<ProgressRow> = {}): ProgressRow => ({
  enrolmentId: 41,
  userId: 3,
  fullName: 'Vũ Thị Lan',
  username: 'lanvt',
  courseCode: 'bao-chi-phat-ngon',
  courseTitle: pressCourse().title,
  percentDone: 20,
  lastActivityAt: '2026-11-20T02:00:00Z',
  dueOn: '2026-11-30',
  completedAt: null,
  overdue: true,
  ...overrides,
})

const binhOnTime = (): ProgressRow =>
  lanLate({
    enrolmentId: 42,
    userId: 4,
    fullName: 'Trần Văn Bình',
    username: 'binhtv',
    courseCode: 'xu-ly-khung-hoang',
    courseTitle: crisisCourse().title,
    percentDone: 100,
    lastActivityAt: null,
    dueOn: null,
    completedAt: '2026-11-25T03:00:00Z',
    overdue: false,
  })

function page(items: ProgressRow[], overdueOnly = false): ProgressPage {
  return { unit: 'tinh-tuyen-quang', overdueOnly, items, page: 0, size: 50, total: items.length }
}

const userBinh = () => userLan({ id: 4, username: 'binhtv', fullName: 'Trần Văn Bình' })

async function open(me: Me, path: string, props: { code?: string } = {}) {
  const app = await setupApp({ me, path })
  const wrapper = mountWith(UnitProgressView, app, { props })
  await flushPromises()
  return { app, wrapper }
}

function progressRequests(calls: FetchCall[]): string[] {
  return calls.filter((call) => call.url.pathname.endsWith('/progress')).map((call) => call.url.pathname + call.url.search)
}

/** The unit's directory, the catalogue and the progress report, as the server answers a unit manager. */
function unitServer(calls: FetchCall[], onAssign: (body: { userId: number }) => Response = () => jsonResponse({}, 201)) {
  return (call: FetchCall): Response => {
    calls.push(call)
    if (call.url.pathname === '/api/users') return jsonResponse({ items: [userLan(), userBinh()], page: 0, size: 200, total: 2 })
    if (call.url.pathname === '/api/courses') return jsonResponse([pressCourse(), crisisCourse()])
    if (call.url.pathname === '/api/units') return jsonResponse([tuyenQuang(), haGiang()])
    if (call.url.pathname === '/api/enrolments') return onAssign(JSON.parse(String(call.init.body)))
    return jsonResponse(page(call.url.searchParams.get('overdue') === 'true' ? [lanLate()] : [lanLate(), binhOnTime()]))
  }
}

describe('UnitProgressView for a unit manager', () => {
  it("shows the own unit's trainees per course with progress, last activity and due date, overdue highlighted", async () => {
    const calls: FetchCall[] = []
    mockFetch(unitServer(calls))

    const { wrapper } = await open(managerHoa(), '/unit/progress')

    expect(progressRequests(calls)).toEqual(['/api/reports/units/tinh-tuyen-quang/progress?overdue=false&page=0&size=50'])
    expect(wrapper.get('h1').text()).toBe('Tiến độ học viên')
    expect(wrapper.get('.lead').text()).toContain('Tỉnh Tuyên Quang')
    expect(wrapper.get('#unit-progress-results').text()).toBe('Tiến độ theo khóa học (2)')
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.classes()).toContain('is-overdue')
    expect(rows[0]!.text()).toContain('Vũ Thị Lan')
    const profile = rows[0]!.get('th a')
    expect(profile.attributes('href')).toBe('/trainees/3/competencies')
    expect(profile.text()).toBe('Vũ Thị Lan – xem hồ sơ năng lực')
    expect(rows[0]!.text()).toContain('Quan hệ báo chí và công tác phát ngôn')
    expect(rows[0]!.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('20')
    expect(rows[0]!.get('.status-pill--alert').text()).toBe('Quá hạn')
    expect(rows[1]!.classes()).not.toContain('is-overdue')
    expect(rows[1]!.text()).toContain('Chưa học bài nào')
    expect(rows[1]!.text()).toContain('Không có hạn')
    expect(rows[1]!.get('.status-pill--ok').text()).toBe('Đã hoàn thành')
  })

  it('asks the server for the overdue ones only and keeps the filter in the address', async () => {
    const calls: FetchCall[] = []
    mockFetch(unitServer(calls))
    const { app, wrapper } = await open(managerHoa(), '/unit/progress')

    await wrapper.get('input[name="overdue"]').setValue(true)
    await flushPromises()

    expect(app.router.currentRoute.value.fullPath).toBe('/unit/progress?overdue=true')
    expect(progressRequests(calls).at(-1)).toBe('/api/reports/units/tinh-tuyen-quang/progress?overdue=true&page=0&size=50')
    expect(wrapper.get('#unit-progress-results').text()).toBe('Khóa học quá hạn (1)')
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
  })

  it('says so when nothing is overdue', async () => {
    mockFetch((call) => {
      if (call.url.pathname.endsWith('/progress')) return jsonResponse(page([], true))
      if (call.url.pathname === '/api/users') return jsonResponse({ items: [], page: 0, size: 200, total: 0 })
      return jsonResponse([])
    })

    const { wrapper } = await open(managerHoa(), '/unit/progress?overdue=true')

    expect((wrapper.get('input[name="overdue"]').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.get('.empty-state__title').text()).toBe('Không có khóa học nào quá hạn.')
    expect(wrapper.get('.bulk-assign__trainees').text()).toContain('Đơn vị chưa có học viên nào.')
  })

  it('assigns one course with a due date to the ticked trainees, one request each, and reloads the progress', async () => {
    const calls: FetchCall[] = []
    mockFetch(unitServer(calls))
    const { wrapper } = await open(managerHoa(), '/unit/progress')

    expect(calls.find((call) => call.url.pathname === '/api/users')!.url.searchParams.get('unit')).toBe('tinh-tuyen-quang')
    const boxes = wrapper.findAll('input[name="trainee"]')
    expect(boxes).toHaveLength(2)
    await boxes[0]!.setValue(true)
    await boxes[1]!.setValue(true)
    await wrapper.get('select').setValue('xu-ly-khung-hoang')
    await wrapper.get('#bulk-assign-due-on').setValue('2099-12-31')
    expect(wrapper.get('button[type="submit"]').text()).toBe('Giao khóa học cho 2 học viên')
    await wrapper.get('form.form').trigger('submit')
    await flushPromises()

    const posted = calls.filter((call) => call.method === 'POST').map((call) => JSON.parse(String(call.init.body)))
    expect(posted).toEqual([
      { userId: 4, courseCode: 'xu-ly-khung-hoang', dueOn: '2099-12-31' },
      { userId: 3, courseCode: 'xu-ly-khung-hoang', dueOn: '2099-12-31' },
    ])
    const results = wrapper.get('.bulk-assign__results')
    expect(results.get('h3').text()).toBe('Đã giao khóa học cho 2/2 học viên.')
    expect(results.findAll('li').map((item) => item.text())).toEqual(['Đã giao Trần Văn Bình', 'Đã giao Vũ Thị Lan'])
    expect(progressRequests(calls)).toHaveLength(2)
  })

  it('shows per trainee which assignments the server refused, and still assigns the others', async () => {
    const calls: FetchCall[] = []
    mockFetch(
      unitServer(calls, (body) =>
        body.userId === 3
          ? problemResponse({ status: 404, title: 'Not Found', detail: 'Không tìm thấy học viên 3.' })
          : jsonResponse({}, 201),
      ),
    )
    const { wrapper } = await open(managerHoa(), '/unit/progress')

    await wrapper.get('input[type="checkbox"]:not([name])').setValue(true)
    await wrapper.get('select').setValue('bao-chi-phat-ngon')
    await wrapper.get('form.form').trigger('submit')
    await flushPromises()

    const results = wrapper.get('.bulk-assign__results')
    expect(results.get('h3').text()).toBe('Đã giao khóa học cho 1/2 học viên.')
    expect(results.findAll('li').map((item) => item.text())).toEqual([
      'Đã giao Trần Văn Bình',
      'Không giao được Vũ Thị Lan: Không tìm thấy học viên 3.',
    ])
  })

  it('asks for trainees and a course before sending anything', async () => {
    const calls: FetchCall[] = []
    mockFetch(unitServer(calls))
    const { wrapper } = await open(managerHoa(), '/unit/progress')

    await wrapper.get('form.form').trigger('submit')
    await flushPromises()

    expect(calls.some((call) => call.method === 'POST')).toBe(false)
    expect(wrapper.get('.bulk-assign__trainees .field__error').text()).toBe('Vui lòng chọn ít nhất một học viên.')
    expect(wrapper.text()).toContain('Vui lòng chọn khóa học.')
  })
})

describe('UnitProgressView for a reviewer', () => {
  it('shows the progress of the unit in the address and offers no assignment', async () => {
    const calls: FetchCall[] = []
    mockFetch(unitServer(calls))

    const { wrapper } = await open(reviewerTam(), '/reports/units/tinh-ha-giang/progress', { code: 'tinh-ha-giang' })

    expect(progressRequests(calls)).toEqual(['/api/reports/units/tinh-ha-giang/progress?overdue=false&page=0&size=50'])
    expect(wrapper.get('.lead').text()).toContain('Tỉnh Hà Giang')
    expect(wrapper.findAll('tbody tr')).toHaveLength(2)
    expect(wrapper.find('tbody a').exists()).toBe(false)
    expect(wrapper.find('#bulk-assign-heading').exists()).toBe(false)
    expect(calls.some((call) => call.url.pathname === '/api/users')).toBe(false)
  })
})
