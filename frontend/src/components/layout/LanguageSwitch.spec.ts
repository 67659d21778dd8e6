import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { useI18n } from 'vue-i18n'
import LanguageSwitch from './LanguageSwitch.vue'
import { LOCALE_STORAGE_KEY, readStoredLocale } from '@/i18n'
import { mountWith, setupApp } from '@/test/helpers'

/** The switch next to a translated heading, to see the whole page change language. */
const Harness = defineComponent({
  setup() {
    const { t } = useI18n()
    return () => h('div', [h('h1', t('app.name')), h(LanguageSwitch)])
  },
})

describe('LanguageSwitch', () => {
  beforeEach(() => {
    window.localStorage.clear()
    document.documentElement.lang = 'vi'
  })

  it('starts in Vietnamese with the Vietnamese option pressed', async () => {
    const wrapper = mountWith(Harness, await setupApp())

    expect(wrapper.get('h1').text()).toBe('TTCS Learn — Đào tạo truyền thông chính sách')
    expect(wrapper.get('[data-locale="vi"]').attributes('aria-pressed')).toBe('true')
    expect(wrapper.get('[data-locale="en"]').attributes('aria-pressed')).toBe('false')
    expect(wrapper.get('[role="group"]').attributes('aria-label')).toBe('Ngôn ngữ giao diện')
  })

  it('switches to English, remembers the choice and sets <html lang>', async () => {
    const wrapper = mountWith(Harness, await setupApp())

    await wrapper.get('[data-locale="en"]').trigger('click')

    expect(wrapper.get('h1').text()).toBe('TTCS Learn — Policy communication training')
    expect(wrapper.get('[data-locale="en"]').attributes('aria-pressed')).toBe('true')
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
    expect(document.documentElement.lang).toBe('en')
    expect(readStoredLocale()).toBe('en')
  })

  it('names each language in itself so it can be found whatever the current language', async () => {
    const wrapper = mountWith(Harness, await setupApp({ locale: 'en' }))

    expect(wrapper.get('[data-locale="vi"]').text()).toBe('Tiếng Việt')
    expect(wrapper.get('[data-locale="vi"]').attributes('lang')).toBe('vi')
    expect(wrapper.get('[data-locale="en"]').text()).toBe('English')
  })

  it('ignores a stored value that is not a supported language', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'fr')
    expect(readStoredLocale()).toBe('vi')
  })
})
