import { describe, expect, it, vi } from 'vitest'
import CatalogueView from './CatalogueView.vue'
import { crisisCourse, lanInPress, pressCourse, traineeLan } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

describe('CatalogueView', () => {
  it('lists the published courses with their facts and links to each course page', async () => {
    mockFetch(() => jsonResponse([pressCourse(), crisisCourse()]))
    const wrapper = mountWith(CatalogueView, await setupApp({ me: traineeLan(), path: '/courses' }))
    await flushPromises()

    expect(wrapper.get('#catalogue-results').text()).toBe('2 khóa học')
    const cards = wrapper.findAll('.course-card')
    expect(cards).toHaveLength(2)
    expect(cards[0]!.get('h3 a').text()).toBe('Quan hệ báo chí và công tác phát ngôn')
    expect(cards[0]!.get('h3 a').attributes('href')).toBe('/courses/bao-chi-phat-ngon')
    expect(cards[0]!.text()).toContain('Báo chí và phát ngôn')
    expect(cards[0]!.text()).toContain('7 giờ')
    expect(cards[0]!.text()).toContain('9 bài học')
    expect(cards[1]!.text()).toContain('Thực hành')
  })

  it('asks the server with the chosen filters and keeps them in the address', async () => {
    const fetch = mockFetch(() => jsonResponse([crisisCourse()]))
    const app = await setupApp({ me: traineeLan(), path: '/courses' })
    const wrapper = mountWith(CatalogueView, app)
    await flushPromises()

    const track = wrapper.findAll('select')[0]!
    await track.setValue('CRISIS')
    await flushPromises()

    await vi.waitFor(() => expect(app.router.currentRoute.value.query).toEqual({ track: 'CRISIS' }))
    await flushPromises()
    const last = new URL(String(fetch.mock.calls.at(-1)![0]), 'http://localhost')
    expect(last.pathname).toBe('/api/courses')
    expect(last.searchParams.get('track')).toBe('CRISIS')
  })

  it('searches the words typed when the form is sent, diacritics or not', async () => {
    const fetch = mockFetch(() => jsonResponse([crisisCourse()]))
    const app = await setupApp({ me: traineeLan(), path: '/courses' })
    const wrapper = mountWith(CatalogueView, app)
    await flushPromises()

    await wrapper.get('input[type="search"]').setValue('xu ly khung hoang')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    await vi.waitFor(() => expect(app.router.currentRoute.value.query).toEqual({ q: 'xu ly khung hoang' }))
    await flushPromises()
    expect(new URL(String(fetch.mock.calls.at(-1)![0]), 'http://localhost').searchParams.get('q')).toBe('xu ly khung hoang')
  })

  it('shows the trainee their progress in the courses they are enrolled in', async () => {
    const enrolled = lanInPress()
    mockFetch(() =>
      jsonResponse([
        pressCourse({
          enrolment: {
            id: enrolled.id,
            versionNo: 1,
            percentDone: 33,
            dueOn: null,
            overdue: false,
            nextLessonKey: 'l02-dinh-ky',
            completedAt: null,
          },
        }),
      ]),
    )
    const wrapper = mountWith(CatalogueView, await setupApp({ me: traineeLan(), path: '/courses' }))
    await flushPromises()

    const bar = wrapper.get('[role="progressbar"]')
    expect(bar.attributes('aria-valuenow')).toBe('33')
    expect(wrapper.text()).toContain('Đã ghi danh · 33%')
  })

  it('says so when nothing matches, and shows the reason when a filter is refused', async () => {
    mockFetch(({ url }) =>
      url.searchParams.has('level')
        ? problemResponse({ status: 400, title: 'Bad Request', detail: "level: 'X' is not one of FOUNDATION" })
        : jsonResponse([]),
    )
    const wrapper = mountWith(CatalogueView, await setupApp({ me: traineeLan(), path: '/courses' }))
    await flushPromises()
    expect(wrapper.get('.empty-state').text()).toContain('Không có khóa học nào phù hợp')

    const app = await setupApp({ me: traineeLan(), path: '/courses?level=X' })
    const refused = mountWith(CatalogueView, app)
    await flushPromises()
    expect(refused.get('[aria-live="assertive"]').text()).toContain("level: 'X' is not one of FOUNDATION")
  })
})

describe('CatalogueView in English', () => {
  it('counts courses and lessons in the singular and the plural', async () => {
    mockFetch(() => jsonResponse([pressCourse({ lessonCount: 1 })]))
    const wrapper = mountWith(CatalogueView, await setupApp({ me: traineeLan(), path: '/courses', locale: 'en' }))
    await flushPromises()

    expect(wrapper.get('#catalogue-results').text()).toBe('1 course')
    expect(wrapper.get('.course-card').text()).toContain('1 lesson')
    expect(wrapper.get('.course-card').text()).not.toContain('1 lessons')
  })
})

describe('CatalogueView in Vietnamese', () => {
  it('uses the one form Vietnamese has, whatever the count', async () => {
    mockFetch(() => jsonResponse([pressCourse({ lessonCount: 1 })]))
    const wrapper = mountWith(CatalogueView, await setupApp({ me: traineeLan(), path: '/courses' }))
    await flushPromises()

    expect(wrapper.get('#catalogue-results').text()).toBe('1 khóa học')
    expect(wrapper.get('.course-card').text()).toContain('1 bài học')
  })
})
