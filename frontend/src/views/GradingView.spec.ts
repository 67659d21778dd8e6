import { describe, expect, it } from 'vitest'
import GradingView from './GradingView.vue'
import { passedSubmission, submissionDetail, trainerDuc } from '@/test/assignmentFixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp, type FetchCall } from '@/test/helpers'

async function mountGrading() {
  const app = await setupApp({ me: trainerDuc(), path: '/grading/31' })
  const wrapper = mountWith(GradingView, app, { props: { id: '31' } })
  await flushPromises()
  return wrapper
}

describe('GradingView', () => {
  it('shows the work, the file to download and a link to the trainee’s competency profile', async () => {
    mockFetch(() => jsonResponse(submissionDetail()))

    const wrapper = await mountGrading()

    expect(wrapper.text()).toContain('Vũ Thị Lan')
    expect(wrapper.text()).toContain('Đánh giá: khủng hoảng cấp 2.')
    const links = wrapper.findAll('a').map((a) => [a.text(), a.attributes('href')])
    expect(links).toContainEqual(['Tải tệp ke-hoach.pdf', '/api/assignment-submissions/31/file'])
    expect(links).toContainEqual(['Xem hồ sơ năng lực của Vũ Thị Lan', '/trainees/3/competencies'])
  })

  it('grades every criterion with comments, shows the running total, and then the saved grade', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      return call.method === 'POST'
        ? jsonResponse(submissionDetail({ submission: passedSubmission(), gradable: false }))
        : jsonResponse(submissionDetail())
    })
    const wrapper = await mountGrading()

    await wrapper.get('#points-c1').setValue('30')
    await wrapper.get('#points-c2').setValue('45')
    await wrapper.get('#comment-c1').setValue('Đánh giá đúng cấp độ.')
    await wrapper.get('#grading-overall').setValue('Bài làm tốt.')
    expect(wrapper.get('.grade__score').text()).toContain('Tổng: 75/100 điểm (75%)')
    expect(wrapper.get('.grade__score').text()).toContain('Đạt')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const post = calls.find((c) => c.method === 'POST')!
    expect(post.url.pathname).toBe('/api/assignment-submissions/31/grade')
    expect(JSON.parse(String(post.init.body))).toEqual({
      criteria: [
        { criterionId: 'c1', points: 30, comment: 'Đánh giá đúng cấp độ.' },
        { criterionId: 'c2', points: 45, comment: null },
      ],
      comment: 'Bài làm tốt.',
    })
    expect(wrapper.text()).toContain('Đã lưu kết quả chấm.')
    expect(wrapper.text()).toContain('Điểm: 75%')
    expect(wrapper.find('form').exists()).toBe(false)
  })

  it('asks for points on every criterion before sending, and shows another trainer’s grade after a conflict', async () => {
    const calls: FetchCall[] = []
    let graded = false
    mockFetch((call) => {
      calls.push(call)
      if (call.method === 'POST') {
        graded = true
        return problemResponse({ status: 409, detail: 'Submission 31 was already graded' })
      }
      return jsonResponse(graded ? submissionDetail({ submission: passedSubmission(), gradable: false }) : submissionDetail())
    })
    const wrapper = await mountGrading()

    await wrapper.get('#points-c1').setValue('30')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('Hãy cho điểm tất cả các tiêu chí.')
    expect(wrapper.text()).toContain('Nhập số điểm từ 0 đến 60.')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)

    await wrapper.get('#points-c2').setValue('10')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.text()).toContain('Submission 31 was already graded')
    expect(wrapper.text()).toContain('Điểm: 75%')
  })
})
