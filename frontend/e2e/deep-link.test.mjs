import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ADMIN } from './support/platform.mjs'
import { openPage } from './support/browser.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { signIn, text, waitForPath } from './support/app.mjs'

describe('addresses typed into the browser', () => {
  const suite = platformAndBrowser()

  it('a signed-out visitor opening /admin/users is asked to sign in and then taken to /admin/users', async () => {
    const { page, pageErrors } = await openPage(suite.browser, suite.platform.baseUrl)

    // Given a signed-out visitor typing the address of a page of the app: the server answers with the app
    const response = await page.goto('/admin/users')
    assert.equal(response.status(), 200)
    assert.match(response.headers()['content-type'], /^text\/html/)

    // Then the app asks them to sign in, remembering where they were going
    assert.equal(await waitForPath(page, /^\/login/), '/login?redirect=/admin/users')
    await page.getByRole('heading', { name: text('vi', 'login.heading') }).waitFor()

    // When they sign in, they land on the page they asked for
    await signIn(page, ADMIN)
    assert.equal(await waitForPath(page, '/admin/users'), '/admin/users')
    await page.getByRole('heading', { level: 1, name: text('vi', 'users.title.admin') }).waitFor()
    await page.getByRole('row', { name: new RegExp(ADMIN.fullName) }).waitFor()

    // And reloading that address keeps them there, with a filter in the address kept too
    await page.goto('/admin/users?q=admin')
    await page.getByRole('heading', { level: 1, name: text('vi', 'users.title.admin') }).waitFor()
    assert.equal(await page.getByRole('searchbox', { name: text('vi', 'users.filters.q') }).inputValue(), 'admin')
    assert.equal(new URL(page.url()).pathname, '/admin/users')
    assert.deepEqual(pageErrors, [])
  })

  it('an address the app does not know shows its not-found page; an unknown API path stays a JSON 404', async () => {
    const { page, pageErrors } = await openPage(suite.browser, suite.platform.baseUrl)
    await page.goto('/login')
    await signIn(page, ADMIN)
    await waitForPath(page, '/')

    const response = await page.goto('/khong-co-trang-nay')
    assert.equal(response.status(), 200)
    await page.getByRole('heading', { name: text('vi', 'notFound.heading') }).waitFor()

    const api = await page.request.get('/api/khong-co')
    assert.equal(api.status(), 404)
    assert.doesNotMatch(api.headers()['content-type'] ?? '', /text\/html/)
    assert.deepEqual(pageErrors, [])
  })
})
