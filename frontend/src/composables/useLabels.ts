import { useI18n } from 'vue-i18n'
import type { LocalizedText, Role, UnitKind } from '@/api/types'
import type { Level, Track } from '@/api/courses'

const INTL_LOCALES: Record<string, string> = { vi: 'vi-VN', en: 'en-GB' }

/** Turns codes and server data into text in the current interface language. */
export function useLabels() {
  const { t, locale } = useI18n()

  const intlLocale = () => INTL_LOCALES[locale.value] ?? 'vi-VN'

  /** A server-side localised text (unit names etc.); Vietnamese when no English exists. */
  function localized(text: LocalizedText | null | undefined): string {
    if (!text) return ''
    return locale.value === 'en' && text.en ? text.en : text.vi
  }

  function roleLabel(role: Role): string {
    return t(`roles.${role}`)
  }

  function unitKindLabel(kind: UnitKind): string {
    return t(`unitKinds.${kind}`)
  }

  function trackLabel(track: Track): string {
    return t(`tracks.${track}`)
  }

  /** Nền tảng, Thực hành, Nâng cao. */
  function levelLabel(level: Level): string {
    return t(`levels.${level}`)
  }

  /** The name of a content language ("vi", "en"); the code itself for a language the interface does not name. */
  function languageLabel(code: string): string {
    return code === 'vi' || code === 'en' ? t(`languages.${code}`) : code
  }

  /** A duration such as 420 minutes as "7 giờ", 25 as "25 phút", 90 as "1 giờ 30 phút". */
  function formatMinutes(total: number): string {
    const hours = Math.floor(total / 60)
    const minutes = total % 60
    if (hours === 0) return t('duration.minutes', { minutes })
    if (minutes === 0) return t('duration.hours', { hours })
    return t('duration.hoursMinutes', { hours, minutes })
  }

  /** Date and time of an instant, in the browser's time zone. */
  function formatDateTime(isoInstant: string | null | undefined): string {
    if (!isoInstant) return ''
    const date = new Date(isoInstant)
    if (Number.isNaN(date.getTime())) return isoInstant
    return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
  }

  /** A calendar date such as "2025-07-01" (no time zone shift). */
  function formatDate(isoDate: string | null | undefined): string {
    if (!isoDate) return ''
    const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)
    if (Number.isNaN(date.getTime())) return isoDate
    return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date)
  }

  /** The day of an instant (e.g. createdAt), in the browser's time zone. */
  function formatDay(isoInstant: string | null | undefined): string {
    if (!isoInstant) return ''
    const date = new Date(isoInstant)
    if (Number.isNaN(date.getTime())) return isoInstant
    return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium' }).format(date)
  }

  function formatNumber(value: number): string {
    return new Intl.NumberFormat(intlLocale()).format(value)
  }

  return {
    localized,
    roleLabel,
    unitKindLabel,
    trackLabel,
    levelLabel,
    languageLabel,
    formatMinutes,
    formatDate,
    formatDay,
    formatDateTime,
    formatNumber,
  }
}
