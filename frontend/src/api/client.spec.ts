import { describe, expect, it, vi } from 'vitest'
import { ApiError, buildUrl, http, setUnauthorizedHandler } from './client'
import { jsonResponse, mockFetch, noContent, problemResponse } from '@/test/helpers'

describe('http client', () => {
  it('sends every request same-origin with JSON accept and the CSRF header', async () => {
    const fetch = mockFetch(() => jsonResponse({ ok: true }))

    await http.put('/api/units/bo-vhttdl/target', { target: 20 })

    const [, init] = fetch.mock.calls[0]!
    expect(init?.credentials).toBe('same-origin')
    expect(init?.headers).toEqual({
      Accept: 'application/json',
      'X-Requested-With': 'XMLHttpRequest',
      'Content-Type': 'application/json',
    })
    expect(init?.body).toBe('{"target":20}')
  })

  it('leaves out empty query parameters', () => {
    expect(buildUrl('/api/users', { q: '', unit: 'bo-vhttdl', role: undefined, enabled: false, page: 0 })).toBe(
      '/api/users?unit=bo-vhttdl&enabled=false&page=0',
    )
  })

  it('turns a problem+json answer into an ApiError with detail and field errors', async () => {
    mockFetch(() =>
      problemResponse({
        status: 400,
        title: 'Bad Request',
        detail: 'newPassword: phải có ít nhất 12 ký tự',
        errors: [{ field: 'newPassword', message: 'phải có ít nhất 12 ký tự' }],
      }),
    )

    const error = await http.post('/api/me/password', {}).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 400,
      detail: 'newPassword: phải có ít nhất 12 ký tự',
      errors: [{ field: 'newPassword', message: 'phải có ít nhất 12 ký tự' }],
    })
  })

  it('answers undefined for 204 No Content', async () => {
    mockFetch(() => noContent())
    await expect(http.post('/api/auth/logout')).resolves.toBeUndefined()
  })

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')))
    const error = (await http.get('/api/me').catch((e: unknown) => e)) as ApiError
    expect(error.isNetworkError).toBe(true)
  })

  it('calls the unauthorized handler when a session is required but has ended', async () => {
    const handler = vi.fn()
    setUnauthorizedHandler(handler)
    mockFetch(() => problemResponse({ status: 401, title: 'Unauthorized' }))

    await http.get('/api/users').catch(() => undefined)
    await http.get('/api/me', undefined, { sessionRequired: false }).catch(() => undefined)

    expect(handler).toHaveBeenCalledTimes(1)
    setUnauthorizedHandler(null)
  })

  it('renews an expired access token once and repeats the refused request', async () => {
    let renewed = false
    const fetch = mockFetch(({ url }) => {
      if (url.pathname === '/api/auth/refresh') {
        renewed = true
        return jsonResponse({ expiresIn: 300 })
      }
      return renewed ? jsonResponse({ items: [] }) : problemResponse({ status: 401, title: 'Unauthorized' })
    })

    await expect(http.post('/api/enrolments', { courseCode: 'khung' })).resolves.toEqual({ items: [] })

    expect(fetch.mock.calls.map(([input, init]) => `${init?.method} ${String(input)}`)).toEqual([
      'POST /api/enrolments',
      'POST /api/auth/refresh',
      'POST /api/enrolments',
    ])
    expect(fetch.mock.calls[1]![1]?.headers).toMatchObject({ 'X-Requested-With': 'XMLHttpRequest' })
    expect(fetch.mock.calls[2]![1]?.body).toBe('{"courseCode":"khung"}')
  })

  it('lets requests refused together share one renewal', async () => {
    let renewed = false
    const fetch = mockFetch(async ({ url }) => {
      if (url.pathname === '/api/auth/refresh') {
        await new Promise((resolve) => setTimeout(resolve, 5))
        renewed = true
        return jsonResponse({ expiresIn: 300 })
      }
      return renewed ? jsonResponse({}) : problemResponse({ status: 401, title: 'Unauthorized' })
    })

    await Promise.all([http.get('/api/me/dashboard'), http.get('/api/me/certificates'), http.get('/api/courses')])

    expect(fetch.mock.calls.filter(([input]) => String(input) === '/api/auth/refresh')).toHaveLength(1)
  })

  it('ends the session when the renewal is refused, and never renews a failed sign-in', async () => {
    const handler = vi.fn()
    setUnauthorizedHandler(handler)
    const fetch = mockFetch(() => problemResponse({ status: 401, title: 'Unauthorized' }))

    await expect(http.get('/api/users')).rejects.toMatchObject({ status: 401 })
    await http.post('/api/auth/login', {}, { sessionRequired: false, renewSession: false }).catch(() => undefined)

    expect(handler).toHaveBeenCalledTimes(1)
    expect(fetch.mock.calls.map(([input]) => String(input))).toEqual([
      '/api/users',
      '/api/auth/refresh',
      '/api/auth/login',
    ])
    setUnauthorizedHandler(null)
  })
})
