/**
 * The shipped curriculum (content/courses), read by the test as a trainer wrote it: what a person who knows the
 * material would answer. The browser never receives right answers before submission, so a test that must pass a
 * quiz or a drill learns them here, from the same files the platform imported.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const COURSES = new URL('../../../content/courses/', import.meta.url)

function read(relative) {
  return parse(readFileSync(new URL(relative, COURSES), 'utf8'))
}

/**
 * The right answer to every question of the course's bank, by the question's Vietnamese text: `options` are the
 * texts of the correct options (ORDERING: every option, in the right order), `answer` the truth of a TRUE_FALSE.
 */
export function rightAnswers(courseCode) {
  const answers = new Map()
  for (const question of read(`${courseCode}/questions.yaml`).questions) {
    const options = question.options ?? []
    answers.set(question.text.vi.trim(), {
      type: question.type,
      options: (question.type === 'ORDERING' ? options : options.filter((o) => o.correct)).map((o) => o.text.vi.trim()),
      answer: question.answer ?? null,
    })
  }
  return answers
}

/** The drill's steps by Vietnamese situation, each with the text of its best option (the most points). */
export function bestChoices(courseCode, drillId) {
  const choices = new Map()
  for (const step of read(`${courseCode}/drills/${drillId}.yaml`).steps) {
    const options = step.options ?? []
    if (options.length === 0) continue
    const best = options.reduce((a, b) => (b.points > a.points ? b : a))
    choices.set(step.situation.vi.trim(), best.text.vi.trim())
  }
  return choices
}
