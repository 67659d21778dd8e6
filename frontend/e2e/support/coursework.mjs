/**
 * The tedious part of earning a certificate, done through the platform's JSON API exactly as the app's pages send
 * it: lessons marked done, an assignment written by the trainee and graded by a trainer, a final quiz answered
 * right. Nothing is written to the database behind the platform's back, and no test-only endpoint is used: the
 * right answers are learnt the way a trainee learns them, from the feedback of practice quizzes on the same bank.
 */
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { call } from './api.mjs'

/** Practice attempts allowed for learning the answers; each draws several questions of the bank at random. */
const MAX_PRACTICE_ATTEMPTS = 300

/** Marks every required lesson done except the last; answers that last lesson ({ key, title }). */
export async function lessonsDoneButTheLast(baseUrl, token, enrolmentId) {
  const detail = await call(baseUrl, 'GET', `/api/enrolments/${enrolmentId}`, { token })
  const required = detail.modules.flatMap((module) => module.lessons).filter((lesson) => lesson.required)
  assert.ok(required.length > 1, 'the course has several required lessons')
  for (const lesson of required.slice(0, -1)) {
    await call(baseUrl, 'PUT', `/api/enrolments/${enrolmentId}/lessons/${lesson.key}/done`, { token })
  }
  return required.at(-1)
}

/** The trainee sends a text; a trainer grades it with full marks on every criterion of the rubric. */
export async function assignmentPassed(baseUrl, { traineeToken, trainerToken }, enrolmentId, assignmentId) {
  const { assignment } = await call(baseUrl, 'GET', `/api/enrolments/${enrolmentId}/assignments/${assignmentId}`,
    { token: traineeToken })
  const form = new FormData()
  form.append('text', 'Kế hoạch truyền thông theo phương pháp OASIS: mục tiêu, đối tượng, chiến lược, triển khai, đánh giá.')
  const response = await fetch(`${baseUrl}/api/enrolments/${enrolmentId}/assignments/${assignmentId}/submissions`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${traineeToken}`, 'Idempotency-Key': randomUUID(), Accept: 'application/json' },
    body: form,
  })
  const submission = await response.json()
  assert.equal(response.status, 201, JSON.stringify(submission))
  const criteria = assignment.rubric.map((criterion) => ({ criterionId: criterion.id, points: criterion.maxPoints }))
  const graded = await call(baseUrl, 'POST', `/api/assignment-submissions/${submission.id}/grade`, {
    token: trainerToken,
    body: { criteria, comment: 'Đạt yêu cầu.' },
  })
  assert.equal(graded.submission.status, 'PASSED', JSON.stringify(graded))
}

/**
 * Starts the final quiz, learns the right answer to each of its questions from practice attempts (submitted blank:
 * their results show the right answers), then submits the final with every answer right. Answers the result.
 */
export async function finalQuizPassed(baseUrl, token, enrolmentId, { finalQuiz, practiceQuiz }) {
  const final = await call(baseUrl, 'POST', `/api/enrolments/${enrolmentId}/quizzes/${finalQuiz}/attempts`, { token })
  const solutions = new Map()
  const unknown = () => final.questions.filter((question) => !solutions.has(question.id))
  for (let practice = 0; practice < MAX_PRACTICE_ATTEMPTS && unknown().length > 0; practice++) {
    const attempt = await call(baseUrl, 'POST', `/api/enrolments/${enrolmentId}/quizzes/${practiceQuiz}/attempts`,
      { token })
    const marked = await submit(baseUrl, token, attempt.id, [])
    for (const feedback of marked.result.questions) solutions.set(feedback.questionId, feedback.solution)
  }
  assert.deepEqual(unknown(), [], 'every question of the final quiz came up in practice')
  const answers = final.questions.map((question) => answer(question, solutions.get(question.id)))
  const marked = await submit(baseUrl, token, final.id, answers)
  assert.equal(marked.result.passed, true, JSON.stringify(marked.result))
  return marked.result
}

function submit(baseUrl, token, attemptId, answers) {
  return call(baseUrl, 'POST', `/api/attempts/${attemptId}/submission`, {
    token,
    headers: { 'Idempotency-Key': randomUUID() },
    body: { answers },
  })
}

function answer(question, solution) {
  switch (question.type) {
    case 'TRUE_FALSE':
      return { questionId: question.id, answer: solution.answer }
    case 'ORDERING':
      return { questionId: question.id, order: solution.order }
    default:
      return { questionId: question.id, optionIds: solution.optionIds }
  }
}
