import { describe, expect, it } from 'vitest'
import ProgressBar from './ProgressBar.vue'
import { mountWith, setupApp } from '@/test/helpers'

describe('ProgressBar', () => {
  it('is a labelled progressbar whose value stays between 0 and 100', async () => {
    const app = await setupApp()
    const over = mountWith(ProgressBar, app, { props: { percent: 140, label: 'Tiến độ' } })
    const under = mountWith(ProgressBar, app, { props: { percent: -5, label: 'Tiến độ' } })

    expect(over.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('100')
    expect(over.get('.progress__bar').classes()).toContain('progress__bar--done')
    expect(under.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('0')
    expect(under.get('[role="progressbar"]').attributes('aria-label')).toBe('Tiến độ')
  })
})
