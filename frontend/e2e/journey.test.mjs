import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { openPage } from './support/browser.mjs'
import { platformAndBrowser } from './support/suite.mjs'
import { enrolled, personWithOwnPassword } from './support/api.mjs'
import { bestChoices, rightAnswers } from './support/curriculum.mjs'
import { field, mainNavigation, navigationLinks, signIn, text, texts, waitForPath } from './support/app.mjs'
import { SCREENSHOT_VIEWPORT, screenshot } from './support/screenshots.mjs'

/** A trainee of Tuyên Quang province who has chosen her own password. */
const thu = Object.freeze({
  username: 'thuptm',
  fullName: 'Phạm Thị Minh Thư',
  email: 'thuptm@tuyenquang.gov.vn',
  unitCode: 'tinh-tuyen-quang',
  roles: ['TRAINEE'],
  password: 'Hanh-trinh-hoc-2026',
})

/** Another trainee of the same province, already enrolled, who submits the course's assignment. */
const hung = Object.freeze({
  username: 'hungdv',
  fullName: 'Đỗ Văn Hùng',
  email: 'hungdv@tuyenquang.gov.vn',
  unitCode: 'tinh-tuyen-quang',
  roles: ['TRAINEE'],
  password: 'Bai-tap-thuc-hanh-2026',
})

/** A trainer at the supervising ministry, who grades. */
const duc = Object.freeze({
  username: 'ducnv',
  fullName: 'Nguyễn Văn Đức',
  email: 'ducnv@bvhttdl.gov.vn',
  unitCode: 'bo-vhttdl',
  roles: ['TRAINER'],
  password: 'Cham-bai-theo-tieu-chi-2026',
})

/** The foundations course of the shipped curriculum (content/courses/nen-tang-ttcs). */
const course = Object.freeze({
  code: 'nen-tang-ttcs',
  title: 'Nền tảng truyền thông chính sách',
  lesson2: 'Chỉ thị 07/CT-TTg: nhiệm vụ của bộ, ngành, địa phương',
  finalQuiz: 'Bài kiểm tra cuối khóa - Nền tảng truyền thông chính sách',
  drillId: 'lay-y-kien-du-thao',
  drill: 'Ba tuần lấy ý kiến một dự thảo',
  assignment: 'Lập kế hoạch truyền thông theo phương pháp OASIS cho một dự thảo chính sách',
  /** Assessed by both the final quiz and the drill: two assessments, so a level once both are passed. */
  shared: 'Tham vấn, đối thoại, phối hợp và mạng lưới truyền thông',
})

/** Answers every question on the quiz page as the course's bank says is right. */
async function answerRightly(page, answers) {
  const questions = page.locator('fieldset.question')
  const count = await questions.count()
  assert.ok(count > 0)
  for (let i = 0; i < count; i++) {
    const question = questions.nth(i)
    const legend = (await question.locator('legend').textContent()).trim()
    const asked = legend.slice(text('vi', 'quiz.questionNumber', { number: i + 1 }).length).trim()
    const right = answers.get(asked)
    assert.ok(right, `the bank has the question "${asked}"`)
    if (right.type === 'TRUE_FALSE') {
      await question.getByRole('radio', { name: text('vi', right.answer ? 'quiz.true' : 'quiz.false'), exact: true }).check()
    } else if (right.type === 'ORDERING') {
      for (let target = 0; target < right.options.length; target++) {
        const item = right.options[target]
        let at = (await texts(question.locator('.ordering__text'))).indexOf(item)
        for (; at > target; at--) {
          await question.getByRole('button', { name: text('vi', 'quiz.ordering.up', { item }), exact: true }).click()
        }
      }
    } else {
      const role = right.type === 'SINGLE_CHOICE' ? 'radio' : 'checkbox'
      for (const option of right.options) await question.getByRole(role, { name: option, exact: true }).check()
    }
  }
}

describe('a trainee’s journey, and an assignment graded by a trainer', () => {
  const suite = platformAndBrowser()

  before(async () => {
    await personWithOwnPassword(suite.platform.baseUrl, thu)
    await personWithOwnPassword(suite.platform.baseUrl, hung)
    await personWithOwnPassword(suite.platform.baseUrl, duc)
    await enrolled(suite.platform.baseUrl, hung, course.code)
  })

  it('a trainee enrols, reads lessons, fails then passes the final quiz, plays a drill to the end and sees her level', async () => {
    const { page, pageErrors } = await openPage(suite.browser, suite.platform.baseUrl, { viewport: SCREENSHOT_VIEWPORT })
    await page.goto('/login')
    await signIn(page, thu)
    await waitForPath(page, '/')

    // Given her profile before she starts: no level in any standard
    await page.goto('/me/competencies')
    await page.getByText(text('vi', 'competencies.summary', { attained: 0, total: 10 })).waitFor()

    // When she finds the foundations course in the catalogue and enrols
    await (await mainNavigation(page)).getByRole('link', { name: text('vi', 'nav.catalogue') }).click()
    await waitForPath(page, '/courses')
    const card = page.getByRole('link', { name: course.title, exact: true }).first()
    await card.waitFor()
    await screenshot(page, 'catalogue')
    await card.click()
    await waitForPath(page, `/courses/${course.code}`)
    await page.getByRole('button', { name: text('vi', 'course.enrolment.enrol') }).click()
    await page.getByText(text('vi', 'course.enrolment.enrolled')).waitFor()
    await page.getByRole('region', { name: text('vi', 'courseAssignments.heading') }).getByRole('link', { name: course.assignment }).waitFor()
    await screenshot(page, 'course')

    // And reads the first two lessons, marking each as done
    await page.getByRole('link', { name: text('vi', 'course.enrolment.start') }).click()
    await waitForPath(page, /^\/learn\/\d+\/l01-/)
    await page.getByRole('region', { name: text('vi', 'lesson.content') }).getByRole('heading', { level: 2 }).first().waitFor()
    await screenshot(page, 'lesson')
    await page.getByRole('button', { name: text('vi', 'lesson.markDone') }).click()
    await page.getByText(text('vi', 'lesson.markedDone')).waitFor()
    await page.getByRole('navigation', { name: text('vi', 'lesson.navigation') }).getByRole('link', { name: new RegExp(course.lesson2) }).click()
    await waitForPath(page, /^\/learn\/\d+\/l02-/)
    await page.getByRole('button', { name: text('vi', 'lesson.markDone') }).click()
    await page.getByText(text('vi', 'lesson.markedDone')).waitFor()

    // Then her learning page shows the two lessons done
    await page.goto('/learning')
    const lessonsDone = text('vi', 'dashboard.lessons', { done: 2, total: 'TOTAL' }).replace('TOTAL', '\\d+')
    await page.getByText(new RegExp(`^${lessonsDone}$`)).first().waitFor()
    await screenshot(page, 'dashboard')

    // When she takes the final quiz and submits it without answering
    await page.goto(`/courses/${course.code}`)
    const assessments = page.getByRole('region', { name: text('vi', 'courseAssessments.heading') })
    await assessments.getByRole('link', { name: course.finalQuiz }).click()
    await page.getByRole('button', { name: text('vi', 'quiz.start'), exact: true }).click()
    await page.locator('fieldset.question').first().waitFor()
    await page.getByRole('button', { name: text('vi', 'quiz.submit'), exact: true }).click()

    // Then she has failed it
    await waitForPath(page, /^\/attempts\/\d+$/)
    const score = page.getByRole('region', { name: text('vi', 'result.score') })
    await score.getByText(text('vi', 'quiz.notPassed'), { exact: true }).waitFor()

    // When she takes it again and answers every question rightly
    await page.goto(`/courses/${course.code}`)
    await assessments.getByRole('link', { name: course.finalQuiz }).click()
    await page.getByRole('button', { name: text('vi', 'quiz.start'), exact: true }).click()
    await page.locator('fieldset.question').first().waitFor()
    await answerRightly(page, rightAnswers(course.code))
    await screenshot(page, 'quiz')
    await page.getByRole('button', { name: text('vi', 'quiz.submit'), exact: true }).click()

    // Then she has passed with full marks
    await waitForPath(page, /^\/attempts\/\d+$/)
    await score.getByText(text('vi', 'quiz.passed'), { exact: true }).waitFor()
    await score.getByText(text('vi', 'quiz.percent', { value: 100 }), { exact: true }).waitFor()
    await screenshot(page, 'result')

    // When she plays the drill to the end, choosing the best option at each step
    await page.goto(`/courses/${course.code}`)
    await assessments.getByRole('link', { name: course.drill }).click()
    await page.getByRole('button', { name: text('vi', 'drill.start'), exact: true }).click()
    const best = new Set(bestChoices(course.code, course.drillId).values())
    const result = page.getByRole('region', { name: text('vi', 'drill.result') })
    for (let step = 1; !(await result.isVisible()); step++) {
      assert.ok(step < 20, 'the drill ends')
      const region = page.getByRole('region', { name: text('vi', 'drill.step', { number: step }) })
      await region.getByRole('radio').first().waitFor()
      const options = await texts(region.locator('.choice span'))
      const choice = options.find((option) => best.has(option))
      assert.ok(choice, `step ${step} offers a best option`)
      await region.getByRole('radio', { name: choice, exact: true }).check()
      if (step === 2) await screenshot(page, 'drill')
      await region.getByRole('button', { name: text('vi', 'drill.choose') }).click()
      await page.getByRole('heading', { name: new RegExp(`^(${text('vi', 'drill.step', { number: step + 1 })}|${text('vi', 'drill.ending')})$`) }).waitFor()
    }
    await result.getByText(text('vi', 'quiz.passed'), { exact: true }).waitFor()

    // Then her profile has moved: three standards assessed by both now have a level, with both pieces of evidence
    await page.getByRole('link', { name: text('vi', 'result.toProfile') }).click()
    await waitForPath(page, '/me/competencies')
    await page.getByText(text('vi', 'competencies.summary', { attained: 3, total: 10 })).waitFor()
    const shared = page.getByRole('region', { name: course.shared, exact: true })
    await shared.locator('.standard__level').getByText(text('vi', 'levels.FOUNDATION')).waitFor()
    const evidence = await texts(shared.locator('tbody th'))
    assert.deepEqual(evidence.sort(), [
      `${text('vi', 'competencies.kinds.DRILL_RUN')}: ${course.drill}`,
      `${text('vi', 'competencies.kinds.QUIZ_ATTEMPT')}: ${course.finalQuiz}`,
    ].sort())
    // And the gap to the next level names courses that close it, linked to their pages
    const toNext = shared.getByText(text('vi', 'competencies.courses', { level: text('vi', 'levels.PRACTITIONER') }))
    assert.ok((await shared.locator('.gap-courses a[href^="/courses/"]').count()) >= 1)
    await toNext.waitFor()
    await toNext.evaluate((element) => element.scrollIntoView({ block: 'center' }))
    await screenshot(page, 'my-competencies')

    assert.deepEqual(pageErrors, [])
  })

  it('a trainee submits the assignment, a trainer grades it in the grading queue, and the trainee sees the grade', async () => {
    // Given Hùng on the assignment's page, from the course page
    const trainee = await openPage(suite.browser, suite.platform.baseUrl, { viewport: SCREENSHOT_VIEWPORT })
    await trainee.page.goto('/login')
    await signIn(trainee.page, hung)
    await waitForPath(trainee.page, '/')
    await trainee.page.goto(`/courses/${course.code}`)
    await trainee.page.getByRole('region', { name: text('vi', 'courseAssignments.heading') })
      .getByRole('link', { name: course.assignment }).click()
    await waitForPath(trainee.page, /^\/enrolments\/\d+\/assignments\/ke-hoach-oasis$/)
    await trainee.page.getByRole('heading', { level: 1, name: course.assignment }).waitFor()
    await trainee.page.getByRole('region', { name: text('vi', 'assignment.rubric') }).getByRole('listitem').first().waitFor()

    // When he writes his plan and submits it
    await field(trainee.page, text('vi', 'assignment.form.text')).fill('Kế hoạch OASIS: mục tiêu, đối tượng, chiến lược, triển khai, đánh giá.')
    await trainee.page.getByRole('button', { name: text('vi', 'assignment.form.submit'), exact: true }).click()

    // Then it waits for a trainer
    await trainee.page.getByText(text('vi', 'assignment.form.submitted')).waitFor()
    await trainee.page.getByText(text('vi', 'assignment.form.waiting')).waitFor()

    // When Đức, a trainer, opens the grading queue from his navigation
    const trainer = await openPage(suite.browser, suite.platform.baseUrl, { viewport: SCREENSHOT_VIEWPORT })
    await trainer.page.goto('/login')
    await signIn(trainer.page, duc)
    await waitForPath(trainer.page, '/')
    assert.deepEqual(await navigationLinks(trainer.page), [text('vi', 'nav.home'), text('vi', 'nav.catalogue'), text('vi', 'nav.authoring'), text('vi', 'nav.grading')])
    await (await mainNavigation(trainer.page)).getByRole('link', { name: text('vi', 'nav.grading') }).click()
    await waitForPath(trainer.page, '/grading')
    const grade = trainer.page.getByRole('link', { name: text('vi', 'grading.gradeNamed', { name: hung.fullName }) })
    await grade.waitFor()
    await screenshot(trainer.page, 'grading-queue')

    // And grades every criterion of the rubric, with a comment
    await grade.click()
    await waitForPath(trainer.page, /^\/grading\/\d+$/)
    const form = trainer.page.getByRole('region', { name: text('vi', 'gradingPage.form') })
    const points = form.getByRole('spinbutton')
    await points.first().waitFor()
    for (let i = 0; i < (await points.count()); i++) {
      await points.nth(i).fill(await points.nth(i).getAttribute('max'))
    }
    await form.getByLabel(text('vi', 'gradingPage.criterionComment')).first().fill('Mục tiêu đo được, rõ ràng.')
    await field(form, text('vi', 'gradingPage.overall')).fill('Kế hoạch đầy đủ, khả thi.')
    await form.scrollIntoViewIfNeeded()
    await trainer.page.evaluate(() => document.getElementById('grading-grade').scrollIntoView())
    await screenshot(trainer.page, 'grading')
    await form.getByRole('button', { name: text('vi', 'gradingPage.submit') }).click()

    // Then the grade is saved, passed, and counts as evidence
    await trainer.page.getByText(text('vi', 'gradingPage.saved')).waitFor()
    await trainer.page.getByText(text('vi', 'assignment.grade.score', { value: 100 })).waitFor()

    // And the trainee's competency profile, one link away, names the assignment behind the new evidence
    await trainer.page.getByRole('link', { name: text('vi', 'gradingPage.profile', { name: hung.fullName }) }).click()
    await waitForPath(trainer.page, /^\/trainees\/\d+\/competencies$/)
    await trainer.page.getByRole('heading', { level: 1, name: text('vi', 'traineeCompetencies.heading', { name: hung.fullName }) }).waitFor()
    const shared = trainer.page.getByRole('region', { name: course.shared, exact: true })
    await shared.getByText(`${text('vi', 'competencies.kinds.ASSIGNMENT')}: ${course.assignment}`).waitFor()
    await shared.locator('.standard__level').getByText(text('vi', 'levels.PRACTITIONER')).waitFor()

    // When Hùng reloads his assignment, he sees the grade and the comments
    await trainee.page.reload()
    const submissions = trainee.page.getByRole('region', { name: text('vi', 'assignment.submissions') })
    await submissions.getByText(text('vi', 'assignment.grade.score', { value: 100 })).waitFor()
    await submissions.getByText('Mục tiêu đo được, rõ ràng.').waitFor()
    await submissions.getByText('Kế hoạch đầy đủ, khả thi.').waitFor()
    await trainee.page.getByText(text('vi', 'assignment.form.passed')).waitFor()

    assert.deepEqual(trainee.pageErrors, [])
    assert.deepEqual(trainer.pageErrors, [])
  })
})
