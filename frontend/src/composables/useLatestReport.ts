import { ref, shallowRef, type Ref } from 'vue'
import { useProblem } from './useProblem'

/**
 * A report loaded from the server: when filters change quickly, only the answer to the latest request is kept, so a
 * slow earlier answer never replaces a newer one. Failures become the page's message (the server's `detail`).
 */
export function useLatestReport<T>(fetch: () => Promise<T>) {
  const report = shallowRef<T | null>(null) as Ref<T | null>
  const loading = ref(true)
  const problem = useProblem()
  let latest = 0

  async function load(): Promise<void> {
    const ticket = ++latest
    loading.value = true
    problem.clear()
    try {
      const answer = await fetch()
      if (ticket === latest) report.value = answer
    } catch (cause) {
      if (ticket === latest) {
        report.value = null
        problem.capture(cause)
      }
    } finally {
      if (ticket === latest) loading.value = false
    }
  }

  return { report, loading, message: problem.message, capture: problem.capture, load }
}
