import { describe, expect, it } from 'vitest'
import UsersView from './UsersView.vue'
import { managerHoa, tuyenQuang, userLan } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, setupApp } from '@/test/helpers'

describe('UsersView', () => {
  it('leads a unit manager from each trainee of the unit to that trainee’s competency profile', async () => {
    const colleague = userLan({ id: 8, fullName: 'Lê Văn Nam', roles: ['UNIT_MANAGER'] })
    mockFetch(({ url }) =>
      url.pathname === '/api/units'
        ? jsonResponse([tuyenQuang()])
        : jsonResponse({ items: [userLan(), colleague], page: 0, size: 20, total: 2 }),
    )
    const app = await setupApp({ me: managerHoa(), path: '/unit/trainees' })

    const wrapper = mountWith(UsersView, app, { props: { scope: 'unit' } })
    await flushPromises()

    const profiles = wrapper.findAll('a').filter((a) => a.text() === 'Hồ sơ năng lực')
    expect(profiles).toHaveLength(1)
    expect(profiles[0]!.attributes('href')).toBe('/trainees/3/competencies')
    expect(profiles[0]!.attributes('aria-label')).toBe('Xem hồ sơ năng lực của Vũ Thị Lan')
  })
})
