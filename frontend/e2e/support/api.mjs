/**
 * Setting the scene through the platform's JSON API (Bearer tokens, so no browser is involved): people a test
 * needs before it starts doing what a person would do in the browser.
 */
import assert from 'node:assert/strict'
import { ADMIN } from './platform.mjs'

/** One JSON request; fails the test unless it succeeds. Answers the parsed body. */
export async function call(baseUrl, method, path, { token, body, headers = {} } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${text}`)
  return text ? JSON.parse(text) : undefined
}

export async function accessToken(baseUrl, { username, password }) {
  return (await call(baseUrl, 'POST', '/api/auth/login', { body: { username, password } })).accessToken
}

/**
 * A user created by the administrator who has already replaced the temporary password with `password`, as after
 * their first sign-in. Answers the user as the API describes them.
 */
export async function personWithOwnPassword(baseUrl, { username, fullName, email, unitCode, roles, password }) {
  const admin = await accessToken(baseUrl, ADMIN)
  const created = await call(baseUrl, 'POST', '/api/users', {
    token: admin,
    body: { username, fullName, email, unitCode, roles },
  })
  const first = await accessToken(baseUrl, { username, password: created.temporaryPassword })
  await call(baseUrl, 'POST', '/api/me/password', {
    token: first,
    body: { currentPassword: created.temporaryPassword, newPassword: password },
  })
  return created.user
}

/** `person` enrolled (by themselves) in the course `courseCode`; answers the enrolment. */
export async function enrolled(baseUrl, person, courseCode) {
  const token = await accessToken(baseUrl, person)
  return call(baseUrl, 'POST', `/api/courses/${courseCode}/enrolment`, { token })
}
