import { afterEach, describe, expect, it, vi } from 'vitest'
import vi_ from './vi.json'
import en from './en.json'
import { literalTexts, templateOf } from './literalText'
import { createAppI18n } from '@/i18n'
import { routes } from '@/router/routes'

type Messages = { [key: string]: string | Messages }

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>()
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') entries.set(path, value)
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text)
  }
  return entries
}

const vietnamese = flatten(vi_)
const english = flatten(en)

const vueFiles = import.meta.glob<string>('/src/**/*.vue', { query: '?raw', import: 'default', eager: true })
const sourceFiles = {
  ...vueFiles,
  ...import.meta.glob<string>(['/src/**/*.ts', '!/src/**/*.spec.ts', '!/src/test/**'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
}

describe('locale files', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('have exactly the same keys in Vietnamese and English', () => {
    const onlyVietnamese = [...vietnamese.keys()].filter((key) => !english.has(key))
    const onlyEnglish = [...english.keys()].filter((key) => !vietnamese.has(key))

    expect(onlyVietnamese).toEqual([])
    expect(onlyEnglish).toEqual([])
  })

  it('have no empty message', () => {
    const empty = [...vietnamese, ...english].filter(([, text]) => text.trim() === '').map(([key]) => key)

    expect(empty).toEqual([])
  })

  it('contain messages that vue-i18n can compile in both languages', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    for (const locale of ['vi', 'en'] as const) {
      const { t } = createAppI18n(locale).global
      for (const key of vietnamese.keys()) {
        const text = t(key, { name: 'A', year: 2025, min: 12, count: 1, total: 1 })
        expect(text, `${locale}: ${key}`).not.toBe(key)
        expect(text, `${locale}: ${key}`).not.toMatch(/\{'/)
      }
    }
    expect(warn).not.toHaveBeenCalled()
    expect(error).not.toHaveBeenCalled()
  })

  it('define every literal key the code asks for', () => {
    const used = new Set<string>()
    for (const source of Object.values(sourceFiles)) {
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][a-zA-Z0-9_.]*)'/g)) used.add(match[1]!)
    }
    for (const route of routes) {
      if (route.meta?.title) used.add(route.meta.title)
      if (route.meta?.nav) {
        used.add(route.meta.nav.label)
        if (route.meta.nav.description) used.add(route.meta.nav.description)
      }
    }
    expect(used.size).toBeGreaterThan(50)

    expect([...used].filter((key) => !vietnamese.has(key))).toEqual([])
  })
})

describe('Vue templates', () => {
  it('are all scanned', () => {
    expect(Object.keys(vueFiles).length).toBeGreaterThan(15)
  })

  it('contain no literal user-visible text (everything goes through t())', () => {
    const offenders = Object.entries(vueFiles).flatMap(([file, source]) =>
      literalTexts(templateOf(source)).map((text) => `${file}: ${text}`),
    )

    expect(offenders).toEqual([])
  })

  it('scanner catches literal text and accepts expressions, punctuation and entities', () => {
    expect(literalTexts('<p>Đăng nhập</p>')).toEqual(['Đăng nhập'])
    expect(literalTexts('<button aria-label="Close">&times;</button>')).toEqual(['aria-label="Close"'])
    expect(literalTexts('<p>{{ t(\'a.b\') }} — ({{ n }})</p><span>*</span>')).toEqual([])
    expect(literalTexts('<div v-if="a > b && c < d">{{ a < b }}</div>')).toEqual([])
    expect(literalTexts('<p :title="t(\'x\')" class="lead">{{ x }} items</p>')).toEqual(['items'])
  })
})
