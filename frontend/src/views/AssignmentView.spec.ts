import { describe, expect, it } from 'vitest'
import AssignmentView from './AssignmentView.vue'
import { traineeLan } from '@/test/fixtures'
import { assignmentPage, passedSubmission, waitingSubmission } from '@/test/assignmentFixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp, type FetchCall } from '@/test/helpers'

const PATH = '/enrolments/7/assignments/ke-hoach-ung-pho'

async function mountAssignment() {
  const app = await setupApp({ me: traineeLan(), path: PATH })
  const wrapper = mountWith(AssignmentView, app, { props: { id: '7', assignmentId: 'ke-hoach-ung-pho' } })
  await flushPromises()
  return wrapper
}

describe('AssignmentView', () => {
  it('shows the brief, the rubric with its points and pass mark, and a form while nothing is submitted', async () => {
    mockFetch(() => jsonResponse(assignmentPage()))

    const wrapper = await mountAssignment()

    expect(wrapper.get('h1').text()).toBe('Kế hoạch ứng phó khủng hoảng')
    expect(wrapper.get('.lesson-content').html()).toContain('<h2>Nhiệm vụ</h2>')
    const rubric = wrapper.get('.rubric').text()
    expect(rubric).toContain('Đánh giá tình huống — tối đa 40 điểm')
    expect(rubric).toContain('Cấp độ và lý do.')
    expect(wrapper.text()).toContain('Bài đạt khi được từ 60% tổng số 100 điểm trở lên.')
    expect(wrapper.text()).toContain('Bạn chưa nộp bài.')
    expect(wrapper.find('#assignment-text').exists()).toBe(true)
    expect(wrapper.find('#assignment-file').exists()).toBe(true)
  })

  it('submits the text once with an Idempotency-Key and then shows the submission waiting for a trainer', async () => {
    const calls: FetchCall[] = []
    let submitted = false
    mockFetch((call) => {
      calls.push(call)
      if (call.method === 'POST') {
        submitted = true
        return jsonResponse(waitingSubmission({ file: null }), 201)
      }
      return jsonResponse(
        submitted ? assignmentPage({ canSubmit: false, submissions: [waitingSubmission({ file: null })] }) : assignmentPage(),
      )
    })
    const wrapper = await mountAssignment()

    await wrapper.get('#assignment-text').setValue('Đánh giá: khủng hoảng cấp 2.')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.url.pathname).toBe('/api/enrolments/7/assignments/ke-hoach-ung-pho/submissions')
    expect((post.init.headers as Record<string, string>)['Idempotency-Key']).toMatch(/^[0-9a-f]{32}$/)
    expect((post.init.body as FormData).get('text')).toBe('Đánh giá: khủng hoảng cấp 2.')
    expect(wrapper.text()).toContain('Đã nộp bài.')
    expect(wrapper.get('.submission').text()).toContain('Đang chờ chấm')
    expect(wrapper.text()).toContain('Bài của bạn đang chờ giảng viên chấm.')
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('refuses to send an empty submission and shows the server’s word about a bad file beside the field', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      if (call.method === 'POST') {
        return problemResponse({ status: 400, detail: 'Invalid input', errors: [{ field: 'file', message: 'is not a PDF' }] })
      }
      return jsonResponse(assignmentPage())
    })
    const wrapper = await mountAssignment()

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('Hãy viết bài làm hoặc đính kèm tệp trước khi nộp.')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)

    const input = wrapper.get('#assignment-file')
    Object.defineProperty(input.element, 'files', { value: [new File(['MZ'], 'bai.pdf')] })
    await input.trigger('change')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('is not a PDF')
  })

  it('shows the grade, the points and comment per criterion, and that a passed grade counts as evidence', async () => {
    mockFetch(() => jsonResponse(assignmentPage({ canSubmit: false, submissions: [passedSubmission()] })))

    const wrapper = await mountAssignment()

    const submission = wrapper.get('.submission')
    expect(submission.text()).toContain('Đạt')
    expect(submission.text()).toContain('Điểm: 75%')
    expect(submission.get('a').attributes('href')).toBe('/api/assignment-submissions/31/file')
    const rows = submission.findAll('tbody tr').map((r) => r.text())
    expect(rows[0]).toContain('Đánh giá tình huống')
    expect(rows[0]).toContain('30/40')
    expect(rows[0]).toContain('Đánh giá đúng cấp độ.')
    expect(submission.text()).toContain('Bài làm tốt.')
    expect(submission.text()).toContain('minh chứng cấp Thực hành cho các tiêu chuẩn năng lực: CRISIS, PRESS')
    expect(wrapper.text()).toContain('Bài của bạn đã đạt')
  })
})
