import { afterEach } from 'vitest'
import { enableAutoUnmount } from '@vue/test-utils'

// Every mounted component is unmounted after its test, so no navigation or timer outlives the test.
enableAutoUnmount(afterEach)

afterEach(() => {
  document.body.innerHTML = ''
  document.body.className = ''
})

// jsdom has no layout; the router's scroll restoration would otherwise log "not implemented".
window.scrollTo = () => undefined
