import { describe, expect, it, vi } from 'vitest'
import AuthoringView from './AuthoringView.vue'
import { trainerHung } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp, type FetchCall } from '@/test/helpers'
import type { AuthoringCourse, Draft } from '@/api/authoring'

const published: AuthoringCourse = {
  code: 'bao-chi-phat-ngon', title: { vi: 'Quan hệ báo chí', en: 'Press relations' }, publishedVersionNo: 2,
  state: null, version: null, updatedAt: null, updatedBy: null,
}
const inReview: AuthoringCourse = {
  code: 'ky-nang-viet-tin', title: { vi: 'Kỹ năng viết tin', en: 'News writing' }, publishedVersionNo: null,
  state: 'IN_REVIEW', version: 4, updatedAt: '2026-12-01T09:00:00Z', updatedBy: 'hungnv',
}
const draft = { code: 'khoa-moi', version: 1 } as Draft

async function open() {
  const app = await setupApp({ me: trainerHung(), path: '/authoring' })
  const wrapper = mountWith(AuthoringView, app)
  await flushPromises()
  return { app, wrapper }
}

describe('AuthoringView', () => {
  it('lists published courses and drafts with their place in the workflow', async () => {
    mockFetch(() => jsonResponse([published, inReview]))

    const { wrapper } = await open()

    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('phiên bản 2')
    expect(rows[0]!.text()).toContain('không có bản nháp')
    expect(rows[1]!.text()).toContain('Chờ duyệt')
    expect(rows[1]!.text()).toContain('chưa xuất bản')
  })

  it('creates a course from its code and titles and opens its editor', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      return call.method === 'POST' ? jsonResponse(draft, 201) : jsonResponse([])
    })
    const { app, wrapper } = await open()

    const push = vi.spyOn(app.router, 'push')
    const inputs = wrapper.findAll('form')[0]!.findAll('input')
    await inputs[0]!.setValue('khoa-moi')
    await inputs[1]!.setValue('Khóa mới')
    await inputs[2]!.setValue('New course')
    await wrapper.findAll('form')[0]!.trigger('submit')
    await flushPromises()

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.url.pathname).toBe('/api/authoring/courses')
    expect(JSON.parse(String(post.init.body))).toEqual({ code: 'khoa-moi', titleVi: 'Khóa mới', titleEn: 'New course' })
    expect(push).toHaveBeenCalledWith({ name: 'course-editor', params: { code: 'khoa-moi' } })
  })

  it('shows every problem of a refused ZIP with its file and line', async () => {
    mockFetch((call) =>
      call.method === 'POST'
        ? problemResponse({
            status: 400, detail: 'The ZIP was not imported; nothing was changed',
            errors: [{ field: 'quizzes/final.yaml', row: 4, message: "'passMark' is 170, but must be between 0 and 100" }],
          })
        : jsonResponse([]),
    )
    const { wrapper } = await open()

    const file = new File(['PK'], 'khoa.zip', { type: 'application/zip' })
    const input = wrapper.get('#authoring-zip')
    Object.defineProperty(input.element, 'files', { value: [file] })
    await input.trigger('change')
    await wrapper.findAll('form')[1]!.trigger('submit')
    await flushPromises()

    expect(wrapper.text()).toContain('nothing was changed')
    expect(wrapper.get('.problem-list').text()).toContain('quizzes/final.yaml:4')
  })
})
