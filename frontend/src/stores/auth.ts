import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as authApi from '@/api/auth'
import { isApiError } from '@/api/client'
import type { Me, Role } from '@/api/types'

/** Who is signed in. The session itself is an HttpOnly cookie the SPA never reads. */
export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null)
  /** True once the server has been asked whether a session exists. */
  const checked = ref(false)
  let pending: Promise<void> | null = null

  const isAuthenticated = computed(() => me.value !== null)
  const roles = computed<Role[]>(() => me.value?.roles ?? [])

  function hasRole(role: Role): boolean {
    return roles.value.includes(role)
  }

  function hasAnyRole(wanted: readonly Role[]): boolean {
    return wanted.some((role) => roles.value.includes(role))
  }

  /** Asks the server once per page load whether the cookie still holds a session. */
  function ensureLoaded(): Promise<void> {
    if (checked.value) return Promise.resolve()
    pending ??= authApi
      .fetchMe()
      .then((user) => {
        me.value = user
      })
      .catch((error: unknown) => {
        me.value = null
        if (!isApiError(error)) throw error
      })
      .finally(() => {
        checked.value = true
        pending = null
      })
    return pending
  }

  async function login(username: string, password: string): Promise<Me> {
    const user = await authApi.login(username, password)
    me.value = user
    checked.value = true
    return user
  }

  async function logout(): Promise<void> {
    try {
      await authApi.logout()
    } finally {
      clear()
    }
  }

  /** Forgets the user locally (after logout, or when the server says the session has ended). */
  function clear(): void {
    me.value = null
    checked.value = true
  }

  function markPasswordChanged(): void {
    if (me.value) me.value = { ...me.value, mustChangePassword: false }
  }

  return { me, checked, isAuthenticated, roles, hasRole, hasAnyRole, ensureLoaded, login, logout, clear, markPasswordChanged }
})
