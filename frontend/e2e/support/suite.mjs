import { after, before } from 'node:test'
import { startPlatform } from './platform.mjs'
import { launchChromium } from './browser.mjs'

/**
 * Call inside a describe(): starts the platform (fresh data folder, free port) and Chromium before its tests and
 * stops both after them. The returned object's `platform` and `browser` are set once the suite has started.
 */
export function platformAndBrowser() {
  const suite = { platform: undefined, browser: undefined }
  before(async () => {
    suite.platform = await startPlatform()
    suite.browser = await launchChromium()
  })
  after(async () => {
    await suite.browser?.close()
    await suite.platform?.stop()
  })
  return suite
}
