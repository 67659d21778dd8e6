/**
 * Screenshots of the main pages for docs/screenshots/, taken by the browser tests as they pass through each page
 * when SCREENSHOTS=1 (`npm run screenshots`); otherwise nothing is written. The page should be 1280×800
 * (SCREENSHOT_VIEWPORT) so that every picture has the same size.
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const SCREENSHOT_VIEWPORT = Object.freeze({ width: 1280, height: 800 })

const FOLDER = new URL('../../../docs/screenshots/', import.meta.url)

/** Writes docs/screenshots/<name>.png of what the viewport shows now, once the page has settled. */
export async function screenshot(page, name) {
  if (!process.env.SCREENSHOTS) return
  mkdirSync(FOLDER, { recursive: true })
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: fileURLToPath(new URL(`${name}.png`, FOLDER)), type: 'png', animations: 'disabled' })
}
