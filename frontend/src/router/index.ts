import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router'
import type { Pinia } from 'pinia'
import { useAuthStore } from '@/stores/auth'
import { canAccess, routes, safeRedirect } from './routes'

export { routes, canAccess, safeRedirect }

export function createAppRouter(history: RouterHistory = createWebHistory(import.meta.env.BASE_URL)): Router {
  return createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
}

/**
 * The access rules: sign-in first (remembering where the user was going), then a forced password change
 * when the account still has a temporary password, then the page's roles.
 */
export function installGuards(router: Router, pinia: Pinia): void {
  router.beforeEach(async (to) => {
    const auth = useAuthStore(pinia)

    if (to.name === 'login') {
      await auth.ensureLoaded()
      return auth.isAuthenticated ? safeRedirect(to.query.redirect) : true
    }
    if (to.meta.public) return true

    await auth.ensureLoaded()
    if (!auth.isAuthenticated) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    }
    if (auth.me?.mustChangePassword && to.name !== 'change-password') {
      return { name: 'change-password', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
    }
    if (!canAccess(to.meta, auth.roles)) {
      return { name: 'forbidden', query: { from: to.fullPath } }
    }
    return true
  })
}
