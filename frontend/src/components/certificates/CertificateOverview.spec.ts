import { describe, expect, it } from 'vitest'
import CertificateOverview from './CertificateOverview.vue'
import DashboardView from '@/views/DashboardView.vue'
import HomeView from '@/views/HomeView.vue'
import { crisisCertificateExpiringSoon, managerHoa, pressCertificate, traineeLan } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, setupApp } from '@/test/helpers'

describe('CertificateOverview', () => {
  it("lists the trainee's certificates with their status and expiry, and leads to My certificates", async () => {
    const fetch = mockFetch(() => jsonResponse([pressCertificate()]))
    const wrapper = mountWith(CertificateOverview, await setupApp({ me: traineeLan(), path: '/learning' }))
    await flushPromises()

    expect(String(fetch.mock.calls[0]![0])).toBe('/api/me/certificates')
    expect(wrapper.get('h2').text()).toBe('Chứng nhận của tôi')
    const item = wrapper.get('li')
    expect(item.text()).toContain('Quan hệ báo chí và công tác phát ngôn')
    expect(item.text()).toContain('Còn hiệu lực')
    expect(item.text()).toContain('TTCS-2026-000123')
    expect(item.text()).toContain('Có giá trị đến 2 thg 12, 2028')
    expect(wrapper.find('.alert--warning').exists()).toBe(false)
    const link = wrapper.get('a')
    expect(link.text()).toBe('Xem chứng nhận của tôi')
    expect(link.attributes('href')).toBe('/me/certificates')
  })

  it('warns of the certificates that expire within 60 days and says when the others expired or were revoked', async () => {
    mockFetch(() =>
      jsonResponse([
        crisisCertificateExpiringSoon(),
        pressCertificate({ id: 7, status: 'EXPIRED', expiresOn: '2026-01-05' }),
        pressCertificate({ id: 8, status: 'REVOKED', revokedOn: '2026-11-30', revocationReason: 'Cấp nhầm' }),
      ]),
    )
    const wrapper = mountWith(CertificateOverview, await setupApp({ me: traineeLan(), path: '/learning', locale: 'en' }))
    await flushPromises()

    expect(wrapper.get('.alert--warning').text()).toContain('60 days: 1')
    const items = wrapper.findAll('li').map((item) => item.text())
    expect(items[0]).toContain('Expires soon')
    expect(items[0]).toContain('Valid until')
    expect(items[1]).toContain('Expired on')
    expect(items[2]).toContain('Revoked on')
  })

  it('tells a trainee without certificates how one is earned, on the learning dashboard', async () => {
    mockFetch(({ url }) => jsonResponse(url.pathname === '/api/me/certificates' ? [] : { enrolments: [] }))
    const wrapper = mountWith(DashboardView, await setupApp({ me: traineeLan(), path: '/learning' }))
    await flushPromises()

    const section = wrapper.get('section[aria-labelledby="certificate-overview-heading"]')
    expect(section.text()).toContain('Chứng nhận được cấp tự động khi bạn đạt yêu cầu chứng nhận')
    expect(section.get('a').attributes('href')).toBe('/me/certificates')
  })
})

describe('UnitExpiringCertificates', () => {
  it("shows a unit manager, on the home page, the unit's certificates expiring within 60 days", async () => {
    const fetch = mockFetch(() => jsonResponse([crisisCertificateExpiringSoon()]))
    const wrapper = mountWith(HomeView, await setupApp({ me: managerHoa(), path: '/' }))
    await flushPromises()

    const asked = fetch.mock.calls.map(([input]) => String(input))
    expect(asked).toContain(`/api/units/${managerHoa().unit.code}/certificates?expiringSoon=true`)
    const section = wrapper.get('section[aria-labelledby="unit-expiring-heading"]')
    expect(section.get('h2').text()).toBe('Chứng nhận sắp hết hạn của đơn vị')
    expect(section.text()).toContain('sắp hết hạn trong 60 ngày tới: 1')
    expect(section.text()).toContain('Vũ Thị Lan')
    expect(section.text()).toContain('Xử lý khủng hoảng truyền thông')
    expect(section.text()).toContain('Có giá trị đến 20 thg 1, 2027')
    expect(section.get('a').attributes('href')).toBe('/unit/certificates?expiringSoon=true')
    expect(wrapper.find('section[aria-labelledby="certificate-overview-heading"]').exists()).toBe(false)
  })
})
