import { computed } from 'vue'
import type { RouteRecordName } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { canAccess, routes } from '@/router/routes'

export interface NavLink {
  name: RouteRecordName
  label: string
  description?: string
}

/** The pages the signed-in user may open, in menu order; built from the route table's meta. */
export function useNavigation() {
  const auth = useAuthStore()

  const links = computed<NavLink[]>(() =>
    routes
      .filter((route) => route.name && route.meta?.nav && canAccess(route.meta, auth.roles))
      .map((route) => ({
        name: route.name!,
        label: route.meta!.nav!.label,
        description: route.meta!.nav!.description,
      })),
  )

  return { links }
}
