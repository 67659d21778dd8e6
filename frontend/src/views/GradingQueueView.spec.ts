import { describe, expect, it } from 'vitest'
import GradingQueueView from './GradingQueueView.vue'
import { queueEntry, trainerDuc } from '@/test/assignmentFixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, setupApp, type FetchCall } from '@/test/helpers'

describe('GradingQueueView', () => {
  it('lists the submissions waiting for a grade with the trainee, unit and assignment, each opening its grading page', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      return jsonResponse([queueEntry()])
    })
    const app = await setupApp({ me: trainerDuc(), path: '/grading' })

    const wrapper = mountWith(GradingQueueView, app)
    await flushPromises()

    expect(calls[0]!.url.pathname + calls[0]!.url.search).toBe('/api/assignment-submissions?status=waiting')
    const row = wrapper.get('tbody tr')
    expect(row.text()).toContain('Vũ Thị Lan')
    expect(row.text()).toContain('tinh-tuyen-quang')
    expect(row.text()).toContain('Kế hoạch ứng phó khủng hoảng')
    const open = row.get('a')
    expect(open.attributes('href')).toBe('/grading/31')
    expect(open.attributes('aria-label')).toBe('Chấm bài của Vũ Thị Lan')
  })

  it('shows graded work when another status is chosen, and says when there is none', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      return jsonResponse([])
    })
    const app = await setupApp({ me: trainerDuc(), path: '/grading' })
    const wrapper = mountWith(GradingQueueView, app)
    await flushPromises()
    expect(wrapper.text()).toContain('Không có bài nào đang chờ chấm.')

    await wrapper.findAll('button').find((b) => b.text() === 'Đã đạt')!.trigger('click')
    await flushPromises()

    expect(app.router.currentRoute.value.fullPath).toBe('/grading?status=passed')
    expect(calls.at(-1)!.url.search).toBe('?status=passed')
    expect(wrapper.text()).toContain('Chưa có bài nào được chấm đạt.')
  })
})
