import { describe, expect, it } from 'vitest'
import { adminMinh, managerHoa, traineeLan } from '@/test/fixtures'
import { jsonResponse, mockFetch, problemResponse, setupApp } from '@/test/helpers'
import { safeRedirect } from './routes'
import { createAppRouter, installGuards } from '.'
import { createMemoryHistory } from 'vue-router'
import { createPinia } from 'pinia'

describe('router guards', () => {
  it('sends a visitor who is not signed in to the login page, remembering the page asked for', async () => {
    const { router } = await setupApp({ me: null, path: '/admin/users?role=TRAINEE' })

    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query.redirect).toBe('/admin/users?role=TRAINEE')
  })

  it('asks the server once whether a session exists before deciding', async () => {
    const fetch = mockFetch(({ url }) =>
      url.pathname === '/api/me' ? jsonResponse(traineeLan()) : jsonResponse([]),
    )
    const router = createAppRouter(createMemoryHistory())
    installGuards(router, createPinia())

    await router.push('/')
    await router.push('/account/password')

    expect(router.currentRoute.value.name).toBe('change-password')
    expect(fetch.mock.calls.filter(([input]) => String(input) === '/api/me')).toHaveLength(1)
  })

  it('treats a 401 from /api/me as "not signed in"', async () => {
    mockFetch(() => problemResponse({ status: 401, title: 'Unauthorized' }))
    const router = createAppRouter(createMemoryHistory())
    installGuards(router, createPinia())

    await router.push('/unit/trainees')

    expect(router.currentRoute.value.name).toBe('login')
  })

  it('shows the forbidden page to a user without the role the page needs', async () => {
    const { router } = await setupApp({ me: managerHoa(), path: '/admin/users' })

    expect(router.currentRoute.value.name).toBe('forbidden')
  })

  it('lets each role into its own pages', async () => {
    expect((await setupApp({ me: adminMinh(), path: '/admin/units' })).router.currentRoute.value.name).toBe('admin-units')
    expect((await setupApp({ me: managerHoa(), path: '/unit/trainees/import' })).router.currentRoute.value.name).toBe(
      'unit-trainees-import',
    )
  })

  it('keeps a user with a temporary password on the change-password page', async () => {
    const { router } = await setupApp({ me: traineeLan({ mustChangePassword: true }), path: '/' })

    expect(router.currentRoute.value.name).toBe('change-password')
  })

  it('sends a signed-in user away from the login page', async () => {
    const { router } = await setupApp({ me: traineeLan(), path: '/login?redirect=/account/password' })

    expect(router.currentRoute.value.fullPath).toBe('/account/password')
  })

  it('shows the not-found page for unknown addresses', async () => {
    const { router } = await setupApp({ me: traineeLan(), path: '/khong-co' })

    expect(router.currentRoute.value.name).toBe('not-found')
  })

  it('only follows redirects that stay inside the application', () => {
    expect(safeRedirect('/admin/users?page=2')).toBe('/admin/users?page=2')
    expect(safeRedirect('https://evil.example')).toBe('/')
    expect(safeRedirect('//evil.example')).toBe('/')
    expect(safeRedirect('/\\evil.example')).toBe('/')
    expect(safeRedirect(undefined)).toBe('/')
    expect(safeRedirect(['/account/password'])).toBe('/account/password')
  })
})
