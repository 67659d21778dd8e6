import { describe, expect, it } from 'vitest'
import UserForm from './UserForm.vue'
import { adminMinh, tuyenQuang, userLan } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

describe('UserForm', () => {

  it('sends the loaded version with an edit and reports the saved user', async () => {
    const fetch = mockFetch(({ init }) => jsonResponse({ ...userLan(), ...JSON.parse(String(init.body)), version: 5 }))
    const app = await setupApp({ me: adminMinh(), path: '/admin/users' })
    const wrapper = mountWith(UserForm, app, {
      props: { user: userLan(), units: [tuyenQuang()], assignableRoles: ['TRAINEE', 'TRAINER', 'UNIT_MANAGER', 'REVIEWER', 'ADMIN'] },
    })

    await wrapper.get('input[value="TRAINER"]').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const [input, init] = fetch.mock.calls[0]!
    expect(String(input)).toBe('/api/users/3')
    expect(init?.method).toBe('PUT')
    expect(JSON.parse(String(init?.body))).toMatchObject({ roles: ['TRAINEE', 'TRAINER'], version: 4, enabled: true })
    expect(wrapper.emitted('saved')?.[0]?.[0]).toMatchObject({ version: 5 })
  })

  it('explains a 409 conflict and loads the latest version on request', async () => {
    let calls = 0
    mockFetch(({ method }) => {
      calls += 1
      if (method === 'PUT') {
        return problemResponse({ status: 409, title: 'Conflict', detail: 'Tài khoản đã được cập nhật ở phiên bản 5.' })
      }
      return jsonResponse(userLan({ fullName: 'Vũ Thị Lan Anh', version: 5 }))
    })
    const app = await setupApp({ me: adminMinh(), path: '/admin/users' })
    const wrapper = mountWith(UserForm, app, {
      props: { user: userLan(), units: [tuyenQuang()], assignableRoles: ['TRAINEE'] },
    })

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.text()).toContain('Tài khoản đã được cập nhật ở phiên bản 5.')
    expect(wrapper.text()).toContain('vừa được người khác chỉnh sửa')
    const reload = wrapper.findAll('button').find((button) => button.text() === 'Tải bản mới nhất')!
    await reload.trigger('click')
    await flushPromises()

    expect(calls).toBe(2)
    const fullName = wrapper.findAll('input').find((input) => (input.element as HTMLInputElement).value === 'Vũ Thị Lan Anh')
    expect(fullName).toBeDefined()
    expect(wrapper.text()).not.toContain('vừa được người khác chỉnh sửa')
  })

  it('shows per-field messages from a 400 problem beside the fields', async () => {
    mockFetch(() =>
      problemResponse({
        status: 400,
        title: 'Bad Request',
        detail: 'email: địa chỉ thư điện tử không hợp lệ',
        errors: [{ field: 'email', message: 'địa chỉ thư điện tử không hợp lệ' }],
      }),
    )
    const app = await setupApp({ me: adminMinh(), path: '/admin/users' })
    const wrapper = mountWith(UserForm, app, {
      props: { units: [tuyenQuang()], assignableRoles: ['TRAINEE'], defaultUnitCode: 'tinh-tuyen-quang' },
    })

    const inputs = wrapper.findAll('input.input')
    await inputs[0]!.setValue('anhnv')
    await inputs[1]!.setValue('Nguyễn Văn Anh')
    await inputs[2]!.setValue('khong-hop-le')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    const email = wrapper.get('input[type="email"]')
    expect(email.attributes('aria-invalid')).toBe('true')
    expect(wrapper.get(`#${email.attributes('aria-describedby')}`).text()).toBe('địa chỉ thư điện tử không hợp lệ')
  })

  it('keeps roles the form may not manage when a unit manager edits someone', async () => {
    const fetch = mockFetch(({ init }) => jsonResponse({ ...userLan(), ...JSON.parse(String(init.body)) }))
    const app = await setupApp({ me: adminMinh(), path: '/admin/users' })
    const wrapper = mountWith(UserForm, app, {
      props: { user: userLan({ roles: ['TRAINEE', 'TRAINER'] }), units: [tuyenQuang()], assignableRoles: ['TRAINEE'] },
    })

    expect(wrapper.findAll('input[type="checkbox"][name="roles"]')).toHaveLength(1)
    expect(wrapper.text()).toContain('Vai trò khác được giữ nguyên: Giảng viên.')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body)).roles).toEqual(['TRAINEE', 'TRAINER'])
  })
})
