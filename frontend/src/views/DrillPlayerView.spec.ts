import { describe, expect, it } from 'vitest'
import DrillPlayerView from './DrillPlayerView.vue'
import { traineeLan } from '@/test/fixtures'
import { crisisAssessments, drillRunAtStart } from '@/test/assessmentFixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, setupApp, type FetchCall } from '@/test/helpers'

const afterFirstChoice = () =>
  drillRunAtStart({
    step: {
      id: 's2',
      situation: { vi: '07:30. Bản ghi đầy đủ cho thấy phụ đề đã bị chèn sai.', en: '' },
      options: [
        { id: 'a', text: { vi: 'Đính chính trong vòng một giờ', en: '' } },
        { id: 'c', text: { vi: 'Chờ họp báo thứ Năm', en: '' } },
      ],
      ending: false,
    },
    path: [
      {
        stepId: 's1',
        situation: { vi: '06:40', en: '' },
        optionId: 'a',
        optionText: { vi: 'Lưu chứng cứ và báo lãnh đạo', en: '' },
        points: 3,
        feedback: { vi: 'Đúng hướng. Giả mạo phát ngôn lãnh đạo là “cờ đỏ”.', en: '' },
      },
    ],
    lastChoice: {
      stepId: 's1',
      situation: { vi: '06:40', en: '' },
      optionId: 'a',
      optionText: { vi: 'Lưu chứng cứ và báo lãnh đạo', en: '' },
      points: 3,
      feedback: { vi: 'Đúng hướng. Giả mạo phát ngôn lãnh đạo là “cờ đỏ”.', en: '' },
    },
  })

const atTheEnd = () =>
  drillRunAtStart({
    finished: true,
    finishedAt: '2025-10-01T02:10:00Z',
    step: { id: 'ket-thuc-trung', situation: { vi: 'Tin sai lắng xuống sau hai ngày.', en: '' }, options: [], ending: true },
    path: afterFirstChoice().path,
    lastChoice: { ...afterFirstChoice().lastChoice!, stepId: 's2', optionId: 'a', points: 3, feedback: { vi: 'Tốt.', en: '' } },
    result: {
      points: 9,
      maxPoints: 15,
      scorePercent: 60,
      passed: true,
      competencies: [{ code: 'CRISIS', name: { vi: 'Xử lý khủng hoảng truyền thông', en: '' }, level: 'PRACTITIONER', evidenceRecorded: true }],
    },
  })

describe('DrillPlayerView', () => {
  it('walks the drill step by step: situation, choice, feedback, next situation, ending and result', async () => {
    const calls: FetchCall[] = []
    let choices = 0
    mockFetch((call) => {
      calls.push(call)
      if (call.url.pathname === '/api/drill-runs/9/choices') return jsonResponse(++choices === 1 ? afterFirstChoice() : atTheEnd())
      if (call.method === 'POST') return jsonResponse(drillRunAtStart(), 201)
      return jsonResponse(crisisAssessments())
    })
    const app = await setupApp({ me: traineeLan(), path: '/enrolments/7/drills/video-gia-chinh-sach' })
    const wrapper = mountWith(DrillPlayerView, app, { props: { id: '7', drillId: 'video-gia-chinh-sach' } })
    await flushPromises()

    await wrapper.get('button.btn--primary').trigger('click')
    await flushPromises()
    expect(wrapper.get('.drill-step em').text()).toBe('Tình huống giả định.')
    expect(wrapper.findAll('.drill-step input[type="radio"]')).toHaveLength(3)
    expect(wrapper.get('.drill-step').text()).not.toContain('điểm')

    await wrapper.findAll('.drill-step input[type="radio"]')[0]!.setValue(true)
    await wrapper.get('.drill-step form').trigger('submit')
    await flushPromises()
    const choice = calls.find((c) => c.url.pathname === '/api/drill-runs/9/choices')!
    expect(JSON.parse(String(choice.init.body))).toEqual({ stepId: 's1', optionId: 'a' })
    expect(wrapper.get('.drill-feedback').text()).toContain('Giả mạo phát ngôn lãnh đạo là “cờ đỏ”')
    expect(wrapper.get('.drill-feedback').text()).toContain('3 điểm')
    expect(wrapper.get('#drill-step').text()).toBe('Bước 2')
    expect(document.activeElement?.id).toBe('drill-step')

    await wrapper.findAll('.drill-step input[type="radio"]')[0]!.setValue(true)
    await wrapper.get('.drill-step form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('#drill-step').text()).toBe('Kết cục')
    expect(wrapper.find('.drill-step form').exists()).toBe(false)
    expect(wrapper.get('.score__value').text()).toBe('60%')
    expect(wrapper.text()).toContain('Bạn đạt 9/15 điểm; cần 60% để đạt.')
    expect(wrapper.text()).toContain('Đã ghi nhận minh chứng cấp Thực hành')
  })

  it('asks for a choice before sending anything', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      return call.method === 'POST' ? jsonResponse(drillRunAtStart(), 201) : jsonResponse(crisisAssessments())
    })
    const app = await setupApp({ me: traineeLan(), path: '/enrolments/7/drills/video-gia-chinh-sach' })
    const wrapper = mountWith(DrillPlayerView, app, { props: { id: '7', drillId: 'video-gia-chinh-sach' } })
    await flushPromises()
    await wrapper.get('button.btn--primary').trigger('click')
    await flushPromises()

    await wrapper.get('.drill-step form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[aria-live="assertive"]').text()).toBe('Vui lòng chọn một cách xử lý.')
    expect(calls.filter((c) => c.url.pathname.endsWith('/choices'))).toHaveLength(0)
  })
})
