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

/** A small phone held upright (the width of many Android phones), as someone scanning a certificate's QR code. */
export const PHONE = Object.freeze({
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
})

/**
 * A page in a fresh context (`contextOptions`, e.g. PHONE, are Playwright's). `pageErrors` collects uncaught
 * exceptions of the app; a test ends by checking that there were none. `policyViolations` collects what the
 * Content-Security-Policy refused (a style or script the page wanted but may not have).
 */
export async function openPage(browser, baseUrl, contextOptions = {}) {
  const context = await browser.newContext({ ...contextOptions, baseURL: baseUrl })
  context.setDefaultTimeout(ACTION_TIMEOUT_MS)
  const page = await context.newPage()
  const pageErrors = []
  const policyViolations = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      policyViolations.push(message.text())
    }
  })
  return { context, page, pageErrors, policyViolations }
}
