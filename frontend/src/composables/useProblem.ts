import { nextTick, ref, shallowRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { isApiError, type ApiError } from '@/api/client'

/**
 * Holds the error of the last request of a form or page: the message to show (the server's `detail`,
 * or a translated fallback) and the per-field messages keyed by field name.
 */
export function useProblem() {
  const { t } = useI18n()
  const message = ref<string | null>(null)
  const fieldErrors = ref<Record<string, string>>({})
  const error = shallowRef<ApiError | null>(null)

  function describe(cause: unknown): string {
    if (!isApiError(cause)) return t('errors.unexpected')
    if (cause.detail) return cause.detail
    if (cause.isNetworkError) return t('errors.network')
    if (cause.status === 401) return t('errors.unauthorized')
    if (cause.status === 403) return t('errors.forbidden')
    if (cause.status === 404) return t('errors.notFound')
    if (cause.status === 409) return t('errors.conflict')
    if (cause.status === 429) return t('errors.tooManyRequests')
    if (cause.status >= 500) return t('errors.server')
    return t('errors.unexpected')
  }

  /** Records a failure; anything that is not an ApiError is a bug and is also logged. */
  function capture(cause: unknown): void {
    if (!isApiError(cause)) console.error(cause)
    error.value = isApiError(cause) ? cause : null
    message.value = describe(cause)
    const fields: Record<string, string> = {}
    for (const entry of error.value?.errors ?? []) {
      if (entry.row === undefined && entry.field && !fields[entry.field]) fields[entry.field] = entry.message
    }
    fieldErrors.value = fields
  }

  /** Shows a message the client decided on itself (e.g. a failed client-side check). */
  function fail(text: string, fields: Record<string, string> = {}): void {
    error.value = null
    message.value = text
    fieldErrors.value = fields
  }

  function clear(): void {
    error.value = null
    message.value = null
    fieldErrors.value = {}
  }

  function fieldError(field: string): string | undefined {
    return fieldErrors.value[field]
  }

  return { message, fieldErrors, error, capture, fail, clear, fieldError, describe }
}

/** After a failed check, takes keyboard focus to the first field marked invalid inside `root`. */
export async function focusFirstInvalid(root: HTMLElement | null | undefined): Promise<void> {
  await nextTick()
  root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
}
