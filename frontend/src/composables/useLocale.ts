import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { applyDocumentLocale, isAppLocale, storeLocale, SUPPORTED_LOCALES, type AppLocale } from '@/i18n'

/** The interface language: read it, switch it (remembered on this browser, reflected in <html lang>). */
export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' })

  const current = computed<AppLocale>(() => (isAppLocale(locale.value) ? locale.value : 'vi'))

  function setLocale(next: AppLocale): void {
    locale.value = next
    storeLocale(next)
    applyDocumentLocale(next)
  }

  return { locale: current, locales: SUPPORTED_LOCALES, setLocale }
}
