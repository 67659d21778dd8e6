/**
 * What a person sees and does in the app, in its own words: texts come from the app's locale files (so a test
 * fails when the wrong language is shown, and survives rewording), and every element is found by its role and
 * accessible name, as a screen reader or keyboard user finds it.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'

const messages = {
  vi: JSON.parse(readFileSync(new URL('../../src/locales/vi.json', import.meta.url), 'utf8')),
  en: JSON.parse(readFileSync(new URL('../../src/locales/en.json', import.meta.url), 'utf8')),
}

/** The message `key` in `locale`, with {placeholders} filled in, as vue-i18n renders it. */
export function text(locale, key, params = {}) {
  const message = key.split('.').reduce((node, part) => node?.[part], messages[locale])
  assert.equal(typeof message, 'string', `no message ${key} in ${locale}.json`)
  return message
    .replace(/\{'([^']*)'\}/g, '$1')
    .replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole))
}

/**
 * The form field labelled exactly `label` (a required field's label ends in an asterisk hidden from screen
 * readers), so "Mật khẩu mới" does not also find "Nhập lại mật khẩu mới".
 */
export function field(scope, label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return scope.getByLabel(new RegExp(`^\\s*${escaped}\\s*\\*?\\s*$`))
}

/** Fills in the sign-in form and submits it (the page must show the sign-in form). */
export async function signIn(page, { username, password }, locale = 'vi') {
  await page.getByRole('heading', { name: text(locale, 'login.heading') }).waitFor()
  await field(page, text(locale, 'login.username')).fill(username)
  await field(page, text(locale, 'login.password')).fill(password)
  await page.getByRole('button', { name: text(locale, 'login.submit'), exact: true }).click()
}

/** The primary navigation in `locale` (waits for it). */
export async function mainNavigation(page, locale = 'vi') {
  const nav = page.getByRole('navigation', { name: text(locale, 'nav.label') })
  await nav.getByRole('link', { name: text(locale, 'nav.home') }).waitFor()
  return nav
}

/** The names of the links in the primary navigation, in order. */
export async function navigationLinks(page, locale = 'vi') {
  const nav = await mainNavigation(page, locale)
  return texts(nav.getByRole('link'))
}

/** The path and query of the page's URL once it matches `expected` (a string or a RegExp). */
export async function waitForPath(page, expected) {
  await page.waitForURL((url) => {
    const path = url.pathname + url.search
    return typeof expected === 'string' ? path === expected : expected.test(path)
  })
  const url = new URL(page.url())
  return url.pathname + url.search
}

/** The text of each element `locator` finds, trimmed (the text itself, before CSS such as text-transform). */
export async function texts(locator) {
  return (await locator.allTextContents()).map((content) => content.trim())
}

/** The cells of each body row of `table`, header cells of a row included. */
export async function tableRows(table) {
  const result = []
  for (const row of await table.locator('tbody').getByRole('row').all()) {
    result.push(await texts(row.getByRole('rowheader').or(row.getByRole('cell'))))
  }
  return result
}
