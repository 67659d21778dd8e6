import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { applyDocumentLocale, createAppI18n, readStoredLocale } from './i18n'
import { createAppRouter, installGuards } from './router'
import { setUnauthorizedHandler } from './api/client'
import { useAuthStore } from './stores/auth'
import './styles/main.css'
import './styles/learning.css'
import './styles/certificates.css'

const locale = readStoredLocale()
applyDocumentLocale(locale)

const pinia = createPinia()
const i18n = createAppI18n(locale)
const router = createAppRouter()
installGuards(router, pinia)

// When the session ends while the app is open (cookie expired, logged out elsewhere), go back to sign-in.
setUnauthorizedHandler(() => {
  useAuthStore(pinia).clear()
  const current = router.currentRoute.value
  if (current.name !== 'login') {
    void router.push({ name: 'login', query: { redirect: current.fullPath } })
  }
})

createApp(App).use(pinia).use(i18n).use(router).mount('#app')
