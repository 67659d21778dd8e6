import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ADMIN } from './support/platform.mjs'
import { openPage } from './support/browser.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { field, mainNavigation, navigationLinks, signIn, text, waitForPath } from './support/app.mjs'

/** A trainee of Tuyên Quang province (content/organisation/units.yaml: tinh-tuyen-quang). */
const trainee = Object.freeze({
  username: 'namhv',
  fullName: 'Hoàng Văn Nam',
  email: 'namhv@tuyenquang.gov.vn',
  jobTitle: 'Chuyên viên Sở Văn hóa, Thể thao và Du lịch',
  unitCode: 'tinh-tuyen-quang',
  unitName: 'Tỉnh Tuyên Quang',
  newPassword: 'Doi-mat-khau-lan-dau-2026',
})

/** A trainee's pages: home, their learning, the catalogue, their competencies and certificates; no administration. */
const traineeLinks = [
  text('vi', 'nav.home'),
  text('vi', 'nav.learning'),
  text('vi', 'nav.catalogue'),
  text('vi', 'nav.myCompetencies'),
  text('vi', 'nav.myCertificates'),
]

describe('creating a trainee', () => {
  const suite = platformAndBrowser()

  it('the administrator creates a trainee in a unit and is shown the temporary password once', async () => {
    const { page, pageErrors } = await openPage(suite.browser, suite.platform.baseUrl)
    await page.goto('/login')
    await signIn(page, ADMIN)

    // Given the administrator on the users page, reached through the navigation
    const nav = await mainNavigation(page)
    await nav.getByRole('link', { name: text('vi', 'nav.adminUsers') }).click()
    await waitForPath(page, '/admin/users')
    await page.getByRole('heading', { level: 1, name: text('vi', 'users.title.admin') }).waitFor()

    // When they add a user through the dialog
    await page.getByRole('button', { name: text('vi', 'users.actions.create') }).click()
    const dialog = page.getByRole('dialog', { name: text('vi', 'users.dialogs.create') })
    await dialog.waitFor()
    const username = field(dialog, text('vi', 'users.fields.username'))
    assert.equal(await username.evaluate((input) => input === document.activeElement), true,
      'the dialog puts keyboard focus on its first field')
    await username.fill(trainee.username)
    await field(dialog, text('vi', 'users.fields.fullName')).fill(trainee.fullName)
    await field(dialog, text('vi', 'users.fields.email')).fill(trainee.email)
    await field(dialog, text('vi', 'users.fields.jobTitle')).fill(trainee.jobTitle)
    await dialog.getByRole('combobox', { name: text('vi', 'users.fields.unit') }).selectOption({ label: trainee.unitName })
    const traineeRole = dialog.getByRole('checkbox', { name: text('vi', 'roles.TRAINEE') })
    assert.equal(await traineeRole.isChecked(), true, 'a new user is a trainee unless told otherwise')
    assert.equal(await dialog.getByRole('checkbox', { name: text('vi', 'roles.ADMIN') }).isChecked(), false)
    await dialog.getByRole('button', { name: text('vi', 'users.form.create') }).click()

    // Then the dialog shows the new account's temporary password, with the warning that it is shown only once
    const created = page.getByRole('dialog', { name: text('vi', 'users.dialogs.createdPassword') })
    await created.waitFor()
    await created.getByText(text('vi', 'tempPassword.intro', { username: trainee.username })).waitFor()
    await created.getByText(text('vi', 'tempPassword.once')).waitFor()
    const temporaryPassword = (await created.getByTestId('temporary-password').textContent()).trim()
    assert.ok(temporaryPassword.length >= 12, `a temporary password of at least 12 characters, got "${temporaryPassword}"`)
    await page.getByText(text('vi', 'users.messages.created', { name: trainee.fullName })).waitFor()

    // And once the dialog is closed, the list shows the trainee in their unit
    await created.getByRole('button', { name: text('vi', 'common.done') }).click()
    await created.waitFor({ state: 'detached' })
    const row = page.getByRole('row', { name: new RegExp(trainee.fullName) })
    await row.waitFor()
    const rowText = await row.textContent()
    for (const expected of [trainee.username, trainee.email, trainee.unitName, text('vi', 'roles.TRAINEE'),
      text('vi', 'users.status.enabled')]) {
      assert.ok(rowText.includes(expected), `the row shows "${expected}": ${rowText}`)
    }
    assert.deepEqual(pageErrors, [])

    // When the trainee signs in on their own computer (a fresh browser context) with the temporary password
    const own = await openPage(suite.browser, suite.platform.baseUrl)
    try {
      await own.page.goto('/')
      await waitForPath(own.page, '/login')
      await signIn(own.page, { username: trainee.username, password: temporaryPassword })

      // Then they must first choose a password of their own, and see none of the administrator's pages
      await waitForPath(own.page, '/account/password')
      await own.page.getByText(text('vi', 'password.mustChange')).waitFor()
      assert.deepEqual(await navigationLinks(own.page), traineeLinks)

      await field(own.page, text('vi', 'password.current')).fill(temporaryPassword)
      await field(own.page, text('vi', 'password.new')).fill(trainee.newPassword)
      await field(own.page, text('vi', 'password.confirm')).fill(trainee.newPassword)
      await own.page.getByRole('button', { name: text('vi', 'password.submit') }).click()

      // And then reach their home page: their unit, the trainee role, and still no administration
      await waitForPath(own.page, '/')
      await own.page.getByRole('heading', { name: text('vi', 'home.greeting', { name: trainee.fullName }) }).waitFor()
      await own.page.getByText(trainee.unitName).first().waitFor()
      await own.page.getByRole('heading', { name: text('vi', 'dashboard.list') }).waitFor()
      assert.deepEqual(await navigationLinks(own.page), traineeLinks)
      assert.equal(await own.page.getByRole('link', { name: text('vi', 'nav.adminUsers') }).count(), 0)

      // And typing an administrator's address leads to the access-denied page, not to the user list
      await own.page.goto('/admin/users')
      await waitForPath(own.page, /^\/forbidden/)
      await own.page.getByRole('heading', { name: text('vi', 'forbidden.heading') }).waitFor()
      assert.equal(await own.page.getByRole('heading', { name: text('vi', 'users.title.admin') }).count(), 0)
      assert.deepEqual(own.pageErrors, [])
    } finally {
      await own.context.close()
    }
  })
})
