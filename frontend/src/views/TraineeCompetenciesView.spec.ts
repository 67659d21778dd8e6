import { describe, expect, it } from 'vitest'
import TraineeCompetenciesView from './TraineeCompetenciesView.vue'
import { managerHoa } from '@/test/fixtures'
import { crisisProfile } from '@/test/assessmentFixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp, type FetchCall } from '@/test/helpers'

async function mountFor(id: string) {
  const app = await setupApp({ me: managerHoa(), path: `/trainees/${id}/competencies` })
  const wrapper = mountWith(TraineeCompetenciesView, app, { props: { id } })
  await flushPromises()
  return wrapper
}

describe('TraineeCompetenciesView', () => {
  it('shows a trainee’s profile to their unit manager, named, in the same view as My competencies', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      return jsonResponse({ traineeId: 3, fullName: 'Vũ Thị Lan', unitCode: 'tinh-tuyen-quang', profile: crisisProfile() })
    })

    const wrapper = await mountFor('3')

    expect(calls[0]!.url.pathname).toBe('/api/trainees/3/competencies')
    expect(wrapper.get('h1').text()).toBe('Năng lực của Vũ Thị Lan')
    expect(wrapper.text()).toContain('Học viên đã đạt cấp độ ở 2/3 tiêu chuẩn.')
    expect(wrapper.get('section[aria-labelledby="standard-PLAN"]').text()).toContain(
      'Học viên đã đạt cấp cao nhất của tiêu chuẩn này.',
    )
    expect(wrapper.get('section[aria-labelledby="standard-CRISIS"]').findAll('tbody tr')).toHaveLength(2)
  })

  it('says the trainee was not found when the server refuses (another unit’s trainee)', async () => {
    mockFetch(() => problemResponse({ status: 404, detail: 'Trainee 99 was not found' }))

    const wrapper = await mountFor('99')

    expect(wrapper.text()).toContain('Trainee 99 was not found')
    expect(wrapper.find('section.standard').exists()).toBe(false)
  })
})
