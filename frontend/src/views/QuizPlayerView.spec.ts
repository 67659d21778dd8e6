import { afterEach, describe, expect, it, vi } from 'vitest'
import QuizPlayerView from './QuizPlayerView.vue'
import { traineeLan } from '@/test/fixtures'
import { attemptInProgress, crisisAssessments, submittedAttempt } from '@/test/assessmentFixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp, type FetchCall } from '@/test/helpers'

const PATH = '/enrolments/7/quizzes/final'

async function mountPlayer() {
  const app = await setupApp({ me: traineeLan(), path: PATH })
  const wrapper = mountWith(QuizPlayerView, app, { props: { id: '7', quizId: 'final' } })
  await flushPromises()
  return { app, wrapper }
}

function submissions(calls: FetchCall[]): FetchCall[] {
  return calls.filter((c) => c.method === 'POST' && c.url.pathname === '/api/attempts/41/submission')
}

describe('QuizPlayerView', () => {
  afterEach(() => {
    window.sessionStorage.clear()
    vi.useRealTimers()
  })

  it('describes the quiz and starts no attempt until the trainee asks', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      return jsonResponse(crisisAssessments())
    })

    const { wrapper } = await mountPlayer()

    const text = wrapper.text()
    expect(text).toContain('Bài kiểm tra cuối khóa Xử lý khủng hoảng truyền thông')
    expect(text).toContain('18')
    expect(text).toContain('70%')
    expect(text).toContain('30 phút')
    expect(text).toContain('Còn 2/3 lượt')
    expect(calls.every((c) => c.method === 'GET')).toBe(true)
    expect(wrapper.find('[role="timer"]').exists()).toBe(false)
  })

  it('shows each question type with its own control and a timer once started', async () => {
    mockFetch(({ method }) => (method === 'POST' ? jsonResponse(attemptInProgress(), 201) : jsonResponse(crisisAssessments())))
    const { wrapper } = await mountPlayer()

    await wrapper.get('button.btn--primary').trigger('click')
    await flushPromises()

    const fieldsets = wrapper.findAll('fieldset')
    expect(fieldsets).toHaveLength(4)
    expect(fieldsets[0]!.findAll('input[type="radio"]')).toHaveLength(3)
    expect(fieldsets[1]!.findAll('input[type="checkbox"]')).toHaveLength(3)
    expect(fieldsets[2]!.findAll('label').map((l) => l.text())).toEqual(['Đúng', 'Sai'])
    expect(fieldsets[3]!.findAll('button[data-move="up"]')).toHaveLength(3)
    expect(wrapper.get('[role="timer"]').text()).toBe('30:00')
    expect(wrapper.find('.quiz-timer [aria-live="polite"]').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('explanation')
  })

  it('resumes the attempt in progress without starting another', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      return call.url.pathname === '/api/attempts/41'
        ? jsonResponse(attemptInProgress())
        : jsonResponse(crisisAssessments({ quizzes: [{ ...crisisAssessments().quizzes[0]!, openAttemptId: 41 }] }))
    })

    const { wrapper } = await mountPlayer()

    expect(wrapper.findAll('fieldset')).toHaveLength(4)
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('re-sends the same idempotency key after a network error, then shows the result', async () => {
    const calls: FetchCall[] = []
    let failNext = true
    mockFetch((call) => {
      calls.push(call)
      if (call.url.pathname.endsWith('/submission')) {
        if (failNext) {
          failNext = false
          throw new TypeError('Failed to fetch')
        }
        return jsonResponse(submittedAttempt())
      }
      if (call.method === 'POST') return jsonResponse(attemptInProgress(), 201)
      if (call.url.pathname === '/api/attempts/41') return jsonResponse(submittedAttempt())
      return jsonResponse(crisisAssessments())
    })
    const { app, wrapper } = await mountPlayer()
    await wrapper.get('button.btn--primary').trigger('click')
    await flushPromises()
    await wrapper.findAll('fieldset')[0]!.findAll('input')[1]!.setValue(true)
    await wrapper.findAll('fieldset')[2]!.findAll('input')[1]!.setValue(true)

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[aria-live="assertive"]').text()).toContain('Nộp bài')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const sent = submissions(calls)
    expect(sent).toHaveLength(2)
    const keys = sent.map((c) => (c.init.headers as Record<string, string>)['Idempotency-Key'])
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/)
    expect(keys[1]).toBe(keys[0])
    expect(JSON.parse(String(sent[1]!.init.body))).toEqual({
      answers: [
        { questionId: 'q04', optionIds: ['b'] },
        { questionId: 'q47', answer: false },
        { questionId: 'q42', order: ['b', 'a', 'c'] },
      ],
    })
    await vi.waitFor(() => expect(app.router.currentRoute.value.fullPath).toBe('/attempts/41'))
  })

  it('says so when the time ran out before the answers arrived', async () => {
    mockFetch((call) => {
      if (call.url.pathname.endsWith('/submission')) {
        return problemResponse({ type: 'https://ttcs-learn.vn/problems/attempt-expired', status: 409, title: 'Conflict' })
      }
      if (call.method === 'POST') return jsonResponse(attemptInProgress(), 201)
      return jsonResponse(crisisAssessments())
    })
    const { wrapper } = await mountPlayer()
    await wrapper.get('button.btn--primary').trigger('click')
    await flushPromises()

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[aria-live="assertive"]').text()).toContain('Thời gian làm bài đã hết')
    expect(wrapper.findAll('fieldset')).toHaveLength(0)
  })

  it('submits automatically when the time is up', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    vi.setSystemTime(new Date('2025-10-01T02:29:58Z'))
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      if (call.url.pathname.endsWith('/submission')) return jsonResponse(submittedAttempt())
      if (call.method === 'POST') return jsonResponse(attemptInProgress({ serverTime: '2025-10-01T02:29:58Z' }), 201)
      if (call.url.pathname === '/api/attempts/41') return jsonResponse(submittedAttempt())
      return jsonResponse(crisisAssessments())
    })
    const { app, wrapper } = await mountPlayer()
    await wrapper.get('button.btn--primary').trigger('click')
    await flushPromises()
    expect(wrapper.get('[role="timer"]').text()).toBe('0:02')

    vi.advanceTimersByTime(2000)
    await flushPromises()

    expect(submissions(calls)).toHaveLength(1)
    await vi.waitFor(() => expect(app.router.currentRoute.value.fullPath).toBe('/attempts/41'))
  })
})
