import { computed } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import type { ReportFilters } from '@/api/reports'

const KEYS = ['course', 'competency', 'from', 'to'] as const
const DATE = /^\d{4}-\d{2}-\d{2}$/

function first(value: LocationQuery[string] | undefined): string {
  const text = Array.isArray(value) ? value[0] : value
  return typeof text === 'string' ? text : ''
}

/**
 * The report filters (course, competency, period) live in the page's URL, so that a filtered report can be
 * bookmarked, shared and reached again with back and forward; the drill-down links carry them along.
 */
export function useReportFilters() {
  const route = useRoute()
  const router = useRouter()

  const filters = computed<ReportFilters>(() => {
    const result: ReportFilters = {}
    for (const key of KEYS) {
      const value = first(route.query[key]).trim()
      if (!value) continue
      if ((key === 'from' || key === 'to') && !DATE.test(value)) continue
      result[key] = value
    }
    return result
  })

  /** Replaces the filters in the URL, keeping the page's other query values. */
  function apply(next: ReportFilters): Promise<unknown> {
    const query: Record<string, string> = {}
    for (const [key, value] of Object.entries(route.query)) {
      if (!(KEYS as readonly string[]).includes(key) && typeof value === 'string') query[key] = value
    }
    for (const key of KEYS) {
      const value = next[key]?.trim()
      if (value) query[key] = value
    }
    return router.push({ query })
  }

  return { filters, apply }
}
