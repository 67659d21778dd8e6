import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { openPage } from './support/browser.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { personWithOwnPassword } from './support/api.mjs'
import { field, mainNavigation, navigationLinks, signIn, text, waitForPath } from './support/app.mjs'

/** A trainee of Tuyên Quang province who has already chosen her own password. */
const lan = Object.freeze({
  username: 'lanvt',
  fullName: 'Vũ Thị Lan',
  email: 'lanvt@tuyenquang.gov.vn',
  unitCode: 'tinh-tuyen-quang',
  roles: ['TRAINEE'],
  password: 'Hoc-truyen-thong-2026',
})

/** The press course of the shipped curriculum (content/courses/bao-chi-phat-ngon) and its first lessons. */
const course = Object.freeze({
  code: 'bao-chi-phat-ngon',
  title: 'Quan hệ báo chí và công tác phát ngôn',
  prerequisite: 'Nền tảng truyền thông chính sách',
  requiredLessons: 9,
  lesson1: 'Người phát ngôn - ai được nói thay cơ quan và chịu trách nhiệm gì',
  lesson2: 'Cung cấp thông tin cho báo chí định kỳ và đột xuất',
  lesson4: 'Viết thông cáo báo chí về một chính sách',
})

describe('learning a course', () => {
  const suite = platformAndBrowser()

  before(async () => {
    await personWithOwnPassword(suite.platform.baseUrl, lan)
  })

  it('a trainee finds a course in the catalogue, enrols, reads a lesson, marks it done and sees the progress at home', async () => {
    const { page, pageErrors } = await openPage(suite.browser, suite.platform.baseUrl)
    await page.setViewportSize({ width: 360, height: 780 })

    // Given Lan, signed in on her phone: her home page has no course yet, and the navigation offers her learning,
    // the catalogue, her competencies and her certificates
    await page.goto('/login')
    await signIn(page, lan)
    await waitForPath(page, '/')
    await page.getByText(text('vi', 'dashboard.emptyTitle')).waitFor()
    await page.getByRole('button', { name: text('vi', 'header.openMenu') }).click()
    assert.deepEqual(await navigationLinks(page), [
      text('vi', 'nav.home'),
      text('vi', 'nav.learning'),
      text('vi', 'nav.catalogue'),
      text('vi', 'nav.myCompetencies'),
      text('vi', 'nav.myCertificates'),
    ])

    // When she opens the catalogue and searches without diacritics
    await (await mainNavigation(page)).getByRole('link', { name: text('vi', 'nav.catalogue') }).click()
    await waitForPath(page, '/courses')
    await page.getByRole('heading', { level: 1, name: text('vi', 'catalogue.heading') }).waitFor()
    const search = page.getByRole('search', { name: text('vi', 'catalogue.filters.label') })
    await field(search, text('vi', 'catalogue.filters.q')).fill('quan he bao chi')
    await search.getByRole('button', { name: text('vi', 'catalogue.filters.search') }).click()

    // Then the press course is the one found, and the search is kept in the address
    const searched = await waitForPath(page, /^\/courses\?q=/)
    assert.equal(new URLSearchParams(searched.split('?')[1]).get('q'), 'quan he bao chi')
    await page.getByRole('heading', { name: text('vi', 'catalogue.count', { count: 1 }) }).waitFor()

    // When she opens the course page
    await page.getByRole('link', { name: course.title }).click()
    await waitForPath(page, `/courses/${course.code}`)
    await page.getByRole('heading', { level: 1, name: course.title }).waitFor()

    // Then it shows what to take first, without stopping her from enrolling
    const prerequisites = page.getByRole('region', { name: text('vi', 'course.prerequisites.heading') })
    await prerequisites.getByRole('link', { name: course.prerequisite }).waitFor()
    await prerequisites.getByText(text('vi', 'course.prerequisites.notCompleted')).waitFor()

    // When she enrols
    await page.getByRole('button', { name: text('vi', 'course.enrolment.enrol') }).click()
    await page.getByText(text('vi', 'course.enrolment.enrolled')).waitFor()

    // And starts with the first lesson
    await page.getByRole('link', { name: text('vi', 'course.enrolment.start') }).click()
    await waitForPath(page, new RegExp(`^/learn/\\d+/l01-`))
    await page.getByRole('heading', { level: 1, name: course.lesson1 }).waitFor()
    const content = page.getByRole('region', { name: text('vi', 'lesson.content') })
    await content.getByRole('heading', { level: 2 }).first().waitFor() // the lesson's sections, under its title
    assert.equal(await content.locator('script, iframe, [onclick], [onerror]').count(), 0)
    const progress = page.getByRole('progressbar', { name: text('vi', 'progress.label', { title: course.title }) })
    assert.equal(await progress.getAttribute('aria-valuenow'), '0')
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'the lesson fits a 360px wide screen without scrolling sideways')

    // When she marks it as done with the keyboard
    const markDone = page.getByRole('button', { name: text('vi', 'lesson.markDone') })
    await markDone.focus()
    await page.keyboard.press('Enter')

    // Then the lesson is done and the course's progress moves on (1 of 9 required lessons)
    await page.getByText(text('vi', 'lesson.done')).waitFor()
    await page.getByText(text('vi', 'lesson.markedDone')).waitFor()
    assert.equal(await progress.getAttribute('aria-valuenow'), '11')

    // When she goes on to the next lesson, the reader follows
    const lessonNavigation = page.getByRole('navigation', { name: text('vi', 'lesson.navigation') })
    await lessonNavigation.getByRole('link', { name: new RegExp(course.lesson2) }).click()
    await waitForPath(page, new RegExp(`^/learn/\\d+/l02-`))
    await page.getByRole('heading', { level: 1, name: course.lesson2 }).waitFor()

    // Then her learning page shows the course with its progress and where to continue
    await page.goto('/learning')
    await page.getByRole('heading', { level: 1, name: text('vi', 'dashboard.heading') }).waitFor()
    const onDashboard = page.getByRole('progressbar', { name: text('vi', 'progress.label', { title: course.title }) })
    assert.equal(await onDashboard.getAttribute('aria-valuenow'), '11')
    assert.equal(await onDashboard.getAttribute('aria-valuetext'), text('vi', 'progress.valueText', { percent: 11 }))
    await page.getByText(text('vi', 'dashboard.lessons', { done: 1, total: course.requiredLessons })).waitFor()
    const next = page.getByRole('link', { name: text('vi', 'dashboard.next', { title: course.lesson2 }) })
    assert.match(await next.getAttribute('href'), /^\/learn\/\d+\/l02-/)

    // And a lesson's picture comes from the course's own files, behind her session
    await page.getByRole('link', { name: course.title }).click()
    await page.getByRole('link', { name: course.lesson4, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: course.lesson4 }).waitFor()
    const picture = page.getByRole('region', { name: text('vi', 'lesson.content') }).getByRole('img').first()
    await picture.scrollIntoViewIfNeeded()
    assert.match(await picture.getAttribute('src'), new RegExp(`^/api/courses/${course.code}/assets/`))
    await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await picture.elementHandle())
    assert.deepEqual(pageErrors, [])
  })
})
