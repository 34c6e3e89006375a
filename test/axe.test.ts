/**
 * Accessibility: axe-core in Debian’s headless Chromium finds no violation
 * on full pages the preset renders (fixtures, hostile text) with the
 * package’s `style.css`, nor on the built example sites when they exist
 * (`bash scripts/test-examples.sh`).
 *
 * Skipped when `/usr/bin/chromium` is missing (`apt-get install -y
 * chromium`), unless `REQUIRE_BROWSER=1` (CI), which makes it fail instead.
 * Never downloads a browser.
 */

import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {cp, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Browser, Page} from 'playwright-core'
import {arabicNews} from 'remark-arabic-news'
import {stringify} from 'yaml'
import {reportNumbers} from './property-helpers.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CHROMIUM_PATH, launchChromium, serveFolder, type StaticServer} from '../scripts/screenshot.js'

const repository = fileURLToPath(new URL('..', import.meta.url))
const required = process.env['REQUIRE_BROWSER'] === '1'
const hasBrowser = existsSync(CHROMIUM_PATH)
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/**
 * Fixtures rendered as full pages: one of each kind of page (each has a
 * headline; an article without one gets no `<h1>`, and the library warns
 * `missing-headline` about its input).
 */
const fixturePages: ReadonlyArray<string> = [
  'document-full-page',
  'document-front-matter-language',
  'meta-full-front-matter',
  'mixed-arabic-english',
  'bidi-controls',
  'html-in-text',
  'subheading',
  'urls-and-emails',
  'byline'
]

/** Built example sites, when present. */
const exampleSites = [
  {name: 'Astro', folder: path.join(repository, 'examples/astro/dist')},
  {name: 'Eleventy', folder: path.join(repository, 'examples/eleventy/_site')}
]

if (!hasBrowser && !required) {
  reportNumbers(
    `axe: skipped, ${CHROMIUM_PATH} not found (apt-get install -y chromium; REQUIRE_BROWSER=1 makes this an error)`
  )
}

/** One violation as reported. */
interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: Array<string>
}

/** The part of axe’s API used here. */
interface Axe {
  run(context: unknown): Promise<{
    violations: Array<{id: string; impact: string | null; help: string; nodes: Array<{target: Array<unknown>}>}>
  }>
}

let pagesChecked = 0
let violationsFound = 0

describe.skipIf(!hasBrowser && !required)('axe-core in headless Chromium', () => {
  let browser: Browser | undefined
  // One tab for every page: opening a tab costs more than loading a page.
  let page: Page | undefined
  let pages: StaticServer | undefined
  let folder = ''
  const rendered: Array<string> = []

  beforeAll(async () => {
    expect(hasBrowser, `${CHROMIUM_PATH} not found: apt-get install -y chromium`).toBe(true)
    folder = await mkdtemp(path.join(tmpdir(), 'arabic-news-axe-'))
    await cp(path.join(repository, 'style.css'), path.join(folder, 'style.css'))

    const fixtures = path.join(repository, 'fixtures')
    const processor = arabicNews({document: {css: '/style.css', siteName: 'صحيفة المثال'}}).freeze()
    for (const name of fixturePages) {
      const input = path.join(fixtures, name, 'input.txt')
      await writeFile(path.join(folder, name + '.html'), String(await processor.process(readFileSync(input, 'utf8'))))
      rendered.push(name + '.html')
    }

    const matter = stringify({
      title: 'عنوان </script><img src=x onerror=alert(1)>',
      author: '" onmouseover="x',
      keywords: ['<!--']
    })
    const hostile =
      '---\n' +
      matter +
      '---\nالرياض - \u202Eنص معكوس <b>غامق</b> https://example.com/\u202Eexe\n\nوقال الوزير: «\u2067كلام غير مغلق\n\nفقرة أخيرة.\n'
    await writeFile(path.join(folder, 'hostile.html'), String(await processor.process(hostile)))
    rendered.push('hostile.html')

    browser = await launchChromium()
    page = await browser.newPage()
    pages = await serveFolder(folder)
  }, 120_000)

  afterAll(async () => {
    await page?.close()
    await browser?.close()
    await pages?.close()
    if (folder) await rm(folder, {recursive: true, force: true})
    reportNumbers(`axe: ${pagesChecked} pages checked, ${violationsFound} violations`)
  })

  /**
   * Run axe on a page.
   *
   * @param url
   *   Page address.
   * @returns
   *   Violations.
   */
  async function audit(url: string): Promise<Array<Violation>> {
    const response = await page!.goto(url)
    expect(response?.status(), url).toBe(200)
    await page!.addScriptTag({content: axeSource})
    const violations = await page!.evaluate(async () => {
      // Runs in the page: its `document`, and the `axe` the script tag defined.
      const browserGlobals = globalThis as unknown as {axe: Axe; document: unknown}
      const result = await browserGlobals.axe.run(browserGlobals.document)
      return result.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => node.target.join(' '))
      }))
    })
    pagesChecked++
    violationsFound += violations.length
    return violations
  }

  it('finds no violation on full pages the preset renders', async () => {
    const found: Record<string, Array<Violation>> = {}
    for (const name of rendered) {
      const violations = await audit(pages!.url + '/' + name)
      if (violations.length > 0) found[name] = violations
    }

    expect(found).toEqual({})
  }, 300_000)

  for (const site of exampleSites) {
    const built = existsSync(site.folder)
    it.skipIf(!built)(
      'finds no violation on the ' +
        site.name +
        ' example site' +
        (built ? '' : ' (not built: bash scripts/test-examples.sh)'),
      async () => {
        const server = await serveFolder(site.folder)
        try {
          const found: Record<string, Array<Violation>> = {}
          for (const file of htmlFiles(site.folder)) {
            const pathname = '/' + path.relative(site.folder, file).split(path.sep).join('/')
            const violations = await audit(server.url + pathname)
            if (violations.length > 0) found[pathname] = violations
          }

          expect(found).toEqual({})
        } finally {
          await server.close()
        }
      },
      300_000
    )
  }
})

/**
 * Every `.html` file under a folder.
 *
 * @param folder
 *   Folder.
 * @returns
 *   Absolute paths, sorted.
 */
function htmlFiles(folder: string): Array<string> {
  return readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
}
