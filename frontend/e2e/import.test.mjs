import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ADMIN } from './support/platform.mjs'
import { openPage } from './support/browser.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { mainNavigation, signIn, tableRows, text, texts, waitForPath } from './support/app.mjs'

const HEADER = 'full_name,email,username,unit_code,job_title'

/** Three officers of Tuyên Quang; the third still carries Hà Giang's code, merged into Tuyên Quang in 2025. */
const listWithAMergedUnit = [
  HEADER,
  'Nguyễn Thị Lan,lannt@tuyenquang.gov.vn,lannt,tinh-tuyen-quang,Chuyên viên',
  'Trần Văn Hùng,hungtv@tuyenquang.gov.vn,hungtv,tinh-tuyen-quang,',
  'Lò Thị Mai,mailt@tuyenquang.gov.vn,mailt,tinh-ha-giang,Phó Trưởng phòng',
].join('\n')

const correctedList = listWithAMergedUnit.replace('mailt,tinh-ha-giang', 'mailt,tinh-tuyen-quang')

function csvFile(name, content) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${content}\n`, 'utf8') }
}

describe('importing a list of trainees', () => {
  const suite = platformAndBrowser()

  it('a file with a bad row is refused row by row; the corrected file creates the accounts and shows their passwords once', async () => {
    const { page, pageErrors } = await openPage(suite.browser, suite.platform.baseUrl)
    await page.goto('/login')
    await signIn(page, ADMIN)

    // Given the administrator on the import page, reached through the navigation
    const nav = await mainNavigation(page)
    await nav.getByRole('link', { name: text('vi', 'nav.adminImport') }).click()
    await waitForPath(page, '/admin/users/import')
    await page.getByRole('heading', { level: 1, name: text('vi', 'import.heading') }).waitFor()
    const fileInput = page.getByLabel(text('vi', 'import.upload.fileLabel'))
    const submit = page.getByRole('button', { name: text('vi', 'import.upload.submit'), exact: true })

    // When they upload a list whose fourth line (row 4) names a merged unit
    await fileInput.setInputFiles(csvFile('hoc-vien-tuyen-quang.csv', listWithAMergedUnit))
    await submit.click()

    // Then a table names the row and the column to correct, and nothing was imported
    const errors = page.getByRole('region', { name: text('vi', 'import.rowErrors.heading', { count: 1 }) })
    await errors.waitFor()
    const errorRows = await tableRows(errors.getByRole('table'))
    assert.equal(errorRows.length, 1, `one bad row: ${JSON.stringify(errorRows)}`)
    const [row, column, message] = errorRows[0]
    assert.equal(row, '4')
    assert.equal(column, 'unit_code')
    assert.match(message, /tinh-ha-giang/)
    assert.match(message, /tinh-tuyen-quang/, 'the message names the unit in force')
    await page.getByText(text('vi', 'import.rowErrors.nothingImported')).waitFor()
    assert.equal(await page.getByTestId('import-credentials').count(), 0)
    const none = await page.request.get('/api/users?unit=tinh-tuyen-quang')
    assert.equal((await none.json()).total, 0, 'a refused file creates no account')

    // When they upload the corrected file
    await fileInput.setInputFiles(csvFile('hoc-vien-tuyen-quang.csv', correctedList))
    await errors.waitFor({ state: 'detached' }) // choosing another file clears the old errors
    await submit.click()

    // Then the summary counts three new accounts, and a table lists each with its temporary password
    await page.getByText(text('vi', 'import.result.done')).waitFor()
    assert.equal(await page.getByTestId('import-created').innerText(), '3')
    assert.equal(await page.getByTestId('import-updated').innerText(), '0')
    assert.equal(await page.getByTestId('import-unchanged').innerText(), '0')
    const credentials = page.getByRole('region', { name: text('vi', 'import.credentials.heading', { count: 3 }) })
    await credentials.waitFor()
    await page.getByText(text('vi', 'import.credentials.once')).waitFor()
    const headers = await texts(credentials.getByRole('columnheader'))
    assert.deepEqual(headers, [text('vi', 'import.credentials.username'), text('vi', 'import.credentials.password')])
    const issued = await tableRows(credentials.getByRole('table'))
    assert.deepEqual(issued.map(([username]) => username), ['lannt', 'hungtv', 'mailt'])
    for (const [username, password] of issued) {
      assert.ok(password.length >= 12, `${username} has a temporary password of at least 12 characters`)
    }
    assert.equal(new Set(issued.map(([, password]) => password)).size, 3, 'every account has its own password')
    assert.equal(await page.getByRole('region', { name: text('vi', 'import.rowErrors.heading', { count: 1 }) }).count(), 0)

    // And importing the same file again changes nothing and shows no password
    await fileInput.setInputFiles(csvFile('hoc-vien-tuyen-quang.csv', correctedList))
    await submit.click()
    await page.getByText(text('vi', 'import.result.done')).waitFor()
    assert.equal(await page.getByTestId('import-unchanged').innerText(), '3')
    assert.equal(await page.getByTestId('import-created').innerText(), '0')
    assert.equal(await page.getByTestId('import-credentials').count(), 0)
    assert.deepEqual(pageErrors, [])

    // And a password from the table is the real one: the trainee signs in with it and must change it
    const [mai, maiPassword] = issued[2]
    const own = await openPage(suite.browser, suite.platform.baseUrl)
    try {
      await own.page.goto('/login')
      await signIn(own.page, { username: mai, password: maiPassword })
      await waitForPath(own.page, '/account/password')
      await own.page.getByText(text('vi', 'password.mustChange')).waitFor()
      assert.deepEqual(own.pageErrors, [])
    } finally {
      await own.context.close()
    }
  })
})
