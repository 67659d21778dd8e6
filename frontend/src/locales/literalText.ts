/**
 * Finds user-visible text written straight into a Vue template instead of going through t('...').
 * Used by the locale test; kept apart so that the scanner itself can be tested.
 */

/** Attributes whose static value is read out or shown to users. */
const TEXT_ATTRIBUTES = ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label', 'hint', 'message']
const LETTER = /\p{L}/u

/** The template block of a single-file component (outermost <template> … last </template>). */
export function templateOf(source: string): string {
  const start = source.indexOf('<template>')
  const end = source.lastIndexOf('</template>')
  return start === -1 || end === -1 ? '' : source.slice(start + '<template>'.length, end)
}

/** Literal text nodes and literal text attributes that contain letters. */
export function literalTexts(template: string): string[] {
  const source = template.replace(/<!--[\s\S]*?-->/g, '')
  const found: string[] = []
  let text = ''

  const flushText = () => {
    const visible = text.replace(/&[a-zA-Z]+;|&#\d+;/g, ' ').trim()
    if (LETTER.test(visible)) found.push(visible)
    text = ''
  }

  let i = 0
  while (i < source.length) {
    if (source.startsWith('{{', i)) {
      const close = source.indexOf('}}', i + 2)
      i = close === -1 ? source.length : close + 2
      continue
    }
    if (source[i] === '<') {
      flushText()
      // Read the whole tag, honouring quoted attribute values (they may contain '>' or '<').
      let quote: string | null = null
      let tag = ''
      i += 1
      while (i < source.length) {
        const c = source[i]!
        if (quote) {
          if (c === quote) quote = null
        } else if (c === '"' || c === "'") {
          quote = c
        } else if (c === '>') {
          break
        }
        tag += c
        i += 1
      }
      i += 1
      found.push(...literalAttributes(tag))
      continue
    }
    text += source[i]
    i += 1
  }
  flushText()
  return found
}

function literalAttributes(tag: string): string[] {
  const found: string[] = []
  const attribute = /(?:^|\s)([a-zA-Z-]+)\s*=\s*(["'])(.*?)\2/gs
  for (const match of tag.matchAll(attribute)) {
    const [, name, , value] = match
    if (name && value && TEXT_ATTRIBUTES.includes(name) && LETTER.test(value)) found.push(`${name}="${value}"`)
  }
  return found
}
