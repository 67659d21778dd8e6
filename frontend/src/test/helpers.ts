/** Mounting and fetch-mocking helpers for component tests (end-to-end tests use the real backend). */
import { mount, flushPromises, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, type Router } from 'vue-router'
import { vi, type Mock } from 'vitest'
import type { Component } from 'vue'
import type { Me } from '@/api/types'
import type { Problem } from '@/api/client'
import { createAppI18n, type AppLocale } from '@/i18n'
import { createAppRouter, installGuards } from '@/router'
import { useAuthStore } from '@/stores/auth'

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } })
}

export function problemResponse(problem: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  })
}

export function noContent(): Response {
  return new Response(null, { status: 204 })
}

export interface FetchCall {
  url: URL
  method: string
  init: RequestInit
}

type Handler = (call: FetchCall) => Response | Promise<Response>

/** Replaces fetch; the handler sees each request's URL and method. Unhandled requests answer 404. */
export function mockFetch(handler: Handler): Mock<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>> {
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost')
    return handler({ url, method: (init.method ?? 'GET').toUpperCase(), init })
  })
  vi.stubGlobal('fetch', fn)
  return fn
}

export interface Setup {
  pinia: Pinia
  router: Router
  i18n: ReturnType<typeof createAppI18n>
}

/** A fresh pinia (with the given user signed in), i18n and router at `path`. */
export async function setupApp(options: { me?: Me | null; path?: string; locale?: AppLocale } = {}): Promise<Setup> {
  const pinia = createPinia()
  setActivePinia(pinia)
  const auth = useAuthStore(pinia)
  auth.me = options.me ?? null
  auth.checked = true
  const i18n = createAppI18n(options.locale ?? 'vi')
  const router = createAppRouter(createMemoryHistory())
  installGuards(router, pinia)
  await router.push(options.path ?? '/')
  await router.isReady()
  return { pinia, router, i18n }
}

export function mountWith<C extends Component>(component: C, setup: Setup, options: ComponentMountingOptions<C> = {}) {
  return mount(component, {
    attachTo: document.body,
    ...options,
    global: { plugins: [setup.pinia, setup.i18n, setup.router], ...options.global },
  } as ComponentMountingOptions<C>)
}

export { flushPromises }
