import { describe, expect, it, vi } from 'vitest'
import LessonReaderView from './LessonReaderView.vue'
import { lanInPress, lanInPressDetail, pressReleaseLesson, traineeLan } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

const PATH = '/learn/12/l04-thong-cao-bao-chi'

async function mountReader() {
  const app = await setupApp({ me: traineeLan(), path: PATH })
  const wrapper = mountWith(LessonReaderView, app, { props: { enrolmentId: '12', lessonKey: 'l04-thong-cao-bao-chi' } })
  await flushPromises()
  return { app, wrapper }
}

describe('LessonReaderView', () => {
  it('shows the lesson the server rendered, where it is in the course, and previous and next', async () => {
    const fetch = mockFetch(() => jsonResponse(pressReleaseLesson()))
    const { wrapper } = await mountReader()

    expect(String(fetch.mock.calls[0]![0])).toBe('/api/enrolments/12/lessons/l04-thong-cao-bao-chi')
    expect(wrapper.get('h1').text()).toBe('Viết thông cáo báo chí')
    expect(wrapper.text()).toContain('Bài 3/4')
    expect(wrapper.get('.breadcrumb a').attributes('href')).toBe('/courses/bao-chi-phat-ngon')
    const content = wrapper.get('.lesson-content')
    expect(content.get('h2').text()).toBe('Mục tiêu')
    expect(content.find('table').exists()).toBe(true)
    expect(wrapper.get('a[rel="prev"]').attributes('href')).toBe('/learn/12/l02-dinh-ky')
    expect(wrapper.get('a[rel="next"]').attributes('href')).toBe('/learn/12/l10-doc-them')
    expect(wrapper.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('33')
  })

  it('marks the lesson as done and moves the progress bar on', async () => {
    const done = lanInPress({ lessonsDone: 2, percentDone: 66 })
    const fetch = mockFetch(({ method }) => (method === 'PUT' ? jsonResponse(lanInPressDetail(done)) : jsonResponse(pressReleaseLesson())))
    const { wrapper } = await mountReader()

    const button = wrapper.get('.lesson-page__done button')
    expect(button.text()).toBe('Đánh dấu đã học xong')
    await button.trigger('click')
    await flushPromises()

    const [url, init] = fetch.mock.calls.at(-1)!
    expect(String(url)).toBe('/api/enrolments/12/lessons/l04-thong-cao-bao-chi/done')
    expect(init?.method).toBe('PUT')
    expect(init?.headers).toMatchObject({ 'X-Requested-With': 'XMLHttpRequest' })
    expect(wrapper.find('.lesson-page__done button').exists()).toBe(false)
    expect(wrapper.get('.lesson-page__done').text()).toContain('Đã học xong bài này')
    expect(wrapper.text()).toContain('Đã ghi nhận bạn học xong bài này.')
    expect(wrapper.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('66')
  })

  it('shows a lesson done earlier as done', async () => {
    mockFetch(() => jsonResponse(pressReleaseLesson({ done: true, doneAt: '2025-09-03T08:00:00Z' })))
    const { wrapper } = await mountReader()

    expect(wrapper.find('.lesson-page__done button').exists()).toBe(false)
    expect(wrapper.get('.lesson-page__done').text()).toContain('Đã học xong bài này')
  })

  it('follows a link to another lesson inside the app', async () => {
    mockFetch(() => jsonResponse(pressReleaseLesson()))
    const { app, wrapper } = await mountReader()

    await wrapper.get('.lesson-content a').trigger('click', { button: 0 })

    await vi.waitFor(() => expect(app.router.currentRoute.value.fullPath).toBe('/learn/12/l05-to-chuc-hop-bao'))
  })

  it('offers the way back to the course after the last lesson', async () => {
    mockFetch(() => jsonResponse(pressReleaseLesson({ next: null })))
    const { wrapper } = await mountReader()

    expect(wrapper.find('a[rel="next"]').exists()).toBe(false)
    expect(wrapper.get('.lesson-nav__link--next').attributes('href')).toBe('/courses/bao-chi-phat-ngon')
  })

  it('says so when the lesson is not found', async () => {
    mockFetch(() => problemResponse({ status: 404, title: 'Not Found', detail: 'Enrolment 12 was not found' }))
    const { wrapper } = await mountReader()

    expect(wrapper.get('[aria-live="assertive"]').text()).toContain('Enrolment 12 was not found')
    expect(wrapper.find('h1').exists()).toBe(false)
  })
})
