import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { describe, it } from 'node:test'
import { openPage, PHONE } from './support/browser.mjs'
import { personWithOwnPassword } from './support/api.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { mainNavigation, signIn, text, waitForPath } from './support/app.mjs'

/*
 * The certificate pages before any certificate exists: the public verification page of a code that matches no
 * certificate, and the pages of people who have none yet. A real certificate, issued when a trainee meets a course's
 * rule, is followed from issue to revocation in certificate-lifecycle.test.mjs.
 */

/** A trainee of Tuyên Quang province (content/organisation/units.yaml: tinh-tuyen-quang), new to the platform. */
const trainee = Object.freeze({
  username: 'thuynt',
  fullName: 'Nguyễn Thị Thủy',
  email: 'thuynt@tuyenquang.gov.vn',
  unitCode: 'tinh-tuyen-quang',
  roles: ['TRAINEE'],
  password: 'Mat-khau-cua-Thuy-2026',
})

/** The unit manager (cán bộ đầu mối) of the same province. */
const manager = Object.freeze({
  username: 'dungpv',
  fullName: 'Phạm Văn Dũng',
  email: 'dungpv@tuyenquang.gov.vn',
  unitCode: 'tinh-tuyen-quang',
  roles: ['UNIT_MANAGER'],
  password: 'Mat-khau-cua-Dung-2026',
})

/** What the server-rendered verification page says (certification/VerificationPage.java), Vietnamese first. */
const VERIFY = Object.freeze({
  heading: /^Xác thực chứng nhận/,
  notFound: 'Không tìm thấy chứng nhận với mã xác thực này.',
  notFoundEnglish: 'No certificate has this verification code.',
})

/** A code of the right shape (32 base64url characters, as in a QR code) that no certificate has. */
function unknownCode() {
  return randomBytes(24).toString('base64url')
}

describe('certificates', () => {
  const suite = platformAndBrowser()

  it('a phone opening the verification link of an unknown code is told in Vietnamese that there is no such certificate', async () => {
    const { page, pageErrors, policyViolations } = await openPage(suite.browser, suite.platform.baseUrl, PHONE)

    // When someone scans a QR code whose code matches no certificate
    const response = await page.goto(`/verify/${unknownCode()}`)

    // Then the server's own page answers "not found", not the app, in Vietnamese first
    assert.equal(response.status(), 404)
    assert.match(response.headers()['content-type'], /^text\/html/)
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi')
    await page.getByRole('heading', { level: 1, name: VERIFY.heading }).waitFor()
    const status = page.getByText(VERIFY.notFound, { exact: true })
    await status.waitFor()
    await page.getByText(VERIFY.notFoundEnglish, { exact: true }).waitFor()
    assert.equal(await page.locator('#app').count(), 0, 'the app does not take over the verification address')

    // And it is laid out for the phone: its stylesheet applies, nothing is wider than the screen, the text is readable
    const look = await status.evaluate((element) => {
      const style = getComputedStyle(element)
      return {
        background: style.backgroundColor,
        fontSize: Number.parseFloat(style.fontSize),
        pageWidth: document.documentElement.scrollWidth,
        screenWidth: window.innerWidth,
      }
    })
    assert.equal(look.background, 'rgb(253, 228, 228)', 'the "unknown" status is shown in its colour')
    assert.ok(look.fontSize >= 16, `a status of at least 16 px, got ${look.fontSize}`)
    assert.ok(look.pageWidth <= look.screenWidth, `no sideways scrolling: ${look.pageWidth} > ${look.screenWidth}`)
    assert.deepEqual(policyViolations, [], 'the page needs nothing the Content-Security-Policy refuses')
    assert.deepEqual(pageErrors, [])
  })

  it('a new trainee finds "My certificates" in the navigation and is told that certificates come with passed courses', async () => {
    await personWithOwnPassword(suite.platform.baseUrl, trainee)
    const { page, pageErrors, policyViolations } = await openPage(suite.browser, suite.platform.baseUrl)
    await page.goto('/login')
    await signIn(page, trainee)
    await waitForPath(page, '/')

    // When the trainee opens their certificates from the navigation
    const nav = await mainNavigation(page)
    await nav.getByRole('link', { name: text('vi', 'nav.myCertificates') }).click()

    // Then the page says they have none yet and how they will get one, and offers nothing to download
    assert.equal(await waitForPath(page, '/me/certificates'), '/me/certificates')
    await page.getByRole('heading', { level: 1, name: text('vi', 'certificates.mine.heading') }).waitFor()
    await page.getByText(text('vi', 'certificates.mine.emptyTitle'), { exact: true }).waitFor()
    await page.getByText(text('vi', 'certificates.mine.emptyText'), { exact: true }).waitFor()
    assert.equal(await page.getByRole('article').count(), 0)
    assert.equal(await page.getByRole('link', { name: text('vi', 'certificates.actions.downloadPdf') }).count(), 0)
    assert.equal(await page.title(), `${text('vi', 'certificates.mine.title')} · ${text('vi', 'app.shortName')}`)
    assert.deepEqual(policyViolations, [])
    assert.deepEqual(pageErrors, [])
  })

  it("a unit manager sees the unit's certificate page, empty, with every PDF of the unit as one ZIP", async () => {
    await personWithOwnPassword(suite.platform.baseUrl, manager)
    const { page, pageErrors, policyViolations } = await openPage(suite.browser, suite.platform.baseUrl)
    await page.goto('/login')
    await signIn(page, manager)
    await waitForPath(page, '/')

    // When the manager opens the unit's certificates and asks for those expiring soon
    const nav = await mainNavigation(page)
    await nav.getByRole('link', { name: text('vi', 'nav.unitCertificates') }).click()
    await waitForPath(page, '/unit/certificates')
    await page.getByRole('heading', { level: 1, name: text('vi', 'certificates.unit.title.unit') }).waitFor()
    await page.getByText(text('vi', 'certificates.unit.table.empty'), { exact: true }).waitFor()
    await page.getByRole('checkbox', { name: text('vi', 'certificates.unit.filters.expiringSoon') }).check()

    // Then the filter is in the address and the list says that nothing expires soon
    assert.equal(await waitForPath(page, /expiringSoon/), '/unit/certificates?expiringSoon=true')
    await page.getByText(text('vi', 'certificates.unit.table.emptyExpiring'), { exact: true }).waitFor()

    // And the ZIP link downloads a (still empty) ZIP of the unit's PDFs
    const zip = page.getByRole('link', { name: text('vi', 'certificates.unit.zip') })
    assert.equal(await zip.getAttribute('href'), '/api/units/tinh-tuyen-quang/certificates.zip')
    const download = await page.request.get('/api/units/tinh-tuyen-quang/certificates.zip')
    assert.equal(download.status(), 200)
    assert.equal(download.headers()['content-type'], 'application/zip')
    assert.deepEqual([...(await download.body()).subarray(0, 2)], [0x50, 0x4b], 'a ZIP file ("PK")')
    assert.deepEqual(policyViolations, [])
    assert.deepEqual(pageErrors, [])
  })
})
