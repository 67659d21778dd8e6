import { describe, expect, it, vi } from 'vitest'
import UnitCertificatesView from './UnitCertificatesView.vue'
import { adminMinh, crisisCertificateExpiringSoon, haGiang, managerHoa, pressCertificate, reviewerTam, tuyenQuang } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, setupApp, type FetchCall } from '@/test/helpers'
import type { Me } from '@/api/types'

async function open(me: Me, path: string, scope: 'unit' | 'review') {
  const app = await setupApp({ me, path })
  const wrapper = mountWith(UnitCertificatesView, app, { props: { scope } })
  await flushPromises()
  return { app, wrapper }
}

function certificateRequests(calls: FetchCall[]): string[] {
  return calls.filter((call) => call.url.pathname.endsWith('/certificates')).map((call) => call.url.pathname + call.url.search)
}

describe('UnitCertificatesView for a unit manager', () => {
  it("lists the certificates of the manager's own unit with status and expiry", async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      return jsonResponse([pressCertificate(), crisisCertificateExpiringSoon({ holderName: 'Trần Văn Bình' })])
    })

    const { wrapper } = await open(managerHoa(), '/unit/certificates', 'unit')

    expect(certificateRequests(calls)).toEqual(['/api/units/tinh-tuyen-quang/certificates'])
    expect(wrapper.get('h1').text()).toBe('Chứng nhận của đơn vị')
    expect(wrapper.get('.lead').text()).toContain('Tỉnh Tuyên Quang')
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.text()).toContain('Vũ Thị Lan')
    expect(rows[0]!.text()).toContain('TTCS-2026-000123')
    expect(rows[0]!.text()).toContain('Còn hiệu lực')
    expect(rows[1]!.get('.badge--warning').text()).toBe('Sắp hết hạn')
    expect(wrapper.get('#unit-certificates-results').text()).toBe('Danh sách chứng nhận (2)')
  })

  it('offers every PDF of the unit as one ZIP, and each certificate as PDF and badge', async () => {
    mockFetch(() => jsonResponse([pressCertificate()]))

    const { wrapper } = await open(managerHoa(), '/unit/certificates', 'unit')

    const zip = wrapper.get('a[href="/api/units/tinh-tuyen-quang/certificates.zip"]')
    expect(zip.attributes('download')).toBeDefined()
    expect(zip.text()).toBe('Tải tất cả (ZIP)')
    expect(wrapper.get('a[href="/api/certificates/123/pdf"]').attributes('aria-label')).toBe(
      'Tải bản PDF của chứng nhận TTCS-2026-000123',
    )
    expect(wrapper.find('a[href="/api/certificates/123/badge"]').exists()).toBe(true)
  })

  it('asks the server for those expiring within 60 days only and keeps the filter in the address', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      return jsonResponse(call.url.searchParams.get('expiringSoon') === 'true' ? [crisisCertificateExpiringSoon()] : [pressCertificate()])
    })
    const { app, wrapper } = await open(managerHoa(), '/unit/certificates', 'unit')

    await wrapper.get('input[type="checkbox"]').setValue(true)
    await flushPromises()

    expect(app.router.currentRoute.value.fullPath).toBe('/unit/certificates?expiringSoon=true')
    expect(certificateRequests(calls)).toEqual([
      '/api/units/tinh-tuyen-quang/certificates',
      '/api/units/tinh-tuyen-quang/certificates?expiringSoon=true',
    ])
    expect(wrapper.get('#unit-certificates-results').text()).toBe('Chứng nhận sắp hết hạn (1)')
    expect(wrapper.findAll('tbody tr')).toHaveLength(1)
  })

  it('says so when no certificate expires soon', async () => {
    mockFetch(() => jsonResponse([]))

    const { wrapper } = await open(managerHoa(), '/unit/certificates?expiringSoon=true', 'unit')

    expect((wrapper.get('input[type="checkbox"]').element as HTMLInputElement).checked).toBe(true)
    expect(wrapper.get('.empty-state__title').text()).toBe('Không có chứng nhận nào hết hạn trong 60 ngày tới.')
  })

  it('does not offer revocation to a unit manager', async () => {
    mockFetch(() => jsonResponse([pressCertificate()]))

    const { wrapper } = await open(managerHoa(), '/unit/certificates', 'unit')

    expect(wrapper.findAll('button').map((button) => button.text())).not.toContain('Thu hồi')
  })
})

describe('UnitCertificatesView for reviewers and administrators', () => {
  it('waits for a unit to be chosen, then lists its certificates with a revoke action', async () => {
    const calls: FetchCall[] = []
    mockFetch((call) => {
      calls.push(call)
      if (call.url.pathname === '/api/units') return jsonResponse([tuyenQuang(), haGiang()])
      return jsonResponse([pressCertificate()])
    })
    const { app, wrapper } = await open(reviewerTam(), '/certificates', 'review')

    expect(wrapper.get('h1').text()).toBe('Chứng nhận theo đơn vị')
    expect(wrapper.get('.empty-state__title').text()).toBe('Hãy chọn một đơn vị để xem chứng nhận.')
    expect(certificateRequests(calls)).toEqual([])

    await wrapper.get('select').setValue('tinh-tuyen-quang')
    await flushPromises()

    expect(app.router.currentRoute.value.fullPath).toBe('/certificates?unit=tinh-tuyen-quang')
    expect(certificateRequests(calls)).toEqual(['/api/units/tinh-tuyen-quang/certificates'])
    expect(wrapper.get('button.btn--link').attributes('aria-label')).toBe('Thu hồi chứng nhận TTCS-2026-000123 của Vũ Thị Lan')
  })

  it('revokes through the dialog and shows the certificate as revoked in the list', async () => {
    const revoked = pressCertificate({ status: 'REVOKED', revokedOn: '2027-01-05', revocationReason: 'Cấp nhầm người' })
    const posted: unknown[] = []
    mockFetch((call) => {
      if (call.url.pathname === '/api/units') return jsonResponse([tuyenQuang()])
      if (call.method === 'POST') {
        posted.push(JSON.parse(String(call.init.body)))
        return jsonResponse(revoked)
      }
      return jsonResponse([pressCertificate()])
    })
    const { wrapper } = await open(adminMinh(), '/certificates?unit=tinh-tuyen-quang', 'review')

    await wrapper.get('button.btn--link').trigger('click')
    const dialog = wrapper.get('[role="dialog"]')
    expect(dialog.get('h2').text()).toBe('Thu hồi chứng nhận TTCS-2026-000123')
    await dialog.get('textarea').setValue('Cấp nhầm người')
    await dialog.get('form').trigger('submit')
    await wrapper.get('.revoke__confirm .btn--danger').trigger('click')
    await flushPromises()

    expect(posted).toEqual([{ reason: 'Cấp nhầm người' }])
    expect(wrapper.find('[role="dialog"]').exists()).toBe(false)
    expect(wrapper.get('tbody tr').text()).toContain('Đã thu hồi')
    expect(wrapper.get('tbody tr').text()).toContain('Cấp nhầm người')
    expect(wrapper.find('button.btn--link').exists()).toBe(false)
    await vi.waitFor(() =>
      expect(wrapper.get('[aria-live="polite"] .alert--success').text()).toBe('Đã thu hồi chứng nhận TTCS-2026-000123 của Vũ Thị Lan.'),
    )
  })
})
