import { describe, expect, it } from 'vitest'
import CourseAssessments from './CourseAssessments.vue'
import { traineeLan } from '@/test/fixtures'
import { crisisAssessments } from '@/test/assessmentFixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

async function mountFor(enrolmentId = 7) {
  const wrapper = mountWith(CourseAssessments, await setupApp({ me: traineeLan() }), { props: { enrolmentId } })
  await flushPromises()
  return wrapper
}

describe('CourseAssessments', () => {
  it('links each quiz and drill of the enrolment to its player, with how far the trainee has got', async () => {
    mockFetch(() =>
      jsonResponse(crisisAssessments({
        drills: [{ ...crisisAssessments().drills[0]!, runs: 2, bestScorePercent: 80, passed: true }],
      })),
    )

    const wrapper = await mountFor()

    const links = wrapper.findAll('a')
    expect(links.map((a) => a.attributes('href'))).toEqual([
      '/enrolments/7/quizzes/final',
      '/enrolments/7/drills/video-gia-chinh-sach',
    ])
    const items = wrapper.findAll('li')
    expect(items[0]!.text()).toContain('Bài kiểm tra cuối khóa')
    expect(items[0]!.text()).toContain('cao nhất 61%')
    expect(items[0]!.text()).toContain('Còn lượt làm lại')
    expect(items[1]!.text()).toContain('Thực hành')
    expect(items[1]!.text()).toContain('Đạt')
  })

  it('says so quietly when the list cannot be loaded', async () => {
    mockFetch(() => problemResponse({ status: 500, title: 'Internal Server Error' }))

    const wrapper = await mountFor()

    expect(wrapper.text()).toContain('Chưa tải được danh sách bài kiểm tra.')
    expect(wrapper.find('[aria-live]').exists()).toBe(false)
  })
})
