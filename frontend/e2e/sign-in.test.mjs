import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ADMIN } from './support/platform.mjs'
import { openPage } from './support/browser.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { navigationLinks, signIn, text, waitForPath } from './support/app.mjs'

describe('signing in, the language and signing out', () => {
  const suite = platformAndBrowser()

  it('the administrator signs in, sees the admin navigation in Vietnamese, keeps English across a reload and signs out', async () => {
    const { context, page, pageErrors } = await openPage(suite.browser, suite.platform.baseUrl)

    // Given a visitor who is not signed in: the home page sends them to the sign-in page, in Vietnamese.
    await page.goto('/')
    assert.equal(await waitForPath(page, '/login'), '/login')
    await page.getByRole('heading', { name: text('vi', 'login.heading') }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi')

    // When the administrator signs in
    await signIn(page, ADMIN)

    // Then the home page greets them and the navigation offers exactly the administrator's pages.
    await waitForPath(page, '/')
    await page.getByRole('heading', { name: text('vi', 'home.greeting', { name: ADMIN.fullName }) }).waitFor()
    assert.deepEqual(await navigationLinks(page, 'vi'), [
      text('vi', 'nav.home'),
      text('vi', 'nav.catalogue'),
      text('vi', 'nav.adminUsers'),
      text('vi', 'nav.adminImport'),
      text('vi', 'nav.adminUnits'),
      text('vi', 'nav.reviewCertificates'),
      text('vi', 'nav.reports'),
      text('vi', 'nav.authoring'),
      text('vi', 'nav.grading'),
    ])

    // When they switch the interface to English
    const languages = page.getByRole('group', { name: text('vi', 'language.label') })
    await languages.getByRole('button', { name: 'English' }).click()

    // Then the page speaks English, says so in <html lang>, and marks English as the chosen language.
    assert.deepEqual(await navigationLinks(page, 'en'), [
      text('en', 'nav.home'),
      text('en', 'nav.catalogue'),
      text('en', 'nav.adminUsers'),
      text('en', 'nav.adminImport'),
      text('en', 'nav.adminUnits'),
      text('en', 'nav.reviewCertificates'),
      text('en', 'nav.reports'),
      text('en', 'nav.authoring'),
      text('en', 'nav.grading'),
    ])
    await page.getByRole('heading', { name: text('en', 'home.greeting', { name: ADMIN.fullName }) }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    const englishGroup = page.getByRole('group', { name: text('en', 'language.label') })
    assert.equal(await englishGroup.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true')
    assert.equal(await englishGroup.getByRole('button', { name: 'Tiếng Việt' }).getAttribute('aria-pressed'), 'false')

    // And the choice survives a reload, as does the session.
    await page.reload()
    await page.getByRole('heading', { name: text('en', 'home.greeting', { name: ADMIN.fullName }) }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'en')
    assert.equal(await navigationLinks(page, 'en').then((links) => links[2]), text('en', 'nav.adminUsers'))

    // When they switch back to Vietnamese, that choice too survives a reload.
    await page.getByRole('group', { name: text('en', 'language.label') }).getByRole('button', { name: 'Tiếng Việt' }).click()
    await page.getByRole('heading', { name: text('vi', 'home.greeting', { name: ADMIN.fullName }) }).waitFor()
    await page.reload()
    await page.getByRole('heading', { name: text('vi', 'home.greeting', { name: ADMIN.fullName }) }).waitFor()
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi')
    assert.equal(await navigationLinks(page, 'vi').then((links) => links[2]), text('vi', 'nav.adminUsers'))

    // When the short-lived access token has expired (its cookie lasts as long as the token, minutes)
    const cookieNamed = async (name) => (await context.cookies()).find((cookie) => cookie.name === name)
    const expired = await cookieNamed('ttcs_session')
    const refresh = await cookieNamed('ttcs_refresh')
    assert.ok(refresh?.httpOnly && refresh.path === '/api/auth', 'the refresh token is HttpOnly and only sent to /api/auth')
    await context.clearCookies({ name: 'ttcs_session' })
    await page.reload()

    // Then the app renews it with the refresh cookie: still signed in, with a new access token and refresh token.
    await page.getByRole('heading', { name: text('vi', 'home.greeting', { name: ADMIN.fullName }) }).waitFor()
    const renewed = await cookieNamed('ttcs_session')
    assert.ok(renewed && renewed.value !== expired.value, 'a new access token was set')
    assert.notEqual((await cookieNamed('ttcs_refresh')).value, refresh.value, 'the refresh token was replaced')

    // When they sign out from the user menu
    const session = await cookieNamed('ttcs_session')
    assert.ok(session?.httpOnly, 'the session is an HttpOnly cookie')
    const meWith = (token) => fetch(`${suite.platform.baseUrl}/api/me`, { headers: { Authorization: `Bearer ${token}` } })
    assert.equal((await meWith(session.value)).status, 200)
    const userMenu = page.getByRole('button', { name: ADMIN.fullName })
    assert.equal(await userMenu.getAttribute('aria-expanded'), 'false')
    await userMenu.click()
    assert.equal(await userMenu.getAttribute('aria-expanded'), 'true')
    await page.getByRole('button', { name: text('vi', 'userMenu.logout') }).click()

    // Then they are on the sign-in page without navigation, and the old session token is refused by the server too.
    assert.equal(await waitForPath(page, '/login'), '/login')
    await page.getByRole('heading', { name: text('vi', 'login.heading') }).waitFor()
    assert.equal(await page.getByRole('navigation', { name: text('vi', 'nav.label') }).count(), 0)
    await page.goto('/')
    assert.equal(await waitForPath(page, '/login'), '/login')
    assert.equal((await page.request.get('/api/me')).status(), 401)
    assert.equal((await meWith(session.value)).status, 401, 'a signed-out session cannot be replayed')
    assert.equal(await cookieNamed('ttcs_refresh'), undefined, 'signing out removes the refresh cookie')

    assert.deepEqual(pageErrors, [])
  })

  it('a wrong password is refused with a message and the visitor stays on the sign-in page', async () => {
    const { page, pageErrors } = await openPage(suite.browser, suite.platform.baseUrl)
    await page.goto('/login')

    await signIn(page, { username: ADMIN.username, password: 'not-the-password-at-all' })

    // The refusal is announced (an assertive live region) and the password field is emptied for another try.
    const alert = page.locator('[aria-live="assertive"] .alert')
    await alert.waitFor()
    assert.notEqual((await alert.innerText()).trim(), '')
    assert.equal(new URL(page.url()).pathname, '/login')
    assert.equal(await page.getByLabel(text('vi', 'login.password')).inputValue(), '')
    assert.equal((await page.request.get('/api/me')).status(), 401)
    assert.deepEqual(pageErrors, [])
  })
})
