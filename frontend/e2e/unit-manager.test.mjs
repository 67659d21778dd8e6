import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { openPage } from './support/browser.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { accessToken, call, personWithOwnPassword } from './support/api.mjs'
import { field, mainNavigation, navigationLinks, signIn, tableRows, text, waitForPath } from './support/app.mjs'

/**
 * The unit manager of Lào Cai and three of its trainees, made through the API as the administrator would. Dũng was
 * given the press course earlier and is now three days late; Mai and Sáng get the crisis course in this test.
 */
const PASSWORD = 'Tien-do-hoc-vien-2026'
const manager = { username: 'hungdv', fullName: 'Đỗ Văn Hùng', unitCode: 'tinh-lao-cai', roles: ['UNIT_MANAGER'] }
const dung = { username: 'dungdv', fullName: 'Đặng Văn Dũng', unitCode: 'tinh-lao-cai', roles: ['TRAINEE'] }
const mai = { username: 'maltt', fullName: 'Lý Thị Mai', unitCode: 'tinh-lao-cai', roles: ['TRAINEE'] }
const sang = { username: 'sangvh', fullName: 'Vàng Hồng Sáng', unitCode: 'tinh-lao-cai', roles: ['TRAINEE'] }
const PRESS = { code: 'bao-chi-phat-ngon', title: 'Quan hệ báo chí và công tác phát ngôn' }
const CRISIS = { code: 'xu-ly-khung-hoang', title: 'Xử lý khủng hoảng truyền thông' }

/** A calendar day in Vietnam, where due dates are kept, `days` from today: yyyy-mm-dd. */
function vietnamDay(days) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
  const day = new Date(`${today}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + days)
  return day.toISOString().slice(0, 10)
}

/** A date as the app writes it in Vietnamese (useLabels.formatDate). */
/** A trainee's name cell: the name links to the profile (a hidden hint says so to screen readers), then the username. */
function listed(person) {
  return `${person.fullName} – ${text('vi', 'reports.trainees.profile')} (${person.username})`
}

function shownDate(isoDate) {
  return new Intl.DateTimeFormat('vi-VN', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`))
}

describe('a unit manager follows and assigns', () => {
  const suite = platformAndBrowser()

  it("sees its trainees' progress with the overdue one first, assigns a course with a due date to two trainees, and one of them finds it on her dashboard", async () => {
    const { platform } = suite
    const baseUrl = platform.baseUrl
    const people = {}
    for (const person of [manager, dung, mai, sang]) {
      people[person.username] = await personWithOwnPassword(baseUrl, { ...person, email: `${person.username}@example.gov.vn`, password: PASSWORD })
    }
    // Given Dũng was assigned the press course due today, and three days have passed since (the API only takes due
    // dates from today on, so the past is written into the database while the platform is stopped)
    const managerToken = await accessToken(baseUrl, { username: manager.username, password: PASSWORD })
    const late = await call(baseUrl, 'POST', '/api/enrolments', {
      token: managerToken,
      body: { userId: people.dungdv.id, courseCode: PRESS.code, dueOn: vietnamDay(0) },
    })
    await platform.changeDatabaseWhileStopped(`UPDATE enrolment SET due_on = DATEADD('DAY', -3, due_on) WHERE id = ${late.id}`)

    // When the manager signs in, the navigation offers "Tiến độ học viên"
    const { page, pageErrors } = await openPage(suite.browser, baseUrl)
    await page.goto('/login')
    await signIn(page, { username: manager.username, password: PASSWORD })
    await waitForPath(page, '/')
    assert.deepEqual(await navigationLinks(page), [
      text('vi', 'nav.home'),
      text('vi', 'nav.catalogue'),
      text('vi', 'nav.unitTrainees'),
      text('vi', 'nav.unitImport'),
      text('vi', 'nav.unitCertificates'),
      text('vi', 'nav.unitProgress'),
      text('vi', 'nav.reports'),
    ])
    await (await mainNavigation(page)).getByRole('link', { name: text('vi', 'nav.unitProgress') }).click()
    await waitForPath(page, '/unit/progress')

    // Then Dũng's press course is listed, overdue, with its due date
    await page.getByRole('heading', { level: 1, name: text('vi', 'unitProgress.title') }).waitFor()
    await page.getByRole('heading', { name: text('vi', 'unitProgress.count', { count: 1 }) }).waitFor()
    const table = page.getByRole('table')
    let rows = await tableRows(table)
    assert.equal(rows.length, 1)
    assert.equal(rows[0][0], listed(dung))
    assert.equal(rows[0][1], PRESS.title)
    // and the name opens Dũng's competency profile
    const profileLink = table.getByRole('link', { name: `${dung.fullName} – ${text('vi', 'reports.trainees.profile')}` })
    assert.equal(await profileLink.getAttribute('href'), `/trainees/${people.dungdv.id}/competencies`)
    assert.equal(rows[0][4], shownDate(vietnamDay(-3)))
    assert.equal(rows[0][5], text('vi', 'unitProgress.status.overdue'))
    assert.match(await table.locator('tbody tr').first().getAttribute('class'), /is-overdue/)

    // When they ask for the overdue ones only, the filter goes into the address and Dũng is still there
    await page.getByRole('checkbox', { name: text('vi', 'unitProgress.overdueOnly') }).check()
    await waitForPath(page, '/unit/progress?overdue=true')
    await page.getByRole('heading', { name: text('vi', 'unitProgress.countOverdue', { count: 1 }) }).waitFor()
    assert.equal((await tableRows(table))[0][0], listed(dung))
    await page.getByRole('checkbox', { name: text('vi', 'unitProgress.overdueOnly') }).uncheck()
    await waitForPath(page, '/unit/progress')

    // When they tick Mai and Sáng, choose the crisis course and a due date two weeks away, and assign
    const dueOn = vietnamDay(14)
    const form = page.getByRole('region', { name: text('vi', 'bulkAssign.heading') })
    await form.getByRole('checkbox', { name: new RegExp(mai.fullName) }).check()
    await form.getByRole('checkbox', { name: new RegExp(sang.fullName) }).check()
    await field(form, text('vi', 'bulkAssign.course')).selectOption(CRISIS.code)
    await field(form, text('vi', 'assign.dueOn')).fill(dueOn)
    await form.getByRole('button', { name: text('vi', 'bulkAssign.submit', { count: 2 }) }).click()

    // Then both are reported assigned, and the progress list now holds their crisis course with its due date
    await form.getByRole('heading', { name: text('vi', 'bulkAssign.summary', { done: 2, total: 2 }) }).waitFor()
    await page.getByRole('heading', { name: text('vi', 'unitProgress.count', { count: 3 }) }).waitFor()
    rows = await tableRows(table)
    assert.equal(rows[0][0], listed(dung), 'the overdue row stays first')
    const assigned = rows.filter((row) => row[1] === CRISIS.title)
    assert.deepEqual(assigned.map((row) => row[0]).sort(), [listed(mai), listed(sang)].sort())
    for (const row of assigned) {
      assert.equal(row[4], shownDate(dueOn))
      assert.equal(row[5], text('vi', 'unitProgress.status.inProgress'))
    }
    assert.deepEqual(pageErrors, [])

    // When Mai signs in, her dashboard shows the crisis course with its due date, assigned by her manager
    const trainee = await openPage(suite.browser, baseUrl)
    await trainee.page.goto('/login')
    await signIn(trainee.page, { username: mai.username, password: PASSWORD })
    await waitForPath(trainee.page, '/')
    const card = trainee.page.locator('article.enrolment-card').filter({ hasText: CRISIS.title })
    await card.getByText(text('vi', 'dashboard.due', { date: shownDate(dueOn) })).waitFor()
    await card.getByText(text('vi', 'dashboard.assignedBy', { name: manager.fullName })).waitFor()
    assert.deepEqual(trainee.pageErrors, [])
  })
})
