import { describe, expect, it } from 'vitest'
import CourseView from './CourseView.vue'
import { lanInPress, lanInPressDetail, managerHoa, pressCoursePage, traineeLan, userLan } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

const CODE = 'bao-chi-phat-ngon'

async function mountAs(me = traineeLan()) {
  const app = await setupApp({ me, path: `/courses/${CODE}` })
  const wrapper = mountWith(CourseView, app, { props: { code: CODE } })
  await flushPromises()
  return wrapper
}

describe('CourseView', () => {
  it('shows objectives, competencies, prerequisites and the outline with durations', async () => {
    mockFetch(() => jsonResponse(pressCoursePage()))
    const wrapper = await mountAs()

    expect(wrapper.get('h1').text()).toBe('Quan hệ báo chí và công tác phát ngôn')
    expect(wrapper.get('.facts').text()).toContain('7 giờ')
    expect(wrapper.findAll('.checklist li').map((li) => li.text())).toEqual([
      'Xác định đúng người phát ngôn theo Nghị định 09/2017/NĐ-CP.',
      'Viết thông cáo báo chí về một chính sách.',
    ])
    expect(wrapper.text()).toContain('Quan hệ báo chí và phát ngôn')
    const prerequisite = wrapper.get('.link-list li')
    expect(prerequisite.get('a').attributes('href')).toBe('/courses/nen-tang-ttcs')
    expect(prerequisite.text()).toContain('Chưa học xong')
    const modules = wrapper.findAll('.outline__module')
    expect(modules[0]!.get('h3').text()).toContain('Học phần 1: Khung pháp lý')
    expect(modules[1]!.text()).toContain('Đọc thêm')
    expect(modules[0]!.findAll('a')).toHaveLength(0)
  })

  it('enrols a trainee and then offers to start learning, with lessons linked to the reader', async () => {
    const fresh = lanInPress({ lessonsDone: 0, percentDone: 0, resumeLessonKey: null, assignedBy: null, dueOn: null })
    const fetch = mockFetch(({ url, method }) => {
      if (method === 'POST' && url.pathname === `/api/courses/${CODE}/enrolment`) return jsonResponse(fresh, 201)
      if (url.pathname === '/api/enrolments/12') return jsonResponse(lanInPressDetail(fresh))
      return jsonResponse(pressCoursePage())
    })
    const wrapper = await mountAs()

    const button = wrapper.get('aside button')
    expect(button.text()).toBe('Ghi danh')
    await button.trigger('click')
    await flushPromises()

    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true)
    expect(wrapper.get('aside [aria-live="polite"]').text()).toContain('Bạn đã ghi danh khóa học này.')
    const start = wrapper.get('aside a.btn')
    expect(start.text()).toBe('Bắt đầu học')
    expect(start.attributes('href')).toBe('/learn/12/l02-dinh-ky')
    expect(wrapper.get('.outline a').attributes('href')).toBe('/learn/12/l01-nguoi-phat-ngon')
  })

  it('shows an enrolled trainee their progress, the lessons done and where to continue', async () => {
    const status = { id: 12, versionNo: 1, percentDone: 33, dueOn: '2030-12-31', overdue: false, nextLessonKey: 'l02-dinh-ky', completedAt: null }
    mockFetch(({ url }) =>
      url.pathname === '/api/enrolments/12'
        ? jsonResponse(lanInPressDetail())
        : jsonResponse(pressCoursePage({ enrolment: status })),
    )
    const wrapper = await mountAs()

    expect(wrapper.get('aside [role="progressbar"]').attributes('aria-valuenow')).toBe('33')
    expect(wrapper.get('aside a.btn').text()).toBe('Học tiếp')
    expect(wrapper.get('aside a.btn').attributes('href')).toBe('/learn/12/l02-dinh-ky')
    const first = wrapper.get('.outline__lesson')
    expect(first.classes()).toContain('is-done')
    expect(first.text()).toContain('Đã học')
  })

  it('tells a trainee enrolled in an older version that the outline is that of their version', async () => {
    const status = { id: 12, versionNo: 1, percentDone: 33, dueOn: null, overdue: false, nextLessonKey: 'l02-dinh-ky', completedAt: null }
    mockFetch(({ url }) =>
      url.pathname === '/api/enrolments/12'
        ? jsonResponse(lanInPressDetail())
        : jsonResponse(pressCoursePage({ versionNo: 2, enrolment: status })),
    )
    const wrapper = await mountAs()

    expect(wrapper.get('.alert--info').text()).toContain('phiên bản 1')
  })

  it('lets a unit manager assign the course with a due date instead of enrolling', async () => {
    const fetch = mockFetch(({ url, method }) => {
      if (url.pathname === '/api/users') return jsonResponse({ items: [userLan()], page: 0, size: 50, total: 1 })
      if (method === 'POST' && url.pathname === '/api/enrolments') return jsonResponse(lanInPress(), 201)
      return jsonResponse(pressCoursePage())
    })
    const wrapper = await mountAs(managerHoa())

    expect(wrapper.text()).not.toContain('Ghi danh')
    const select = wrapper.get('aside select')
    await select.setValue('3')
    await wrapper.get('#assign-due-on').setValue('2030-12-31')
    await wrapper.get('aside form').trigger('submit')
    await flushPromises()

    const post = fetch.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(JSON.parse(String(post[1]!.body))).toEqual({ userId: 3, courseCode: CODE, dueOn: '2030-12-31' })
    expect(wrapper.get('aside [aria-live="polite"]').text()).toContain('Đã giao khóa học cho Vũ Thị Lan.')
  })

  it('puts the server’s message beside the due date when it is refused', async () => {
    mockFetch(({ url, method }) => {
      if (url.pathname === '/api/users') return jsonResponse({ items: [userLan()], page: 0, size: 50, total: 1 })
      if (method === 'POST') {
        return problemResponse({
          status: 400,
          title: 'Bad Request',
          detail: 'dueOn: must be today or later',
          errors: [{ field: 'dueOn', message: 'must be today or later' }],
        })
      }
      return jsonResponse(pressCoursePage())
    })
    const wrapper = await mountAs(managerHoa())

    await wrapper.get('aside select').setValue('3')
    await wrapper.get('#assign-due-on').setValue('2020-01-01')
    await wrapper.get('aside form').trigger('submit')
    await flushPromises()

    const due = wrapper.get('#assign-due-on')
    expect(due.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get('#assign-due-on-error').text()).toBe('must be today or later')
  })

  it('asks for a trainee before assigning', async () => {
    const fetch = mockFetch(({ url }) =>
      url.pathname === '/api/users' ? jsonResponse({ items: [userLan()], page: 0, size: 50, total: 1 }) : jsonResponse(pressCoursePage()),
    )
    const wrapper = await mountAs(managerHoa())

    await wrapper.get('aside form').trigger('submit')
    await flushPromises()

    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
    expect(wrapper.get('aside select').attributes('aria-invalid')).toBe('true')
  })
})
