/**
 * Debian's Chromium driven by playwright-core (no browser download): each test opens its own context, which is
 * a separate browser profile with its own cookies and local storage, as a second person on another computer.
 */
import { chromium } from 'playwright-core'

const ACTION_TIMEOUT_MS = 30_000

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
}

/**
 * A page in a fresh context. `pageErrors` collects uncaught exceptions of the app; a test ends by checking that
 * there were none.
 */
export async function openPage(browser, baseUrl) {
  const context = await browser.newContext({ baseURL: baseUrl })
  context.setDefaultTimeout(ACTION_TIMEOUT_MS)
  const page = await context.newPage()
  const pageErrors = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  return { context, page, pageErrors }
}
