import { describe, expect, it } from 'vitest'
import QuizResultView from './QuizResultView.vue'
import { traineeLan } from '@/test/fixtures'
import { attemptInProgress, submittedAttempt } from '@/test/assessmentFixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, setupApp } from '@/test/helpers'

async function mountResult() {
  const app = await setupApp({ me: traineeLan(), path: '/attempts/41' })
  const wrapper = mountWith(QuizResultView, app, { props: { id: '41' } })
  await flushPromises()
  return wrapper
}

describe('QuizResultView', () => {
  it('shows the score, whether it passed and the competencies it counted for', async () => {
    mockFetch(() => jsonResponse(submittedAttempt({ scorePercent: 83, passed: true, correctCount: 15, questionCount: 18 })))

    const wrapper = await mountResult()

    expect(wrapper.get('.score__value').text()).toBe('83%')
    expect(wrapper.get('.score .status-pill').text()).toBe('Đạt')
    expect(wrapper.text()).toContain('Trả lời đúng 15/18 câu; điểm đạt là 70%.')
    expect(wrapper.text()).toContain('Xử lý khủng hoảng truyền thông')
    expect(wrapper.text()).toContain('Không ghi nhận minh chứng')
  })

  it('gives per-question feedback: what was given, the right answer when it was wrong, and why', async () => {
    mockFetch(() => jsonResponse(submittedAttempt()))

    const wrapper = await mountResult()

    const items = wrapper.findAll('.feedback')
    expect(items).toHaveLength(4)
    expect(items[0]!.classes()).toContain('feedback--right')
    expect(items[0]!.text()).toContain('Thông điệp giữ chỗ cho biết cơ quan đã biết')
    expect(items[1]!.text()).toContain('Đáp án đúng')
    expect(items[1]!.findAll('dd')[1]!.text()).toContain('Không bình luận')
    expect(items[2]!.text()).toContain('Không trả lời')
    expect(items[2]!.findAll('dd')[1]!.text()).toBe('Sai')
    expect(items[3]!.get('ol').findAll('li').map((li) => li.text())).toEqual(['Lưu chứng cứ', 'Xác minh', 'Đính chính'])
  })

  it('offers to continue an attempt that is not submitted yet', async () => {
    mockFetch(() => jsonResponse(attemptInProgress()))

    const wrapper = await mountResult()

    expect(wrapper.text()).toContain('Lượt làm bài này chưa được nộp.')
    expect(wrapper.get('a.btn--primary').attributes('href')).toBe('/enrolments/7/quizzes/final')
  })
})
