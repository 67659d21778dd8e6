import { reactive } from 'vue'
import type { Answer } from '@/api/assessment'

const KEY_PREFIX = 'ttcs-learn.submission-key.'
const ANSWERS_PREFIX = 'ttcs-learn.answers.'

/** 128 random bits as hex; crypto.getRandomValues also works where randomUUID does not (plain http). */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
}

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key)
  } catch {
    return null
  }
}

function write(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value)
  } catch {
    // Storage refused (private mode, quota): the draft then lives in memory for this page only.
  }
}

function remove(key: string): void {
  try {
    window.sessionStorage.removeItem(key)
  } catch {
    // nothing to forget
  }
}

/**
 * What this browser tab holds for one quiz attempt until its result is in: the answers given so far (a reload does
 * not lose them) and the idempotency key of its submission. The key is made once and reused for every retry, so a
 * submission re-sent after a network error or a timeout is scored once by the server.
 */
export function useQuizDraft(attemptId: number) {
  const stored = read(ANSWERS_PREFIX + attemptId)
  const answers = reactive<Record<string, Answer>>(stored ? (JSON.parse(stored) as Record<string, Answer>) : {})
  let memoryKey: string | null = null

  function setAnswer(answer: Answer): void {
    answers[answer.questionId] = answer
    write(ANSWERS_PREFIX + attemptId, JSON.stringify(answers))
  }

  /** The submission's key: the same one on every call until {@link clear}. */
  function submissionKey(): string {
    const existing = read(KEY_PREFIX + attemptId) ?? memoryKey
    if (existing) return existing
    memoryKey = newIdempotencyKey()
    write(KEY_PREFIX + attemptId, memoryKey)
    return memoryKey
  }

  /** Forgets the draft once the server has answered with the result. */
  function clear(): void {
    remove(KEY_PREFIX + attemptId)
    remove(ANSWERS_PREFIX + attemptId)
    memoryKey = null
  }

  return { answers, setAnswer, submissionKey, clear }
}
