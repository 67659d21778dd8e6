import { describe, expect, it, vi } from 'vitest'
import MyCertificatesView from './MyCertificatesView.vue'
import { crisisCertificateExpiringSoon, pressCertificate, traineeLan } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

async function open(locale: 'vi' | 'en' = 'vi') {
  const wrapper = mountWith(MyCertificatesView, await setupApp({ me: traineeLan(), path: '/me/certificates', locale }))
  await flushPromises()
  return wrapper
}

describe('MyCertificatesView', () => {
  it("lists the trainee's certificates with course, number, dates and status", async () => {
    const fetch = mockFetch(() => jsonResponse([pressCertificate()]))

    const wrapper = await open()

    expect(String(fetch.mock.calls[0]![0])).toBe('/api/me/certificates')
    const card = wrapper.get('article')
    expect(card.get('h2').text()).toBe('Quan hệ báo chí và công tác phát ngôn')
    expect(card.text()).toContain('TTCS-2026-000123')
    expect(card.text()).toContain('Còn hiệu lực')
    expect(card.text()).toContain('Quan hệ báo chí và phát ngôn (Nền tảng)')
    expect(card.text()).toContain('Xây dựng thông điệp và nội dung (Thực hành)')
    expect(card.text()).toContain('2 thg 12, 2026')
    expect(card.text()).toContain('2 thg 12, 2028')
    expect(card.text()).not.toContain('Sắp hết hạn')
  })

  it('offers the signed PDF and the Open Badge as downloads, each named for its course', async () => {
    mockFetch(() => jsonResponse([pressCertificate()]))

    const wrapper = await open()

    const pdf = wrapper.get('a[href="/api/certificates/123/pdf"]')
    expect(pdf.attributes('download')).toBeDefined()
    expect(pdf.text()).toBe('Tải chứng nhận (PDF)')
    expect(pdf.attributes('aria-label')).toBe('Tải chứng nhận (PDF) khóa học Quan hệ báo chí và công tác phát ngôn')
    const badge = wrapper.get('a[href="/api/certificates/123/badge"]')
    expect(badge.attributes('download')).toBeDefined()
    expect(badge.text()).toBe('Tải huy hiệu số (Open Badge)')
  })

  it('copies the public verification address as the share link', async () => {
    mockFetch(() => jsonResponse([pressCertificate()]))
    const writeText = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const wrapper = await open()

    await wrapper.get('button').trigger('click')
    await flushPromises()

    expect(writeText).toHaveBeenCalledWith('https://ttcs.example.gov.vn/verify/s-ktW8fjjaofMBYTcKG6Jc-WCak3pEG5')
    expect(wrapper.get('.share-link [aria-live="polite"]').text()).toBe('Đã sao chép đường dẫn.')
    const verification = wrapper.get('a[target="_blank"]')
    expect(verification.attributes('href')).toBe(pressCertificate().verificationUrl)
    expect(verification.attributes('rel')).toContain('noopener')
  })

  it('shows the link itself when the browser refuses to copy', async () => {
    mockFetch(() => jsonResponse([pressCertificate()]))
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } })
    const wrapper = await open()

    await wrapper.get('button').trigger('click')
    await flushPromises()

    expect(wrapper.get('.share-link').text()).toContain(pressCertificate().verificationUrl)
  })

  it('marks a certificate that expires within 60 days and says when', async () => {
    mockFetch(() => jsonResponse([pressCertificate(), crisisCertificateExpiringSoon()]))

    const wrapper = await open()

    const [press, crisis] = wrapper.findAll('article')
    expect(press!.text()).not.toContain('Sắp hết hạn')
    expect(crisis!.find('.badge--warning').text()).toBe('Sắp hết hạn')
    expect(crisis!.get('.alert--warning').text()).toContain('hết hạn ngày')
    expect(wrapper.text()).toContain('Số chứng nhận sắp hết hạn trong 60 ngày tới: 1.')
  })

  it('shows a revoked certificate as revoked, with the date and the reason', async () => {
    mockFetch(() =>
      jsonResponse([pressCertificate({ status: 'REVOKED', revokedOn: '2027-03-01', revocationReason: 'Cấp nhầm người' })]),
    )

    const wrapper = await open()

    expect(wrapper.get('.status-pill').text()).toBe('Đã thu hồi')
    expect(wrapper.get('.alert--error').text()).toContain('Lý do: Cấp nhầm người')
  })

  it('tells a new trainee that certificates appear here once a course is passed', async () => {
    mockFetch(() => jsonResponse([]))

    const wrapper = await open()

    expect(wrapper.get('h1').text()).toBe('Chứng nhận của tôi')
    expect(wrapper.get('.empty-state__title').text()).toBe('Bạn chưa có chứng nhận nào')
    expect(wrapper.find('article').exists()).toBe(false)
  })

  it('speaks English when the interface is in English', async () => {
    mockFetch(() => jsonResponse([pressCertificate()]))

    const wrapper = await open('en')

    expect(wrapper.get('h1').text()).toBe('My certificates')
    expect(wrapper.get('article h2').text()).toBe('Press relations and spokesperson work')
    expect(wrapper.text()).toContain('Valid')
    expect(wrapper.text()).toContain('Press relations (Foundation)')
  })

  it('says what went wrong when the list cannot be loaded', async () => {
    mockFetch(() => problemResponse({ status: 500, title: 'Internal Server Error' }))

    const wrapper = await open()

    expect(wrapper.get('[aria-live="assertive"]').text()).toBe('Máy chủ đang gặp sự cố. Vui lòng thử lại sau.')
    expect(wrapper.find('.empty-state').exists()).toBe(false)
  })
})
