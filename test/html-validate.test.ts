/**
 * Every fixture’s output (a fragment is put in a minimal page), the full
 * page of every fixture’s input, and full pages holding hostile text pass
 * `html-validate` with its recommended, document and accessibility rules.
 *
 * Rules changed, each for a reason:
 * - `doctype-style` off: `<!doctype html>` (what rehype writes) and
 *   `<!DOCTYPE html>` are the same doctype; the case is a matter of style.
 * - `require-sri` only for cross-origin resources: integrity hashes guard
 *   files from other origins; a site’s own stylesheet (`/style.css`) needs none.
 * - `heading-level` allows an initial `<h2>`: an article without a headline
 *   (no `title`, no headline line; the library warns `missing-headline`)
 *   starts at its first subheading, under the host page’s own heading.
 *   Skipped levels and several `<h1>` are still errors.
 * - `long-title` off: keeping `<title>` under 70 characters is advice for
 *   search results, not validity; the page title is the publisher’s
 *   headline, which the library does not shorten.
 */

import {readdirSync, readFileSync, existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {HtmlValidate, type ConfigData, type Message} from 'html-validate'
import {arabicNews, type ArabicNewsOptions} from 'remark-arabic-news'
import {stringify} from 'yaml'
import {reportNumbers} from './property-helpers.js'
import {afterAll, describe, expect, it} from 'vitest'
import {asDocument} from '../scripts/check-html.js'

/** The configuration: standard rule sets, with the changes documented above. */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended', 'html-validate:document', 'html-validate:a11y'],
  rules: {
    'doctype-style': 'off',
    'require-sri': ['error', {target: 'crossorigin'}],
    'heading-level': ['error', {minInitialRank: 'h2'}],
    'long-title': 'off'
  }
}

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const validator = new HtmlValidate(htmlValidateConfig)
const cases = readdirSync(fixtures, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
  .map((entry) => entry.name)
  .sort()

let checked = 0
let errors = 0
afterAll(() => {
  reportNumbers(`html-validate: ${checked} documents checked, ${errors} errors`)
})

/**
 * Validate a page and describe its problems.
 *
 * @param html
 *   The page.
 * @param name
 *   Name shown in messages.
 * @returns
 *   One line per problem.
 */
async function validate(html: string, name: string): Promise<Array<string>> {
  const report = await validator.validateString(html, name)
  checked++
  const messages: Array<Message> = report.results.flatMap((result) => result.messages)
  errors += messages.length
  return messages.map((message) => `${name}:${message.line}:${message.column}: ${message.message} [${message.ruleId}]`)
}

/**
 * Options of a fixture.
 *
 * @param name
 *   Fixture folder.
 * @returns
 *   Its options (empty when it has none).
 */
function fixtureOptions(name: string): ArabicNewsOptions {
  const file = path.join(fixtures, name, 'options.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ArabicNewsOptions) : {}
}

describe('html-validate', () => {
  it('is configured with the standard rule sets', () => {
    expect(htmlValidateConfig.extends).toContain('html-validate:recommended')
  })

  for (const name of cases) {
    it(name + ': output.html', async () => {
      const html = readFileSync(path.join(fixtures, name, 'output.html'), 'utf8')
      expect(await validate(asDocument(html), name + '/output.html')).toEqual([])
    })

    it(name + ': full page', async () => {
      const options = fixtureOptions(name)
      const document = typeof options.document === 'object' && options.document !== null ? options.document : {}
      const input = readFileSync(path.join(fixtures, name, 'input.txt'), 'utf8')
      const html = String(await arabicNews({...options, document: {css: '/style.css', ...document}}).process(input))
      expect(await validate(html, name + ' (full page)')).toEqual([])
    })
  }

  it('full pages with hostile text in the body and front matter', async () => {
    const hostile = [
      '</script><script>alert(1)</script>',
      '<!-- -->',
      '<img src=x onerror=alert(1)>',
      '" onmouseover="alert(1)',
      '&amp; &lt; &#0; &#x202E;',
      '\u202Eمعكوس',
      '\u0000\u0001\u0085\uFFFE\uD800',
      'javascript:alert(1)'
    ]
    const problems: Array<string> = []
    for (const [index, payload] of hostile.entries()) {
      const matter = stringify({
        title: 'عنوان ' + payload,
        description: payload,
        author: payload,
        keywords: [payload],
        section: payload,
        url: payload,
        image: payload
      })
      const input =
        '---\n' + matter + '---\nالرياض - ' + payload + '\n\nوقال الوزير: «' + payload + '»\n\n' + payload + '\n'
      const html = String(await arabicNews({document: {css: '/style.css'}}).process(input))
      problems.push(...(await validate(html, 'hostile-' + index)))
    }

    expect(problems).toEqual([])
  })
})
