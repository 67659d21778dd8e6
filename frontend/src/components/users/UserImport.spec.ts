import { describe, expect, it, vi } from 'vitest'
import UserImport from './UserImport.vue'
import { adminMinh } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

async function chooseFile(wrapper: ReturnType<typeof mountWith>, file: File) {
  const input = wrapper.get('input[type="file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
}

const csv = (name = 'hoc-vien.csv') =>
  new File(['full_name,email,username,unit_code,job_title\n'], name, { type: 'text/csv' })

describe('UserImport', () => {

  it('renders every rejected row of a 422 problem as a table, and says nothing was imported', async () => {
    const fetch = mockFetch(() =>
      problemResponse({
        type: 'https://ttcs-learn/problems/import-rejected',
        title: 'Import rejected',
        status: 422,
        detail: 'Tệp có 2 dòng lỗi; chưa có dòng nào được nhập.',
        errors: [
          { row: 7, field: 'unit_code', message: 'Mã đơn vị tinh-ha-giang đã sáp nhập.' },
          { row: 3, field: 'email', message: 'Thư điện tử không hợp lệ.' },
        ],
      }),
    )
    const app = await setupApp({ me: adminMinh(), path: '/admin/users/import' })
    const wrapper = mountWith(UserImport, app)

    await chooseFile(wrapper, csv())
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const [input, init] = fetch.mock.calls[0]!
    expect(String(input)).toBe('/api/users/import')
    expect(init?.method).toBe('POST')
    expect((init?.body as FormData).get('file')).toBeInstanceOf(File)

    expect(wrapper.get('[aria-live="assertive"]').text()).toContain('Tệp có 2 dòng lỗi')
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()))
    expect(rows).toEqual([
      ['3', 'email', 'Thư điện tử không hợp lệ.'],
      ['7', 'unit_code', 'Mã đơn vị tinh-ha-giang đã sáp nhập.'],
    ])
    expect(wrapper.text()).toContain('Chưa có dòng nào được nhập')
  })

  it('shows the counts of created, updated and unchanged users after a successful import', async () => {
    mockFetch(() => jsonResponse({ created: 0, updated: 3, unchanged: 40, credentials: [] }))
    const app = await setupApp({ me: adminMinh(), path: '/admin/users/import' })
    const wrapper = mountWith(UserImport, app)

    await chooseFile(wrapper, csv('danh-sach.xlsx'))
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[data-testid="import-created"]').text()).toBe('0')
    expect(wrapper.get('[data-testid="import-updated"]').text()).toBe('3')
    expect(wrapper.get('[data-testid="import-unchanged"]').text()).toBe('40')
    expect(wrapper.emitted('imported')?.[0]).toEqual([{ created: 0, updated: 3, unchanged: 40, credentials: [] }])
    expect(wrapper.find('table').exists()).toBe(false)
  })

  it('lists the temporary password of every new account once, with the warning to hand them over securely', async () => {
    mockFetch(() =>
      jsonResponse({
        created: 2,
        updated: 1,
        unchanged: 0,
        credentials: [
          { username: 'lanvt', temporaryPassword: 'Xanh-Lam-7381' },
          { username: 'hungnv', temporaryPassword: 'Do-Tham-2290' },
        ],
      }),
    )
    const app = await setupApp({ me: adminMinh(), path: '/admin/users/import' })
    const wrapper = mountWith(UserImport, app)

    await chooseFile(wrapper, csv())
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[data-testid="import-created"]').text()).toBe('2')
    expect(wrapper.get('[data-testid="import-updated"]').text()).toBe('1')
    const credentials = wrapper.get('[data-testid="import-credentials"]')
    expect(credentials.get('h3').text()).toBe('Mật khẩu tạm thời của tài khoản mới (2)')
    expect(credentials.get('.alert--warning').text()).toContain('chỉ hiển thị một lần')
    expect(credentials.get('.alert--warning').text()).toContain('kênh an toàn')
    expect(credentials.findAll('thead th').map((cell) => cell.text())).toEqual(['Tên đăng nhập', 'Mật khẩu tạm thời'])
    const rows = credentials.findAll('tbody tr').map((row) => [row.get('th').text(), row.get('td').text()])
    expect(rows).toEqual([
      ['lanvt', 'Xanh-Lam-7381'],
      ['hungnv', 'Do-Tham-2290'],
    ])
    // The table is not inside the live region, so a screen reader does not read every password aloud.
    const announced = wrapper.get('[aria-live="polite"]').text()
    expect(announced).toContain('Đã nhập xong danh sách.')
    expect(announced).not.toContain('Xanh-Lam-7381')
  })

  it('copies the new accounts as username and password pairs, one a line, for a spreadsheet', async () => {
    const writeText = vi.fn(async () => undefined)
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    mockFetch(() =>
      jsonResponse({
        created: 2,
        updated: 0,
        unchanged: 0,
        credentials: [
          { username: 'lanvt', temporaryPassword: 'Xanh-Lam-7381' },
          { username: 'hungnv', temporaryPassword: 'Do-Tham-2290' },
        ],
      }),
    )
    const app = await setupApp({ me: adminMinh(), path: '/admin/users/import', locale: 'en' })
    const wrapper = mountWith(UserImport, app)

    await chooseFile(wrapper, csv())
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const credentials = wrapper.get('[data-testid="import-credentials"]')
    expect(credentials.get('.alert--warning').text()).toContain('shown only once')
    await credentials.get('button').trigger('click')
    await flushPromises()

    expect(writeText).toHaveBeenCalledWith('lanvt\tXanh-Lam-7381\nhungnv\tDo-Tham-2290')
    expect(credentials.text()).toContain('Copied.')
  })

  it('forgets the passwords shown once another file is chosen', async () => {
    mockFetch(() =>
      jsonResponse({ created: 1, updated: 0, unchanged: 0, credentials: [{ username: 'lanvt', temporaryPassword: 'Xanh-Lam-7381' }] }),
    )
    const app = await setupApp({ me: adminMinh(), path: '/admin/users/import' })
    const wrapper = mountWith(UserImport, app)

    await chooseFile(wrapper, csv())
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('Xanh-Lam-7381')

    await chooseFile(wrapper, csv('dot-2.csv'))

    expect(wrapper.find('[data-testid="import-credentials"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('Xanh-Lam-7381')
  })

  it('refuses a file that is neither .csv nor .xlsx without uploading it', async () => {
    const fetch = mockFetch(() => jsonResponse({}))
    const app = await setupApp({ me: adminMinh(), path: '/admin/users/import' })
    const wrapper = mountWith(UserImport, app)

    await chooseFile(wrapper, new File(['x'], 'danh-sach.pdf', { type: 'application/pdf' }))
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(fetch).not.toHaveBeenCalled()
    const input = wrapper.get('input[type="file"]')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toContain('-error')
    expect(wrapper.text()).toContain('Chỉ nhận tệp .csv hoặc .xlsx.')
  })
})
