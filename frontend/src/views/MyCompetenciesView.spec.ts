import { describe, expect, it } from 'vitest'
import MyCompetenciesView from './MyCompetenciesView.vue'
import { traineeLan } from '@/test/fixtures'
import { crisisProfile } from '@/test/assessmentFixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, setupApp } from '@/test/helpers'

async function mountProfile() {
  mockFetch(() => jsonResponse(crisisProfile()))
  const app = await setupApp({ me: traineeLan(), path: '/me/competencies' })
  const wrapper = mountWith(MyCompetenciesView, app)
  await flushPromises()
  return wrapper
}

describe('MyCompetenciesView', () => {
  it('shows each standard with its level, the evidence behind it and the gap to the next level', async () => {
    const wrapper = await mountProfile()

    const crisis = wrapper.get('section[aria-labelledby="standard-CRISIS"]')
    expect(crisis.get('.standard__level').text()).toContain('Thực hành')
    expect(crisis.findAll('.level-steps__step.is-reached').map((s) => s.text())).toEqual([
      'Nền tảng (đã đạt)',
      'Thực hành (đã đạt)',
    ])
    const rows = crisis.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('Bài tập tình huống: Video cắt ghép')
    expect(rows[1]!.text()).toContain('Bài kiểm tra: Bài kiểm tra cuối khóa')
    expect(rows[1]!.text()).toContain('83%')
    expect(rows[1]!.text()).toContain('Xử lý khủng hoảng truyền thông')
    expect(crisis.text()).toContain('Để đạt cấp Nâng cao: cần minh chứng ở cấp Nâng cao trở lên từ thêm 1 bài đánh giá khác.')
    expect(crisis.text()).toContain('Chỉ đạo ứng phó khủng hoảng cấp 3.')
  })

  it('says when a standard has no level or evidence yet, and when the highest level is held', async () => {
    const wrapper = await mountProfile()

    const press = wrapper.get('section[aria-labelledby="standard-PRESS"]')
    expect(press.text()).toContain('Chưa đạt cấp độ nào')
    expect(press.text()).toContain('Chưa có minh chứng cho tiêu chuẩn này.')
    const plan = wrapper.get('section[aria-labelledby="standard-PLAN"]')
    expect(plan.text()).toContain('Bạn đã đạt cấp cao nhất của tiêu chuẩn này.')
    expect(plan.get('tbody').text()).toContain('Bài tập thực hành: Kế hoạch truyền thông cho dự thảo chính sách')
    expect(press.text()).toContain('Hiện chưa có khóa học nào đánh giá tiêu chuẩn này ở cấp Nền tảng.')
  })

  it('lists the courses that close the gap to the next level, with the work in them, linked to the course page', async () => {
    const wrapper = await mountProfile()

    const crisis = wrapper.get('section[aria-labelledby="standard-CRISIS"]')
    expect(crisis.text()).toContain('Khóa học giúp đạt cấp Nâng cao:')
    const course = crisis.get('.gap-courses > li')
    expect(course.get('a').attributes('href')).toBe('/courses/xu-ly-khung-hoang')
    expect(course.get('a').text()).toBe('Xử lý khủng hoảng truyền thông')
    expect(course.get('.gap-courses__items').text()).toContain(
      'Bài kiểm tra: Bài kiểm tra cuối khóa Xử lý khủng hoảng truyền thông (minh chứng đến cấp Nâng cao)',
    )
  })

  it('states the rule and how many standards have a level', async () => {
    const wrapper = await mountProfile()

    expect(wrapper.text()).toContain('từ ít nhất hai bài đánh giá khác nhau')
    expect(wrapper.text()).toContain('Bạn đã đạt cấp độ ở 2/3 tiêu chuẩn.')
  })
})
