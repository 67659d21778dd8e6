import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'

/**
 * The page of a long list, kept in the URL as `page` (from 0, left out for the first), so that a page can be
 * bookmarked and reached again with back and forward.
 */
export function useRoutePage() {
  const route = useRoute()
  const router = useRouter()

  const page = computed(() => {
    const asked = Number.parseInt(typeof route.query.page === 'string' ? route.query.page : '', 10)
    return Number.isFinite(asked) && asked > 0 ? asked : 0
  })

  function goTo(next: number): void {
    void router.push({ query: { ...route.query, page: next > 0 ? String(next) : undefined } })
  }

  return { page, goTo }
}

/**
 * One choice of a list page kept in the URL as `key` (one of `allowed`, else `fallback`); choosing another goes back
 * to the first page.
 */
export function useRouteChoice<T extends string>(key: string, allowed: readonly T[], fallback: T) {
  const route = useRoute()
  const router = useRouter()

  const value = computed<T>(() => {
    const asked = route.query[key]
    return typeof asked === 'string' && (allowed as readonly string[]).includes(asked) ? (asked as T) : fallback
  })
  const selected = computed({
    get: () => value.value as string,
    set: (next: string) => void router.push({ query: { ...route.query, [key]: next, page: undefined } }),
  })

  return { value, selected }
}
