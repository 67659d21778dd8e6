import { describe, expect, it } from 'vitest'
import RevokeCertificateDialog from './RevokeCertificateDialog.vue'
import { pressCertificate, reviewerTam } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

async function openDialog() {
  const wrapper = mountWith(RevokeCertificateDialog, await setupApp({ me: reviewerTam(), path: '/certificates' }), {
    props: { certificate: pressCertificate() },
  })
  await flushPromises()
  return wrapper
}

describe('RevokeCertificateDialog', () => {
  it('asks for a reason before anything else and sends nothing without one', async () => {
    const fetch = mockFetch(() => jsonResponse({}))
    const wrapper = await openDialog()

    await wrapper.get('textarea').setValue('   ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(fetch).not.toHaveBeenCalled()
    const reason = wrapper.get('textarea')
    expect(reason.attributes('aria-invalid')).toBe('true')
    expect(reason.attributes('aria-describedby')).toContain('-error')
    expect(wrapper.get('.field__error').text()).toBe('Vui lòng nhập lý do thu hồi.')
    expect(document.activeElement).toBe(reason.element)
  })

  it('makes the reviewer confirm, showing the reason the public page will show, before revoking', async () => {
    const fetch = mockFetch(() => jsonResponse(pressCertificate({ status: 'REVOKED', revocationReason: 'Gian lận khi làm bài' })))
    const wrapper = await openDialog()

    await wrapper.get('textarea').setValue('  Gian lận khi làm bài ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(fetch).not.toHaveBeenCalled()
    expect(wrapper.get('.alert--warning').text()).toBe(
      'Thu hồi chứng nhận TTCS-2026-000123 của Vũ Thị Lan? Việc thu hồi là vĩnh viễn, không thể hoàn tác.',
    )
    expect(wrapper.get('blockquote').text()).toBe('Gian lận khi làm bài')
    const confirm = wrapper.get('.revoke__confirm .btn--danger')
    expect(document.activeElement).toBe(confirm.element)

    await confirm.trigger('click')
    await flushPromises()

    const [input, init] = fetch.mock.calls[0]!
    expect(String(input)).toBe('/api/certificates/123/revocation')
    expect(init?.method).toBe('POST')
    expect(JSON.parse(String(init?.body))).toEqual({ reason: 'Gian lận khi làm bài' })
    expect(wrapper.emitted('revoked')![0]![0]).toMatchObject({ status: 'REVOKED' })
  })

  it('can go back to change the reason', async () => {
    mockFetch(() => jsonResponse({}))
    const wrapper = await openDialog()
    await wrapper.get('textarea').setValue('Sai thông tin')
    await wrapper.get('form').trigger('submit')

    await wrapper.get('.revoke__confirm .btn--secondary').trigger('click')

    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('Sai thông tin')
  })

  it("shows the server's answer when the certificate was revoked meanwhile", async () => {
    mockFetch(() =>
      problemResponse({ status: 409, title: 'Conflict', detail: 'Certificate TTCS-2026-000123 is already revoked.' }),
    )
    const wrapper = await openDialog()
    await wrapper.get('textarea').setValue('Sai thông tin')
    await wrapper.get('form').trigger('submit')

    await wrapper.get('.revoke__confirm .btn--danger').trigger('click')
    await flushPromises()

    expect(wrapper.get('[aria-live="assertive"]').text()).toBe('Certificate TTCS-2026-000123 is already revoked.')
    expect(wrapper.emitted('revoked')).toBeUndefined()
  })

  it('closes with Escape without revoking', async () => {
    const fetch = mockFetch(() => jsonResponse({}))
    const wrapper = await openDialog()

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))

    expect(wrapper.emitted('close')).toHaveLength(1)
    expect(fetch).not.toHaveBeenCalled()
  })
})
