import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { before, describe, it } from 'node:test'
import { openPage } from './support/browser.mjs'
import { accessToken, call, enrolled, personWithOwnPassword } from './support/api.mjs'
import { assignmentPassed, finalQuizPassed, lessonsDoneButTheLast } from './support/coursework.mjs'
import { field, mainNavigation, signIn, text, waitForPath } from './support/app.mjs'
import { platformAndBrowser } from './support/suite.mjs'

/*
 * One certificate from issue to revocation, all of it real: the platform issues it when the trainee meets the course's
 * rule (the lessons, the assignment and the final quiz are done through the API, as the app's pages send them; the
 * last lesson is marked done in the browser), and everything that is done with the certificate afterwards is done in
 * the browser: the dashboard, My certificates, the PDF and the Open Badge, the share link on a phone, revocation by a
 * reviewer, and the public page saying so.
 */

const PASSWORD = 'Chung-nhan-tu-dau-den-cuoi-2026'

/** A trainee of Tuyên Quang province; her name has the diacritics a PDF must keep. */
const thuy = Object.freeze({
  username: 'thuypt',
  fullName: 'Phạm Thị Thuỷ',
  email: 'thuypt@tuyenquang.gov.vn',
  unitCode: 'tinh-tuyen-quang',
  roles: ['TRAINEE'],
  password: PASSWORD,
})

/** A trainer (giảng viên) of the supervising ministry, who grades assignments. */
const trainer = Object.freeze({
  username: 'binhtv',
  fullName: 'Trần Văn Bình',
  email: 'binhtv@bvhttdl.gov.vn',
  unitCode: 'bo-vhttdl',
  roles: ['TRAINER'],
  password: PASSWORD,
})

/** A reviewer (cán bộ thẩm định) of the supervising ministry, who may revoke certificates. */
const reviewer = Object.freeze({
  username: 'hanhdt',
  fullName: 'Đỗ Thị Hạnh',
  email: 'hanhdt@bvhttdl.gov.vn',
  unitCode: 'bo-vhttdl',
  roles: ['REVIEWER'],
  password: PASSWORD,
})

/** The foundation course of the shipped curriculum and its certification rule (content/courses/nen-tang-ttcs). */
const course = Object.freeze({
  code: 'nen-tang-ttcs',
  title: 'Nền tảng truyền thông chính sách',
  titleEnglish: 'Foundations of policy communication',
  finalQuiz: 'final',
  practiceQuiz: 'luyen-tap',
  assignment: 'ke-hoach-oasis',
})

/** The phone of someone who scans the certificate's QR code (an iPhone SE's screen). */
const PHONE_375 = Object.freeze({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true })

const REASON = 'Cấp nhầm: bài tập thực hành được chấm lại và không đạt yêu cầu.'

/** Today in the platform's time zone, as the verification page prints dates (dd/MM/yyyy). */
function todayInVietnam() {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
}

function decodeJwtPart(part) {
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
}

/** Opens `url` on a phone that has never signed in; checks the page fits the screen. Answers the page. */
async function openOnPhone(suite, url) {
  const { page, pageErrors, policyViolations } = await openPage(suite.browser, suite.platform.baseUrl, PHONE_375)
  const response = await page.goto(url)
  assert.equal(response.status(), 200)
  assert.match(response.headers()['content-type'], /^text\/html/)
  await page.getByRole('heading', { level: 1, name: /^Xác thực chứng nhận/ }).waitFor()
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    body: document.body.scrollWidth,
    screen: window.innerWidth,
    widest: Math.max(...[...document.querySelectorAll('body *')].map((element) => element.getBoundingClientRect().right)),
  }))
  assert.equal(widths.screen, 375)
  assert.ok(widths.page <= widths.screen, `no sideways scrolling on a phone: ${JSON.stringify(widths)}`)
  assert.ok(widths.body <= widths.screen && widths.widest <= widths.screen, `nothing wider than the screen: ${JSON.stringify(widths)}`)
  assert.deepEqual(policyViolations, [])
  assert.deepEqual(pageErrors, [])
  return page
}

describe('a certificate from issue to revocation', () => {
  const suite = platformAndBrowser()
  /** Filled in as the story goes on. */
  const issued = { number: undefined, shareUrl: undefined, pdf: undefined }
  let lastLesson

  before(async () => {
    const { baseUrl } = suite.platform
    await personWithOwnPassword(baseUrl, thuy)
    await personWithOwnPassword(baseUrl, trainer)
    await personWithOwnPassword(baseUrl, reviewer)
    const enrolment = await enrolled(baseUrl, thuy, course.code)
    const traineeToken = await accessToken(baseUrl, thuy)
    lastLesson = await lessonsDoneButTheLast(baseUrl, traineeToken, enrolment.id)
    lastLesson.enrolmentId = enrolment.id
    await assignmentPassed(baseUrl, { traineeToken, trainerToken: await accessToken(baseUrl, trainer) }, enrolment.id,
      course.assignment)
    await finalQuizPassed(baseUrl, traineeToken, enrolment.id, course)
    assert.deepEqual(await call(baseUrl, 'GET', '/api/me/certificates', { token: traineeToken }), [],
      'one required lesson is still not done, so there is no certificate yet')
  })

  it('the trainee marks the last lesson done and finds her new certificate on the dashboard and in My certificates', async () => {
    const { page, pageErrors, policyViolations } = await openPage(suite.browser, suite.platform.baseUrl)
    await page.goto('/login')
    await signIn(page, thuy)
    await waitForPath(page, '/')

    // When she opens the last lesson and marks it done
    await page.goto(`/learn/${lastLesson.enrolmentId}/${lastLesson.key}`)
    await page.getByRole('button', { name: text('vi', 'lesson.markDone') }).click()
    await page.getByText(text('vi', 'lesson.courseDone')).or(page.getByText(text('vi', 'lesson.markedDone'))).first().waitFor()

    // Then her learning dashboard shows the certificate, valid, with its expiry, and leads to My certificates
    await (await mainNavigation(page)).getByRole('link', { name: text('vi', 'nav.learning') }).click()
    await waitForPath(page, '/learning')
    const overview = page.getByRole('region', { name: text('vi', 'certificates.overview.heading') })
    const item = overview.getByRole('listitem').filter({ hasText: course.title })
    await item.waitFor()
    await item.getByText(text('vi', 'certificates.status.VALID'), { exact: true }).waitFor()
    assert.match(await item.textContent(), /Có giá trị đến \d{1,2} thg \d{1,2}, \d{4}/)
    await overview.getByRole('link', { name: text('vi', 'certificates.overview.viewAll') }).click()
    await waitForPath(page, '/me/certificates')

    // And My certificates lists it: course, number, valid
    const card = page.getByRole('article', { name: course.title })
    await card.waitFor()
    await card.getByText(text('vi', 'certificates.status.VALID'), { exact: true }).waitFor()
    issued.number = (await card.locator('code').first().textContent()).trim()
    assert.match(issued.number, /^TTCS-\d{4}-\d{6}$/)

    // When she downloads the PDF
    const [pdfDownload] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: text('vi', 'certificates.actions.downloadPdfFor', { course: course.title }) }).click(),
    ])
    issued.pdf = await readFile(await pdfDownload.path())

    // Then it is a signed PDF named after its number, the same bytes on every download
    assert.equal(pdfDownload.suggestedFilename(), `${issued.number}.pdf`)
    assert.equal(issued.pdf.subarray(0, 5).toString('latin1'), '%PDF-')
    assert.match(issued.pdf.subarray(-1024).toString('latin1'), /%%EOF\s*$/)
    assert.match(issued.pdf.toString('latin1'), /\/ByteRange\s*\[/, 'a signature covers the file')
    assert.match(issued.pdf.toString('latin1'), /adbe\.pkcs7\.detached/)
    const pdfHref = await card.getByRole('link', { name: text('vi', 'certificates.actions.downloadPdfFor', { course: course.title }) }).getAttribute('href')
    const again = await page.request.get(pdfHref)
    assert.equal(again.status(), 200)
    assert.equal(again.headers()['content-type'], 'application/pdf')
    assert.match(again.headers()['content-disposition'], new RegExp(`attachment; filename="?${issued.number}\\.pdf"?`))
    assert.ok(Buffer.compare(await again.body(), issued.pdf) === 0, 'every download returns the stored bytes')

    // When she downloads the Open Badge
    const [badgeDownload] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('link', { name: text('vi', 'certificates.actions.downloadBadgeFor', { course: course.title }) }).click(),
    ])

    // Then it is a signed Open Badges 3.0 credential for her and this course
    assert.equal(badgeDownload.suggestedFilename(), `${issued.number}.jwt`)
    const jwt = (await readFile(await badgeDownload.path(), 'utf8')).trim()
    const [header, payload, signature] = jwt.split('.')
    assert.ok(signature && signature.length > 100, 'the credential is signed')
    assert.equal(decodeJwtPart(header).alg, 'RS256')
    const credential = decodeJwtPart(payload)
    assert.deepEqual(credential.type, ['VerifiableCredential', 'OpenBadgeCredential'])
    assert.equal(credential.credentialSubject.achievement.name, course.title)
    assert.equal(credential.credentialSubject.identifier[0].identityHash, thuy.fullName)

    // When she copies the share link
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: suite.platform.baseUrl })
    await card.getByRole('button', { name: text('vi', 'certificates.actions.copyLinkFor', { course: course.title }) }).click()
    await card.getByText(text('vi', 'certificates.linkCopied'), { exact: true }).waitFor()
    issued.shareUrl = await page.evaluate(() => navigator.clipboard.readText())

    // Then it is the public verification page of this platform, the same one the badge's status points to
    assert.match(issued.shareUrl, new RegExp(`^${suite.platform.baseUrl}/verify/[A-Za-z0-9_-]{32}$`))
    const openLink = card.getByRole('link', { name: text('vi', 'certificates.actions.openVerification') })
    assert.equal(await openLink.getAttribute('href'), issued.shareUrl)
    assert.equal(credential.credentialStatus.id, issued.shareUrl.replace('/verify/', '/api/certificates/verify/'))
    assert.deepEqual(policyViolations, [])
    assert.deepEqual(pageErrors, [])
  })

  it('the share link opens on a phone without signing in and says VALID, with the holder and the course', async () => {
    assert.ok(issued.shareUrl, 'the certificate was issued and its link copied')

    const page = await openOnPhone(suite, issued.shareUrl)

    const status = page.locator('.status')
    assert.equal((await status.textContent()).trim(), 'Còn hiệu lực · Valid')
    const facts = await page.locator('dl').textContent()
    assert.ok(facts.includes(issued.number), facts)
    assert.ok(facts.includes(thuy.fullName), facts)
    assert.ok(facts.includes(course.title) && facts.includes(course.titleEnglish), facts)
    assert.ok(!facts.includes(thuy.email) && !facts.includes(thuy.username), 'nothing more personal than the name')
    const look = await status.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize))
    assert.ok(look >= 16, `a status readable on a phone, got ${look} px`)
  })

  it('a reviewer revokes it with a reason; the public page then says REVOKED, when and why', async () => {
    assert.ok(issued.number, 'the certificate was issued')
    const { page, pageErrors, policyViolations } = await openPage(suite.browser, suite.platform.baseUrl)
    await page.goto('/login')
    await signIn(page, reviewer)
    await waitForPath(page, '/')

    // Given the certificates of Tuyên Quang province, chosen in the picker
    await (await mainNavigation(page)).getByRole('link', { name: text('vi', 'nav.reviewCertificates') }).click()
    await waitForPath(page, '/certificates')
    await page.getByLabel(text('vi', 'certificates.fields.unit')).selectOption(thuy.unitCode)
    await waitForPath(page, `/certificates?unit=${thuy.unitCode}`)

    // When she revokes Thuỷ's certificate, giving the reason and confirming
    await page.getByRole('button', { name: text('vi', 'certificates.actions.revokeNumbered', { number: issued.number, name: thuy.fullName }) }).click()
    const dialog = page.getByRole('dialog', { name: text('vi', 'certificates.revoke.title', { number: issued.number }) })
    await field(dialog, text('vi', 'certificates.revoke.reason')).fill(REASON)
    await dialog.getByRole('button', { name: text('vi', 'certificates.revoke.continue') }).click()
    await dialog.getByText(REASON, { exact: true }).waitFor()
    await dialog.getByRole('button', { name: text('vi', 'certificates.revoke.submit') }).click()

    // Then the list says so
    await page.getByText(text('vi', 'certificates.revoke.done', { number: issued.number, name: thuy.fullName }), { exact: true }).waitFor()
    const row = page.getByRole('row').filter({ hasText: issued.number })
    await row.getByText(text('vi', 'certificates.status.REVOKED'), { exact: true }).waitFor()
    await row.getByText(REASON, { exact: true }).waitFor()
    assert.equal(await row.getByRole('button', { name: text('vi', 'certificates.actions.revoke') }).count(), 0, 'revoked once, for good')
    assert.deepEqual(policyViolations, [])
    assert.deepEqual(pageErrors, [])

    // And the public page, opened from the same link on a phone, says REVOKED with the date and the reason
    const publicPage = await openOnPhone(suite, issued.shareUrl)
    assert.equal((await publicPage.locator('.status').textContent()).trim(), 'Đã thu hồi · Revoked')
    const facts = await publicPage.locator('dl').textContent()
    assert.ok(facts.includes(REASON), facts)
    assert.ok(facts.includes(`Ngày thu hồi · Revoked on${todayInVietnam()}`), facts)
    assert.ok(facts.includes(thuy.fullName), facts)

    // And so does the status the Open Badge points to
    const verification = await call(suite.platform.baseUrl, 'GET',
      new URL(issued.shareUrl.replace('/verify/', '/api/certificates/verify/')).pathname)
    assert.equal(verification.status, 'REVOKED')
    assert.equal(verification.revocationReason, REASON)
  })
})
