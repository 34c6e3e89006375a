/**
 * Property-based tests over generated hostile articles: the library never
 * throws, keeps every character of the body in order, writes HTML that
 * parses back to the same tree, and one JSON-LD script nothing breaks out of.
 *
 * `PROPERTY_RUNS` sets the number of cases per property (default 300);
 * `PROPERTY_SEED` picks the draw of cases (see test/fast-check-seed.ts).
 */

import type {Root} from 'hast'
import fc from 'fast-check'
import {arabicNews, type ArabicNewsOptions, type ArabicNewsProcessor} from 'remark-arabic-news'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {checkPreservation} from '../scripts/lib/preservation.js'
import {replaceForbiddenCharacters} from '../src/parsing/characters.js'
import {
  anyArticle,
  checkJsonLd,
  checkNothingInjected,
  checkRoundTrip,
  countFailures,
  reportNumbers
} from './property-helpers.js'

const parameters: fc.Parameters<unknown> = {numRuns: Number(process.env['PROPERTY_RUNS'] ?? 300)}

/** Site-wide metadata options, as a publisher sets them. */
const siteOptions: ArabicNewsOptions = {
  jsonLd: {
    publisher: {name: 'صحيفة المثال', url: 'https://news.example.com/', logo: 'https://news.example.com/logo.png'},
    baseUrl: 'https://news.example.com/',
    timeZone: 'Asia/Riyadh',
    articleBody: true,
    now: '2030-01-01T00:00:00Z'
  },
  document: {css: '/style.css', siteName: 'صحيفة المثال', siteTwitter: '@example'}
}

/** The configurations under test: a fragment with and without quotations, and a full page with every metadata option. */
const configurations: ReadonlyArray<{name: string; document: boolean; make: () => ArabicNewsProcessor}> = [
  {name: 'fragment', document: false, make: () => arabicNews()},
  {name: 'fragment without quotations', document: false, make: () => arabicNews({quotes: false})},
  {name: 'full page', document: true, make: () => arabicNews(siteOptions)}
]

let cases = 0
const failures = countFailures()
afterAll(() => {
  reportNumbers(`property: ${cases} generated articles checked, ${failures()} failed properties`)
})

/**
 * Process one article.
 *
 * @param processor
 *   Processor.
 * @param input
 *   Article text.
 * @returns
 *   HTML, the file, and the tree the HTML was made from.
 */
async function render(processor: ArabicNewsProcessor, input: string): Promise<{html: string; file: VFile; tree: Root}> {
  const file = new VFile({value: input, path: 'article.txt'})
  const tree = await processor.run(processor.parse(file), file)
  // Serialising leaves the tree alone, so it stays what the HTML stands for.
  const html = processor.stringify(tree, file)
  cases++
  return {html, file, tree}
}

describe.each(configurations)('generated articles ($name)', ({document, make}) => {
  const processor = make().freeze()

  it('never throws, and keeps the body’s text in order', async () => {
    await fc.assert(
      fc.asyncProperty(anyArticle, async (input) => {
        const {html, file} = await render(processor, input)
        // Characters HTML does not allow are replaced with U+FFFD (and reported); all else is kept.
        const expected = replaceForbiddenCharacters(input).value
        const result = checkPreservation(expected, html, file.data.arabicNews?.headlineSource === 'front-matter')
        if (!result.ok) {
          throw new Error(
            'text lost or added at ' +
              result.difference +
              ': expected ' +
              JSON.stringify(result.expected.slice(result.difference, result.difference + 30)) +
              ', got ' +
              JSON.stringify(result.actual.slice(result.difference, result.difference + 30))
          )
        }
      }),
      parameters
    )
  })

  it('writes HTML that parses back to the same tree', async () => {
    await fc.assert(
      fc.asyncProperty(anyArticle, async (input) => {
        const {html, tree} = await render(processor, input)
        const problem = checkRoundTrip(tree, html, document)
        if (problem) throw new Error(problem)
      }),
      parameters
    )
  })

  it('writes exactly one JSON-LD script, whose text is JSON and stays inside it', async () => {
    await fc.assert(
      fc.asyncProperty(anyArticle, async (input) => {
        const {html, file} = await render(processor, input)
        const {problem, value} = checkJsonLd(html, document)
        if (problem) throw new Error(problem)
        expect(value).toEqual(JSON.parse(JSON.stringify(file.data.newsArticle)))
      }),
      parameters
    )
  })

  it('writes no element, attribute or URL the library does not make', async () => {
    await fc.assert(
      fc.asyncProperty(anyArticle, async (input) => {
        const {html} = await render(processor, input)
        const problem = checkNothingInjected(html, document)
        if (problem) throw new Error(problem)
      }),
      parameters
    )
  })
})
