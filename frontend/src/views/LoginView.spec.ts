import { describe, expect, it, vi } from 'vitest'
import LoginView from './LoginView.vue'
import { adminMinh } from '@/test/fixtures'
import { flushPromises, jsonResponse, mockFetch, mountWith, problemResponse, setupApp } from '@/test/helpers'

async function fillAndSubmit(wrapper: ReturnType<typeof mountWith>, username: string, password: string) {
  await wrapper.get('#login-username').setValue(username)
  await wrapper.get('#login-password').setValue(password)
  await wrapper.get('form').trigger('submit')
  await flushPromises()
}

describe('LoginView', () => {
  it('submits the credentials and opens the page that was asked for before signing in', async () => {
    const fetch = mockFetch(({ url, method }) => {
      if (method === 'POST' && url.pathname === '/api/auth/login') {
        return jsonResponse({ accessToken: 'not-kept', user: adminMinh() })
      }
      if (url.pathname === '/api/users') return jsonResponse({ items: [], page: 0, size: 20, total: 0 })
      return jsonResponse([])
    })
    const app = await setupApp({ path: '/login?redirect=/admin/units' })
    const wrapper = mountWith(LoginView, app)

    await fillAndSubmit(wrapper, ' minhpt ', 'mat-khau-du-dai')

    const [input, init] = fetch.mock.calls[0]!
    expect(String(input)).toBe('/api/auth/login')
    expect(init?.method).toBe('POST')
    expect(init?.credentials).toBe('same-origin')
    expect(init?.headers).toMatchObject({ Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' })
    expect(JSON.parse(String(init?.body))).toEqual({ username: 'minhpt', password: 'mat-khau-du-dai' })
    await vi.waitFor(() => expect(app.router.currentRoute.value.fullPath).toBe('/admin/units'))
  })

  it("shows the server's detail in a live region when the credentials are refused", async () => {
    mockFetch(() =>
      problemResponse({
        type: 'about:blank',
        title: 'Unauthorized',
        status: 401,
        detail: 'Tên đăng nhập hoặc mật khẩu không đúng.',
      }),
    )
    const app = await setupApp({ path: '/login' })
    const wrapper = mountWith(LoginView, app)

    await fillAndSubmit(wrapper, 'minhpt', 'sai-mat-khau')

    const live = wrapper.get('[aria-live="assertive"]')
    expect(live.text()).toContain('Tên đăng nhập hoặc mật khẩu không đúng.')
    expect((wrapper.get('#login-password').element as HTMLInputElement).value).toBe('')
    expect(app.router.currentRoute.value.name).toBe('login')
  })

  it('tells a rate-limited user when to try again', async () => {
    mockFetch(() =>
      problemResponse(
        { status: 429, title: 'Too Many Requests', detail: 'Quá nhiều lần đăng nhập sai.' },
        { 'Retry-After': '60' },
      ),
    )
    const app = await setupApp({ path: '/login' })
    const wrapper = mountWith(LoginView, app)

    await fillAndSubmit(wrapper, 'minhpt', 'sai-mat-khau')

    const live = wrapper.get('[aria-live="assertive"]').text()
    expect(live).toContain('Quá nhiều lần đăng nhập sai.')
    expect(live).toContain('60')
  })

  it('asks for both fields before calling the server, marking each empty field', async () => {
    const fetch = mockFetch(() => jsonResponse({}))
    const app = await setupApp({ path: '/login' })
    const wrapper = mountWith(LoginView, app)

    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(fetch).not.toHaveBeenCalled()
    const username = wrapper.get('#login-username')
    expect(username.attributes('aria-invalid')).toBe('true')
    const errorId = username.attributes('aria-describedby')!
    expect(wrapper.get(`#${errorId}`).text()).toBe('Vui lòng nhập tên đăng nhập.')
  })

  it('sends an account with a temporary password to the change-password page', async () => {
    mockFetch(() => jsonResponse({ accessToken: 'x', user: adminMinh({ mustChangePassword: true }) }))
    const app = await setupApp({ path: '/login?redirect=/admin/units' })
    const wrapper = mountWith(LoginView, app)

    await fillAndSubmit(wrapper, 'minhpt', 'tam-thoi-123')

    await vi.waitFor(() => expect(app.router.currentRoute.value.name).toBe('change-password'))
    expect(app.router.currentRoute.value.query.redirect).toBe('/admin/units')
  })
})
