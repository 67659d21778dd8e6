import { http } from './client'
import type { Me } from './types'

interface LoginResponse {
  accessToken: string
  user: Me
}

/**
 * Signs in. The server sets the HttpOnly cookies (a short-lived access token, and the refresh token the
 * client renews it with on a 401); the tokens in the body are deliberately dropped here so that no
 * script-readable copy of them exists.
 */
export async function login(username: string, password: string): Promise<Me> {
  const response = await http.post<LoginResponse>(
    '/api/auth/login',
    { username, password },
    { sessionRequired: false, renewSession: false },
  )
  return response.user
}

export function logout(): Promise<void> {
  return http.post<void>('/api/auth/logout', undefined, { sessionRequired: false })
}

/** The signed-in user; rejects with a 401 ApiError when there is no session. */
export function fetchMe(): Promise<Me> {
  return http.get<Me>('/api/me', undefined, { sessionRequired: false })
}

/** The shortest new password the client accepts before asking the server (which has the final word). */
export const PASSWORD_MIN_LENGTH = 12

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return http.post<void>('/api/me/password', { currentPassword, newPassword })
}
