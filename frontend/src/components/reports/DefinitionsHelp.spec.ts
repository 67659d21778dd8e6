import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import vi_ from '@/locales/vi.json'
import en from '@/locales/en.json'
import DefinitionsHelp from './DefinitionsHelp.vue'
import { mountWith, setupApp } from '@/test/helpers'

/** Vitest runs in frontend/; the docs are beside it. */
const docs = readFileSync(resolve(process.cwd(), '..', 'docs', 'reporting.md'), 'utf8')

describe('DefinitionsHelp', () => {
  it('uses the definitions of docs/reporting.md word for word, in both languages', () => {
    for (const definitions of [vi_.reports.definitions, en.reports.definitions]) {
      for (const [term, text] of Object.entries(definitions)) {
        expect(docs, term).toContain(`| ${term} | ${text} |`)
      }
    }
  })

  it('lists the definitions it is asked for, folded away under a summary', async () => {
    const wrapper = mountWith(DefinitionsHelp, await setupApp(), { props: { terms: ['registered', 'rate'] } })

    expect(wrapper.get('summary').text()).toBe('Cách tính các số liệu')
    expect(wrapper.findAll('li').map((item) => item.text())).toEqual([
      vi_.reports.definitions.registered,
      vi_.reports.definitions.rate,
    ])
  })
})
