import { describe, expect, it } from 'vitest'
import CourseDashboard from './CourseDashboard.vue'
import DashboardView from '@/views/DashboardView.vue'
import { lanInPress, traineeLan } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, setupApp } from '@/test/helpers'

describe('CourseDashboard', () => {
  it('shows each course with an accessible progress bar, the next lesson and the due date', async () => {
    mockFetch(() => jsonResponse({ enrolments: [lanInPress()] }))
    const wrapper = mountWith(CourseDashboard, await setupApp({ me: traineeLan(), path: '/learning' }))
    await flushPromises()

    const bar = wrapper.get('[role="progressbar"]')
    expect(bar.attributes()).toMatchObject({
      'aria-valuemin': '0',
      'aria-valuemax': '100',
      'aria-valuenow': '33',
      'aria-valuetext': 'Đã hoàn thành 33%',
      'aria-label': 'Tiến độ: Quan hệ báo chí và công tác phát ngôn',
    })
    expect(wrapper.text()).toContain('1/3 bài bắt buộc')
    expect(wrapper.text()).toContain('Được giao bởi Nguyễn Thị Hòa')
    expect(wrapper.text()).toContain('Hạn hoàn thành: 31 thg 12, 2030')
    const next = wrapper.get('a.btn')
    expect(next.text()).toBe('Học tiếp: Cung cấp thông tin định kỳ')
    expect(next.attributes('href')).toBe('/learn/12/l02-dinh-ky')
    expect(wrapper.find('.status-pill--alert').exists()).toBe(false)
  })

  it('flags an overdue course', async () => {
    mockFetch(() => jsonResponse({ enrolments: [lanInPress({ dueOn: '2024-01-31', overdue: true })] }))
    const wrapper = mountWith(CourseDashboard, await setupApp({ me: traineeLan(), path: '/learning' }))
    await flushPromises()

    expect(wrapper.get('.status-pill--alert').text()).toBe('Quá hạn')
    expect(wrapper.get('.enrolment-card').classes()).toContain('is-overdue')
  })

  it('says when every required lesson is done instead of offering a next lesson', async () => {
    mockFetch(() =>
      jsonResponse({
        enrolments: [lanInPress({ percentDone: 100, lessonsDone: 3, nextLesson: null, completedAt: '2025-10-01T00:00:00Z' })],
      }),
    )
    const wrapper = mountWith(CourseDashboard, await setupApp({ me: traineeLan(), path: '/learning' }))
    await flushPromises()

    expect(wrapper.find('a.btn').exists()).toBe(false)
    expect(wrapper.text()).toContain('Đã học xong các bài bắt buộc')
  })

  it('points a trainee without courses to the catalogue', async () => {
    mockFetch(({ url }) => jsonResponse(url.pathname === '/api/me/certificates' ? [] : { enrolments: [] }))
    const wrapper = mountWith(DashboardView, await setupApp({ me: traineeLan(), path: '/learning' }))
    await flushPromises()

    expect(wrapper.get('h1').text()).toBe('Học tập của tôi')
    expect(wrapper.get('.empty-state a').attributes('href')).toBe('/courses')
  })
})
