import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { openPage } from './support/browser.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { personWithOwnPassword } from './support/api.mjs'
import { field, mainNavigation, signIn, text, waitForPath } from './support/app.mjs'

/** Two trainers: Hùng writes the course, Mai reviews it. And Lan, a trainee who will take it. */
const hung = Object.freeze({
  username: 'hungnv', fullName: 'Nguyễn Văn Hùng', email: 'hungnv@mic.gov.vn', unitCode: 'tinh-tuyen-quang',
  roles: ['TRAINER'], password: 'Soan-bai-giang-2026',
})
const mai = Object.freeze({
  username: 'maitt', fullName: 'Trần Thị Mai', email: 'maitt@mic.gov.vn', unitCode: 'tinh-tuyen-quang',
  roles: ['TRAINER'], password: 'Tham-dinh-noi-dung-2026',
})
const lan = Object.freeze({
  username: 'lanvt', fullName: 'Vũ Thị Lan', email: 'lanvt@tuyenquang.gov.vn', unitCode: 'tinh-tuyen-quang',
  roles: ['TRAINEE'], password: 'Hoc-truyen-thong-2026',
})

const course = Object.freeze({
  code: 'ky-nang-viet-tin-ngan',
  titleVi: 'Kỹ năng viết tin ngắn',
  titleEn: 'Writing short news',
  lessonFile: 'lessons/l01-gioi-thieu.md',
  lessonTitle: 'Giới thiệu',
  sentence: 'Một tin ngắn trả lời năm câu hỏi: ai, làm gì, ở đâu, khi nào, vì sao.',
})

describe('authoring a course', () => {
  const suite = platformAndBrowser()

  before(async () => {
    for (const person of [hung, mai, lan]) await personWithOwnPassword(suite.platform.baseUrl, person)
  })

  it('a trainer writes a small course and submits it, another trainer publishes it, and a trainee reads it', async () => {
    // Given Hùng, a trainer, signed in: the navigation offers course authoring
    const writer = await openPage(suite.browser, suite.platform.baseUrl)
    await writer.page.goto('/login')
    await signIn(writer.page, hung)
    await waitForPath(writer.page, '/')
    await (await mainNavigation(writer.page)).getByRole('link', { name: text('vi', 'nav.authoring') }).click()
    await waitForPath(writer.page, '/authoring')

    // When he creates a course from its code and titles
    const create = writer.page.getByRole('form', { name: text('vi', 'authoring.create.title') })
      .or(writer.page.locator('form').filter({ hasText: text('vi', 'authoring.create.title') }))
    await field(create, text('vi', 'authoring.create.code')).fill(course.code)
    await field(create, text('vi', 'authoring.create.titleVi')).fill(course.titleVi)
    await field(create, text('vi', 'authoring.create.titleEn')).fill(course.titleEn)
    await create.getByRole('button', { name: text('vi', 'authoring.create.submit') }).click()

    // Then its editor opens on a valid draft
    await waitForPath(writer.page, `/authoring/${course.code}`)
    await writer.page.getByRole('heading', { level: 1, name: course.titleVi }).waitFor()
    await writer.page.getByRole('heading', { name: text('vi', 'authoring.problems.none') }).waitFor()

    // When he writes the lesson, the preview shows it as trainees will see it, and he saves it
    await writer.page.getByRole('button', { name: course.lessonFile, exact: true }).click()
    const editor = writer.page.getByLabel(text('vi', 'authoring.file.label', { path: course.lessonFile }))
    await writer.page.waitForFunction((area) => area.value.includes('---') && !area.disabled, await editor.elementHandle())
    await editor.fill(`${await editor.inputValue()}\n${course.sentence}\n`)
    const preview = writer.page.getByRole('region', { name: text('vi', 'authoring.file.preview') })
    await preview.getByText(course.sentence).waitFor()
    await writer.page.getByRole('button', { name: text('vi', 'authoring.file.save') }).click()
    await writer.page.getByText(text('vi', 'authoring.saved')).waitFor()

    // And submits the draft for review
    await writer.page.getByRole('button', { name: text('vi', 'authoring.review.submit') }).click()
    await writer.page.getByText(text('vi', 'authoring.review.submitted')).waitFor()
    await writer.page.getByText(text('vi', 'authoring.review.notYours')).waitFor()
    assert.equal(await writer.page.getByRole('button', { name: text('vi', 'authoring.review.approve') }).isDisabled(), true)

    // When Mai, another trainer, opens the draft from the list and approves it
    const reviewer = await openPage(suite.browser, suite.platform.baseUrl)
    await reviewer.page.goto('/login')
    await signIn(reviewer.page, mai)
    await waitForPath(reviewer.page, '/')
    await reviewer.page.goto('/authoring')
    const row = reviewer.page.getByRole('row').filter({ hasText: course.code })
    await row.getByText(text('vi', 'authoring.state.IN_REVIEW')).waitFor()
    await row.getByRole('button', { name: text('vi', 'authoring.list.open', { code: course.code }) }).click()
    await waitForPath(reviewer.page, `/authoring/${course.code}`)
    await reviewer.page.getByRole('button', { name: text('vi', 'authoring.review.approve') }).click()

    // Then the course is published, and the change log says who did what
    await reviewer.page.getByText(text('vi', 'authoring.review.published')).waitFor()
    const log = reviewer.page.getByRole('region', { name: text('vi', 'authoring.changes.title') })
      .or(reviewer.page.locator('.change-log'))
    await log.getByText(text('vi', 'authoring.changes.PUBLISH')).first().waitFor()
    await log.getByText(hung.username).first().waitFor()

    // When Lan, a trainee, looks for it in the catalogue, enrols and starts
    const trainee = await openPage(suite.browser, suite.platform.baseUrl)
    await trainee.page.goto('/login')
    await signIn(trainee.page, lan)
    await waitForPath(trainee.page, '/')
    await trainee.page.goto('/courses')
    const search = trainee.page.getByRole('search', { name: text('vi', 'catalogue.filters.label') })
    await field(search, text('vi', 'catalogue.filters.q')).fill('viet tin ngan')
    await search.getByRole('button', { name: text('vi', 'catalogue.filters.search') }).click()
    await trainee.page.getByRole('link', { name: course.titleVi }).click()
    await waitForPath(trainee.page, `/courses/${course.code}`)
    await trainee.page.getByRole('button', { name: text('vi', 'course.enrolment.enrol') }).click()
    await trainee.page.getByRole('link', { name: text('vi', 'course.enrolment.start') }).click()

    // Then she reads the lesson Hùng wrote
    await waitForPath(trainee.page, /^\/learn\/\d+\/l01-gioi-thieu$/)
    await trainee.page.getByRole('heading', { level: 1, name: course.lessonTitle }).waitFor()
    await trainee.page.getByRole('region', { name: text('vi', 'lesson.content') }).getByText(course.sentence).waitFor()
    assert.deepEqual([...writer.pageErrors, ...reviewer.pageErrors, ...trainee.pageErrors], [])
  })
})
