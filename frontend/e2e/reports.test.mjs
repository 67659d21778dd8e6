import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'
import { ADMIN } from './support/platform.mjs'
import { openPage } from './support/browser.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { field, mainNavigation, navigationLinks, signIn, text, waitForPath } from './support/app.mjs'

/**
 * People made through the API as the administrator would (certificates are only ever issued by the platform's
 * learning flow, so this suite counts registered trainees): a reviewer at the supervising ministry, the unit
 * manager of Lào Cai, three trainees there and one in Hà Nội.
 */
const PASSWORD = 'Bao-cao-chung-nhan-2026'
const reviewer = { username: 'thunt', fullName: 'Nguyễn Thị Thu', unitCode: 'bo-vhttdl', roles: ['REVIEWER'] }
const manager = { username: 'hungdv', fullName: 'Đỗ Văn Hùng', unitCode: 'tinh-lao-cai', roles: ['UNIT_MANAGER'] }
const laoCaiTrainees = [
  { username: 'maltt', fullName: 'Lý Thị Mai', unitCode: 'tinh-lao-cai', roles: ['TRAINEE'] },
  { username: 'sangvh', fullName: 'Vàng Hồng Sáng', unitCode: 'tinh-lao-cai', roles: ['TRAINEE'] },
  { username: 'anhnt', fullName: '=HYPERLINK("http://example.com","Ánh")', unitCode: 'tinh-lao-cai', roles: ['TRAINEE'] },
]
const haNoiTrainee = { username: 'binhlt', fullName: 'Lê Thanh Bình', unitCode: 'tp-ha-noi', roles: ['TRAINEE'] }
const LAO_CAI = 'Tỉnh Lào Cai'
const HA_NOI = 'Thành phố Hà Nội'

async function api(baseUrl, path, { token, body } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const answer = await response.json().catch(() => null)
  assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(answer)}`)
  return answer
}

/** Creates the account and chooses its own password, so that it signs in without a forced change. */
async function createPerson(baseUrl, adminToken, person) {
  const created = await api(baseUrl, '/api/users', {
    token: adminToken,
    body: { ...person, email: `${person.username}@example.gov.vn`, jobTitle: 'Chuyên viên' },
  })
  const login = await api(baseUrl, '/api/auth/login', {
    body: { username: person.username, password: created.temporaryPassword },
  })
  await api(baseUrl, '/api/me/password', {
    token: login.accessToken,
    body: { currentPassword: created.temporaryPassword, newPassword: PASSWORD },
  })
  return { username: person.username, password: PASSWORD }
}

/** The number a drill-down link shows ("1.234" in Vietnamese), once the report has loaded. */
async function countIn(link) {
  await link.waitFor()
  return Number((await link.textContent()).replace(/\D/g, ''))
}

/** The rows of a drill-down's first page, once its heading says it lists `expected` trainees. */
async function listedTrainees(page, expected) {
  await page.getByRole('heading', { level: 2, name: text('vi', 'reports.trainees.count', { count: expected.toLocaleString('vi-VN') }) }).waitFor()
  return page.getByRole('region', { name: text('vi', 'reports.trainees.count', { count: expected.toLocaleString('vi-VN') }) })
    .locator('tbody tr').count()
}

describe('certification reports', () => {
  const suite = platformAndBrowser()

  it('a reviewer filters, drills down and downloads the CSV; a unit manager sees only its own unit', async () => {
    const baseUrl = suite.platform.baseUrl
    const admin = await api(baseUrl, '/api/auth/login', { body: ADMIN })
    const people = {}
    for (const person of [reviewer, manager, ...laoCaiTrainees, haNoiTrainee]) {
      people[person.username] = await createPerson(baseUrl, admin.accessToken, person)
    }

    // Given the reviewer on the dashboard, reached through the navigation
    const { page, pageErrors } = await openPage(suite.browser, baseUrl)
    const policyViolations = []
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text())
    })
    await page.goto('/login')
    await signIn(page, people[reviewer.username])
    const nav = await mainNavigation(page)
    await nav.getByRole('link', { name: text('vi', 'nav.reports') }).click()
    await waitForPath(page, '/reports')
    await page.getByRole('heading', { level: 1, name: text('vi', 'reports.rates.heading') }).waitFor()
    const registered = (unit) =>
      page.getByRole('link', {
        name: text('vi', 'reports.rates.drillDown', { what: text('vi', 'reports.fields.registered'), unit }),
      })
    await registered(LAO_CAI).waitFor()
    assert.equal((await registered(LAO_CAI).textContent()).trim(), '3')
    assert.equal((await registered(HA_NOI).textContent()).trim(), '1')

    // When they search without diacritics, the table keeps Lào Cai only
    await field(page, text('vi', 'reports.rates.search')).fill('lao cai')
    await page.getByRole('row', { name: new RegExp(HA_NOI) }).waitFor({ state: 'detached' })
    const laoCai = page.getByRole('row', { name: new RegExp(LAO_CAI) })
    assert.match(await laoCai.textContent(), /0,0\s?%/, 'three registered, none certified: a rate of 0 %')

    // And when they filter by a course, the filter goes into the address and registered stays as it was
    await page.getByRole('combobox', { name: text('vi', 'reports.filters.course') })
      .selectOption({ label: 'Quan hệ báo chí và công tác phát ngôn' })
    await page.getByRole('button', { name: text('vi', 'reports.filters.apply') }).click()
    await waitForPath(page, /course=bao-chi-phat-ngon/)
    await page.getByText(text('vi', 'reports.help.heading')).click()
    await page.getByText(text('vi', 'reports.definitions.rate')).waitFor()
    assert.equal((await registered(LAO_CAI).textContent()).trim(), '3')

    // Then the number drills down to the three trainees behind it
    await registered(LAO_CAI).click()
    await waitForPath(page, /^\/reports\/units\/tinh-lao-cai\/trainees\?.*status=registered/)
    await page.getByRole('heading', { level: 1, name: text('vi', 'reports.trainees.heading', { unit: LAO_CAI }) }).waitFor()
    for (const trainee of laoCaiTrainees) {
      await page.getByRole('rowheader', { name: trainee.fullName }).waitFor()
    }
    assert.equal(await page.getByRole('rowheader', { name: haNoiTrainee.fullName }).count(), 0)

    // And back on the dashboard, the CSV downloads with a byte-order mark, Vietnamese names and no live formula
    await page.getByRole('link', { name: text('vi', 'reports.trainees.back') }).click()
    await waitForPath(page, /^\/reports\?/)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: text('vi', 'reports.download.csv') }).click(),
    ])
    assert.match(download.suggestedFilename(), /^ty-le-chung-nhan-ca-nuoc-\d{4}-\d{2}-\d{2}\.csv$/)
    const csv = await readFile(await download.path(), 'utf8')
    assert.ok(csv.startsWith('\uFEFF'), 'the CSV starts with a byte-order mark')
    const lines = csv.slice(1).split('\r\n')
    assert.equal(lines[0].split(',')[0], 'Mã đơn vị')
    const laoCaiLine = lines.find((line) => line.startsWith('tinh-lao-cai,'))
    assert.ok(laoCaiLine?.startsWith(`tinh-lao-cai,${LAO_CAI},Tỉnh,`), laoCaiLine)
    assert.equal(laoCaiLine.split(',')[4], '3', 'three registered trainees in the file too')
    const [traineesCsv] = await Promise.all([
      page.waitForEvent('download'),
      page.goto(`${baseUrl}/api/reports/units/tinh-lao-cai/trainees?status=registered&format=csv`).catch(() => null),
    ])
    const trainees = await readFile(await traineesCsv.path(), 'utf8')
    assert.ok(trainees.includes(`"'=HYPERLINK(""http://example.com"",""Ánh"")"`), 'the formula is neutralised')

    // And the trends tab draws its charts (Chart.js, within the Content-Security-Policy) beside their numbers
    await page.goto('/reports')
    await page.getByRole('navigation', { name: text('vi', 'reports.tabs.label') })
      .getByRole('link', { name: text('vi', 'reports.tabs.trends') }).click()
    await waitForPath(page, '/reports/trends')
    await page.getByText(text('vi', 'reports.trends.issuedChart'), { exact: true }).waitFor()
    await page.locator('canvas').first().waitFor()
    await page.getByRole('table', { name: text('vi', 'reports.trends.table') }).waitFor()

    // When they open a number of the totals by kind, the list behind it holds as many trainees as the number says
    await page.goto('/reports')
    const provincesRegistered = page.getByRole('link', {
      name: text('vi', 'reports.rates.drillDownTotal', {
        what: text('vi', 'reports.fields.registered'),
        total: text('vi', 'unitKinds.PROVINCE'),
      }),
    })
    const provinces = await countIn(provincesRegistered)
    assert.ok(provinces >= laoCaiTrainees.length, `${provinces} registered in the provinces`)
    await provincesRegistered.click()
    await waitForPath(page, /^\/reports\/trainees\?.*kind=PROVINCE/)
    assert.equal(await listedTrainees(page, provinces), Math.min(provinces, 50))
    for (const trainee of laoCaiTrainees) {
      await page.getByRole('rowheader', { name: trainee.fullName }).waitFor()
    }
    assert.equal(await page.getByRole('rowheader', { name: haNoiTrainee.fullName }).count(), 0, 'Hà Nội is a city')

    // And so does a number of the competency levels
    await page.goto('/reports/competencies')
    const level = page.getByRole('table', { name: text('vi', 'reports.competencies.chart') }).getByRole('link').first()
    const atLevel = await countIn(level)
    const label = await level.getAttribute('aria-label')
    await level.click()
    await waitForPath(page, /^\/reports\/competencies\/[A-Z]+\/trainees\?level=/)
    assert.equal(await listedTrainees(page, atLevel), Math.min(atLevel, 50), label)
    assert.deepEqual(policyViolations, [])
    assert.deepEqual(pageErrors, [])

    // When the unit manager of Lào Cai signs in on their own computer
    const own = await openPage(suite.browser, baseUrl)
    try {
      await own.page.goto('/login')
      await signIn(own.page, people[manager.username])
      assert.ok((await navigationLinks(own.page)).includes(text('vi', 'nav.reports')))
      await own.page.goto('/reports')

      // Then the same dashboard shows their unit alone, without a search across units
      await own.page.getByRole('heading', { level: 1, name: text('vi', 'reports.rates.heading') }).waitFor()
      await own.page.getByText(text('vi', 'reports.rates.count', { count: 1 })).waitFor()
      assert.equal(await own.page.getByRole('row', { name: new RegExp(LAO_CAI) }).count(), 1)
      assert.equal(await own.page.getByText(HA_NOI).count(), 0)
      assert.equal(await field(own.page, text('vi', 'reports.rates.search')).count(), 0)

      // And another unit's trainees do not exist for them
      assert.equal((await own.page.request.get('/api/reports/units/tp-ha-noi/trainees')).status(), 404)
      const rates = await (await own.page.request.get('/api/reports/certification-rates')).json()
      assert.deepEqual(rates.units.map((unit) => unit.code), ['tinh-lao-cai'])
      assert.deepEqual(own.pageErrors, [])
    } finally {
      await own.context.close()
    }
  })
})
