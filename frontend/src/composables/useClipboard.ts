import { ref } from 'vue'

export type CopyState = 'idle' | 'done' | 'failed'

/**
 * Copies a text to the clipboard and remembers how it went, for a status next to the button ("copied", or "copy
 * it yourself" where the browser refuses, e.g. outside HTTPS).
 */
export function useClipboard() {
  const state = ref<CopyState>('idle')

  async function copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text)
      state.value = 'done'
    } catch {
      state.value = 'failed'
    }
  }

  function reset(): void {
    state.value = 'idle'
  }

  return { state, copy, reset }
}
