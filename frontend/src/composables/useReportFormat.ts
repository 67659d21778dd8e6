import { useI18n } from 'vue-i18n'

const INTL_LOCALES: Record<string, string> = { vi: 'vi-VN', en: 'en-GB' }

/** Numbers of the reports as people read them: rates as percentages, "—" where there is no rate or target. */
export function useReportFormat() {
  const { t, locale } = useI18n()
  const intlLocale = () => INTL_LOCALES[locale.value] ?? 'vi-VN'

  function count(value: number | null | undefined): string {
    if (value === null || value === undefined) return t('reports.none')
    return new Intl.NumberFormat(intlLocale()).format(value)
  }

  /** 0.4167 → "41,7%" (vi) or "41.7%" (en); null → "—". */
  function rate(value: number | null | undefined): string {
    if (value === null || value === undefined) return t('reports.none')
    return new Intl.NumberFormat(intlLocale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
      .format(value)
  }

  /** "2026-07" → "07/2026" (vi) or "Jul 2026" (en). */
  function month(value: string): string {
    const date = new Date(`${value}-01T00:00:00Z`)
    if (Number.isNaN(date.getTime())) return value
    return new Intl.DateTimeFormat(intlLocale(), { month: locale.value === 'en' ? 'short' : '2-digit', year: 'numeric', timeZone: 'UTC' })
      .format(date)
  }

  function instant(value: string | null | undefined): string {
    if (!value) return ''
    const date = new Date(value)
    if (Number.isNaN(date.getTime())) return value
    return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
  }

  return { count, rate, month, instant }
}
