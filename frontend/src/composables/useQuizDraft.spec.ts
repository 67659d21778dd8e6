import { afterEach, describe, expect, it } from 'vitest'
import { useQuizDraft } from './useQuizDraft'

describe('useQuizDraft', () => {
  afterEach(() => window.sessionStorage.clear())

  it('keeps one submission key per attempt, also across a reload, until the result is in', () => {
    const key = useQuizDraft(41).submissionKey()

    expect(useQuizDraft(41).submissionKey()).toBe(key)
    expect(useQuizDraft(42).submissionKey()).not.toBe(key)

    useQuizDraft(41).clear()
    expect(useQuizDraft(41).submissionKey()).not.toBe(key)
  })

  it('keeps the answers given so far in this tab', () => {
    useQuizDraft(41).setAnswer({ questionId: 'q04', optionIds: ['b'] })

    expect(useQuizDraft(41).answers).toEqual({ q04: { questionId: 'q04', optionIds: ['b'] } })
  })
})
