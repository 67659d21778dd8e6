import { createI18n } from 'vue-i18n'
import vi from './locales/vi.json'
import en from './locales/en.json'

export const SUPPORTED_LOCALES = ['vi', 'en'] as const
export type AppLocale = (typeof SUPPORTED_LOCALES)[number]
export const DEFAULT_LOCALE: AppLocale = 'vi'
export const LOCALE_STORAGE_KEY = 'ttcs-learn.locale'

export type MessageSchema = typeof vi

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (SUPPORTED_LOCALES as readonly string[]).includes(value)
}

/** The language chosen earlier on this browser, or Vietnamese. */
export function readStoredLocale(): AppLocale {
  try {
    const stored = window.localStorage.getItem(LOCALE_STORAGE_KEY)
    return isAppLocale(stored) ? stored : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}

export function storeLocale(locale: AppLocale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this page only.
  }
}

/** Keeps <html lang> in step so screen readers pronounce the page in the right language. */
export function applyDocumentLocale(locale: AppLocale): void {
  document.documentElement.lang = locale
}

export function createAppI18n(locale: AppLocale = DEFAULT_LOCALE) {
  return createI18n<[MessageSchema], AppLocale, false>({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: { vi, en },
    // Vietnamese nouns have no plural: a message has one form, whatever the count ("1 khóa học", "5 khóa học").
    // English messages give "singular | plural" (or "none | one | many") and use vue-i18n's default rule.
    pluralRules: { vi: () => 0 },
    missingWarn: false,
    fallbackWarn: false,
  })
}
