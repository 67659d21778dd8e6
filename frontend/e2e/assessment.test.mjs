import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { openPage } from './support/browser.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { enrolled, personWithOwnPassword } from './support/api.mjs'
import { mainNavigation, signIn, text, waitForPath } from './support/app.mjs'

/** A trainee of Tuyên Quang province, already enrolled in the press course. */
const minh = Object.freeze({
  username: 'minhlq',
  fullName: 'Lê Quang Minh',
  email: 'minhlq@tuyenquang.gov.vn',
  unitCode: 'tinh-tuyen-quang',
  roles: ['TRAINEE'],
  password: 'Danh-gia-nang-luc-2026',
})

/** The press course of the shipped curriculum: its practice quiz and its drill (content/courses/bao-chi-phat-ngon). */
const course = Object.freeze({
  code: 'bao-chi-phat-ngon',
  practiceQuiz: 'Bài luyện tập - Quan hệ báo chí và công tác phát ngôn',
  drill: 'Ba giờ trước hạn chót của tòa soạn',
})

describe('quizzes, drills and my competencies', () => {
  const suite = platformAndBrowser()

  before(async () => {
    await personWithOwnPassword(suite.platform.baseUrl, minh)
    await enrolled(suite.platform.baseUrl, minh, course.code)
  })

  it('a trainee takes the practice quiz, sees the feedback, runs a drill step and opens his competencies', async () => {
    const { page, pageErrors } = await openPage(suite.browser, suite.platform.baseUrl)
    await page.goto('/login')
    await signIn(page, minh)
    await waitForPath(page, '/')

    // Given the course page, which lists the course's quizzes and drills
    await page.goto(`/courses/${course.code}`)
    const assessments = page.getByRole('region', { name: text('vi', 'courseAssessments.heading') })
    await assessments.getByRole('link', { name: course.practiceQuiz }).click()
    await waitForPath(page, /^\/enrolments\/\d+\/quizzes\/luyen-tap$/)

    // When he starts the practice quiz, answers nothing (an ordering question is sent as it stands, which is never the
    // right order) and submits
    await page.getByRole('button', { name: text('vi', 'quiz.start'), exact: true }).click()
    const questions = page.getByRole('group').filter({ hasText: text('vi', 'quiz.questionNumber', { number: 1 }) })
    await questions.first().waitFor()
    assert.equal(await page.getByRole('timer').count(), 0, 'a practice quiz has no time limit')
    const ordering = await page.getByText(text('vi', 'quiz.hints.ORDERING'), { exact: true }).count()
    await page.getByRole('button', { name: text('vi', 'quiz.submit'), exact: true }).click()

    // Then the result says 0 % and not passed, and explains every question with its right answer
    await waitForPath(page, /^\/attempts\/\d+$/)
    const score = page.getByRole('region', { name: text('vi', 'result.score') })
    await score.getByText(text('vi', 'quiz.percent', { value: 0 }), { exact: true }).waitFor()
    await score.getByText(text('vi', 'quiz.notPassed'), { exact: true }).waitFor()
    const feedback = page.getByRole('region', { name: text('vi', 'result.questions') })
    const explained = await feedback.getByText(text('vi', 'result.explanation'), { exact: true }).count()
    assert.ok(explained >= 5, `every question is explained (${explained})`)
    assert.equal(await feedback.getByText(text('vi', 'result.notAnswered'), { exact: true }).count(), explained - ordering)

    // When he runs the drill and takes the first option
    await page.goto(`/courses/${course.code}`)
    await assessments.getByRole('link', { name: course.drill }).click()
    await page.getByRole('button', { name: text('vi', 'drill.start'), exact: true }).click()
    const step = page.getByRole('region', { name: text('vi', 'drill.step', { number: 1 }) })
    await step.getByRole('radio').first().check()
    await step.getByRole('button', { name: text('vi', 'drill.choose') }).click()

    // Then he reads the feedback on his choice and the next situation
    await page.getByRole('region', { name: text('vi', 'drill.feedback') }).waitFor()
    await page.getByRole('heading', { name: text('vi', 'drill.step', { number: 2 }) }).waitFor()

    // And his competency profile lists every standard, with no level yet: practice gives no evidence
    await (await mainNavigation(page)).getByRole('link', { name: text('vi', 'nav.myCompetencies') }).click()
    await waitForPath(page, '/me/competencies')
    await page.getByText(text('vi', 'competencies.summary', { attained: 0, total: 10 })).waitFor()
    assert.equal(await page.getByRole('region').filter({ hasText: text('vi', 'competencies.noEvidence') }).count(), 10)
    assert.equal(await page.getByText(text('vi', 'competencies.noLevel'), { exact: true }).count(), 10)

    assert.deepEqual(pageErrors, [])
  })
})
