/**
 * Setting the scene through the platform's own JSON API (docs/api.md), for tests whose subject is another page:
 * people are created by the administrator as the app would, and choose their password as at first sign-in.
 */
import assert from 'node:assert/strict'
import { ADMIN } from './platform.mjs'

async function call(baseUrl, path, { token, json, method = json === undefined ? 'GET' : 'POST' } = {}) {
  const response = await fetch(new URL(path, baseUrl), {
    method,
    headers: {
      Accept: 'application/json',
      ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: json === undefined ? undefined : JSON.stringify(json),
  })
  const body = response.status === 204 ? null : await response.json()
  assert.ok(response.ok, `${method} ${path} answered ${response.status}: ${JSON.stringify(body)}`)
  return body
}

/** Signs in through the API and answers the bearer token. */
export async function apiToken(baseUrl, { username, password }) {
  return (await call(baseUrl, '/api/auth/login', { json: { username, password } })).accessToken
}

/**
 * The administrator creates the person (username, fullName, email, unitCode, roles), who then replaces the temporary
 * password with `password`; answers the person with that password, ready to sign in.
 */
export async function createPerson(baseUrl, person) {
  const admin = await apiToken(baseUrl, ADMIN)
  const { temporaryPassword } = await call(baseUrl, '/api/users', {
    token: admin,
    json: {
      username: person.username,
      fullName: person.fullName,
      email: person.email,
      jobTitle: null,
      unitCode: person.unitCode,
      roles: person.roles,
    },
  })
  const own = await apiToken(baseUrl, { username: person.username, password: temporaryPassword })
  await call(baseUrl, '/api/me/password', {
    token: own,
    json: { currentPassword: temporaryPassword, newPassword: person.password },
  })
  return person
}
