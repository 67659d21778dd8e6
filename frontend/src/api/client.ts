/**
 * The one HTTP client every API module goes through.
 *
 * Authentication rides on an HttpOnly cookie, so every request is same-origin with credentials; the
 * X-Requested-With header is the server's CSRF check. Failures arrive as application/problem+json and
 * are thrown as ApiError, so views can show `detail` and the per-field `errors`.
 */

/** One entry of a problem's `errors` list; `row` is set by the user import (1-based data row). */
export interface ProblemError {
  field: string
  message: string
  row?: number
}

export interface Problem {
  type?: string
  title?: string
  status: number
  detail?: string
  errors?: ProblemError[]
}

export class ApiError extends Error {
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number
  /** The problem type's last path segment (e.g. "attempt-expired"), when the server named one. */
  readonly type: string | null
  /** The server's human-readable explanation, when it sent one. */
  readonly detail: string | null
  readonly errors: ProblemError[]
  /** Seconds to wait before retrying (from Retry-After), when rate-limited. */
  readonly retryAfter: number | null

  constructor(status: number, problem: Partial<Problem> = {}, retryAfter: number | null = null) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`)
    this.name = 'ApiError'
    this.status = status
    this.type = problem.type && problem.type !== 'about:blank' ? (problem.type.split('/').pop() ?? null) : null
    this.detail = problem.detail?.trim() ? problem.detail : null
    this.errors = Array.isArray(problem.errors) ? problem.errors : []
    this.retryAfter = retryAfter
  }

  get isNetworkError(): boolean {
    return this.status === 0
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

export type QueryValue = string | number | boolean | null | undefined
export type Query = Record<string, QueryValue>

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE'
  query?: Query
  /** Sent as a JSON body. */
  json?: unknown
  /** Sent as multipart/form-data (the browser sets the boundary). */
  form?: FormData
  signal?: AbortSignal
  /** Extra request headers, e.g. the Idempotency-Key of a quiz submission. */
  headers?: Record<string, string>
  /**
   * Whether a 401 means "the session has ended" and should trigger the unauthorized handler.
   * Login and the session probe (GET /api/me) turn this off: for them a 401 is an expected answer.
   */
  sessionRequired?: boolean
  /**
   * Whether a 401 first tries to renew the short-lived access token (POST /api/auth/refresh, with the
   * refresh cookie) and then repeats the request once. Only sign-in turns this off.
   */
  renewSession?: boolean
}

type UnauthorizedHandler = () => void
let onUnauthorized: UnauthorizedHandler | null = null

/** Registers what to do when the session expires mid-use (the app clears the user and goes to /login). */
export function setUnauthorizedHandler(handler: UnauthorizedHandler | null): void {
  onUnauthorized = handler
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue
    params.append(key, String(value))
  }
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/** The renewal in flight: requests refused together wait for the same one instead of each refreshing. */
let renewal: Promise<boolean> | null = null

/** Asks for a new access token with the refresh cookie; true when the session goes on. */
export function renewAccessToken(): Promise<boolean> {
  renewal ??= fetch('/api/auth/refresh', {
    method: 'POST',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    credentials: 'same-origin',
  })
    .then((response) => response.ok)
    .catch(() => false)
    .finally(() => {
      renewal = null
    })
  return renewal
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options)
  if (response.status === 401 && options.renewSession !== false && (await renewAccessToken())) {
    return answer<T>(await send(path, options), options)
  }
  return answer<T>(response, options)
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'X-Requested-With': 'XMLHttpRequest',
    ...options.headers,
  }
  let body: BodyInit | undefined
  if (options.form) {
    body = options.form
  } else if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.json)
  }

  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError(0)
  }
}

async function answer<T>(response: Response, options: RequestOptions): Promise<T> {
  if (!response.ok) {
    const error = new ApiError(response.status, await readProblem(response), readRetryAfter(response))
    if (response.status === 401 && options.sessionRequired !== false) onUnauthorized?.()
    throw error
  }
  if (response.status === 204) return undefined as T
  const text = await response.text()
  return (text ? JSON.parse(text) : undefined) as T
}

async function readProblem(response: Response): Promise<Partial<Problem>> {
  const type = response.headers.get('Content-Type') ?? ''
  if (!type.includes('json')) return {}
  try {
    const parsed: unknown = await response.json()
    return parsed !== null && typeof parsed === 'object' ? (parsed as Partial<Problem>) : {}
  } catch {
    return {}
  }
}

function readRetryAfter(response: Response): number | null {
  const value = response.headers.get('Retry-After')
  if (!value) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds))
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000))
}

export const http = {
  get: <T>(path: string, query?: Query, options: Omit<RequestOptions, 'method' | 'query'> = {}) =>
    request<T>(path, { ...options, method: 'GET', query }),
  post: <T>(path: string, json?: unknown, options: Omit<RequestOptions, 'method' | 'json'> = {}) =>
    request<T>(path, { ...options, method: 'POST', json }),
  put: <T>(path: string, json?: unknown, options: Omit<RequestOptions, 'method' | 'json'> = {}) =>
    request<T>(path, { ...options, method: 'PUT', json }),
  upload: <T>(path: string, form: FormData, options: Omit<RequestOptions, 'method' | 'form'> = {}) =>
    request<T>(path, { ...options, method: 'POST', form }),
}
