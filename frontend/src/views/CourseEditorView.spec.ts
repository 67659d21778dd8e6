import { describe, expect, it } from 'vitest'
import CourseEditorView from './CourseEditorView.vue'
import { trainerHung } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp, type FetchCall } from '@/test/helpers'
import type { Draft } from '@/api/authoring'

const lesson = (id: string, vi: string) => ({ id, title: { vi, en: vi } })

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    code: 'khoa-moi', title: { vi: 'Khóa mới', en: 'New course' }, state: 'DRAFT', version: 3,
    publishedVersionNo: null, updatedAt: '2026-12-01T09:00:00Z', updatedBy: 'hungnv', submittedAt: null,
    canApprove: false,
    files: [{ path: 'course.yaml', size: 100, text: true }, { path: 'lessons/l01-mot.md', size: 50, text: true }],
    problems: [],
    outline: [{ id: 'm1', title: { vi: 'Học phần 1', en: 'Module 1' }, lessons: [lesson('l01-mot', 'Bài một'), lesson('l02-hai', 'Bài hai')] }],
    drills: [{
      id: 'tinh-huong', title: { vi: 'Tình huống', en: 'Scenario' }, start: 's1',
      steps: [
        { id: 's1', situation: { vi: 'Báo chí gọi điện', en: '' }, options: [{ id: 'a', text: { vi: 'Trả lời ngay', en: '' }, points: 3, next: 's2' }] },
        { id: 's2', situation: { vi: 'Kết quả tốt', en: '' }, options: [] },
      ],
    }],
    ...overrides,
  }
}

async function open(handler: (call: FetchCall) => Response) {
  const calls: FetchCall[] = []
  mockFetch((call) => {
    calls.push(call)
    return handler(call)
  })
  const app = await setupApp({ me: trainerHung(), path: '/authoring/khoa-moi' })
  const wrapper = mountWith(CourseEditorView, app, { props: { code: 'khoa-moi' } })
  await flushPromises()
  return { calls, wrapper }
}

function answer(current: Draft) {
  return (call: FetchCall) => {
    if (call.url.pathname.endsWith('/changes')) return jsonResponse([])
    if (call.url.pathname.endsWith('/file') && call.method === 'GET') return jsonResponse({ path: 'course.yaml', content: 'code: khoa-moi\n', version: 3 })
    if (call.url.pathname.endsWith('/preview')) return jsonResponse({ html: '<p>Xem</p>' })
    return jsonResponse(current)
  }
}

describe('CourseEditorView', () => {
  it('moves a lesson with the keyboard and saves the new order with the draft version', async () => {
    const { calls, wrapper } = await open(answer(draft()))

    await wrapper.get('#outline-l02-hai').trigger('keydown', { key: 'ArrowUp', altKey: true })
    await flushPromises()

    const put = calls.find((c) => c.method === 'PUT' && c.url.pathname.endsWith('/outline'))!
    expect(JSON.parse(String(put.init.body))).toEqual({ modules: [{ id: 'm1', lessons: ['l02-hai', 'l01-mot'] }], version: 3 })
  })

  it('lists problems by file and line, and submitting waits until there are none', async () => {
    const { wrapper } = await open(answer(draft({ problems: [{ file: 'course.yaml', line: 15, message: "unknown competency code 'X'" }] })))

    expect(wrapper.get('#problems-title').text()).toContain('1 vấn đề')
    expect(wrapper.get('.problem-list').text()).toContain('course.yaml:15')
    expect(wrapper.get('button.btn--primary').text()).toBe('Gửi duyệt')
    expect(wrapper.get('button.btn--primary').attributes('disabled')).toBeDefined()
  })

  it('shows a stale save as the conflict the server names', async () => {
    const { wrapper } = await open((call) =>
      call.method === 'PUT'
        ? problemResponse({ status: 409, detail: 'Your change to course.yaml was made on version 3, but lanvt changed it since' })
        : answer(draft())(call),
    )

    await wrapper.findAll('button').find((b) => b.text() === 'Lưu tệp')!.trigger('click')
    await flushPromises()

    expect(wrapper.text()).toContain('but lanvt changed it since')
  })

  it('shows a drill as an outline of steps and where each option leads', async () => {
    const { wrapper } = await open(answer(draft()))

    const outline = wrapper.get('.drill-outline')
    expect(outline.text()).toContain('bắt đầu')
    expect(outline.text()).toContain('kết thúc')
    expect(outline.get('a[href="#drill-tinh-huong-s2"]').text()).toBe('s2')
  })

  it('lets another trainer approve a draft in review', async () => {
    const calls: FetchCall[] = []
    const { wrapper } = await open((call) => {
      calls.push(call)
      return answer(draft({ state: call.url.pathname.endsWith('/approve') ? 'PUBLISHED' : 'IN_REVIEW', canApprove: true }))(call)
    })

    await wrapper.findAll('button').find((b) => b.text() === 'Phê duyệt và xuất bản')!.trigger('click')
    await flushPromises()

    expect(calls.some((c) => c.method === 'POST' && c.url.pathname === '/api/authoring/courses/khoa-moi/approve')).toBe(true)
    expect(wrapper.get('[data-test="draft-state"]').text()).toBe('Đã xuất bản')
  })
})
