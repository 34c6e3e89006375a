/**
 * Layout checks in Debian's headless Chromium on the built example sites:
 * the article reads right to left, paragraphs start at the right edge, and
 * quotation rules sit on the inline-start (right) side.
 *
 * Skipped without Chromium or built sites, except with `TEST_EXAMPLES=1`
 * (set by `scripts/test-examples.sh`), where they fail instead.
 */

import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CHROMIUM_PATH, launchChromium, serveFolder, type StaticServer} from '../scripts/screenshot.js'

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const required = process.env['TEST_EXAMPLES'] === '1'

const pages: ReadonlyArray<{site: string; folder: string; page: string}> = [
  {site: 'Astro 7', folder: 'examples/astro/dist', page: '/news/witkoff-paris/'},
  {site: 'Astro 7 (markdown)', folder: 'examples/astro/dist', page: '/news/casablanca-buses/'},
  {site: 'Eleventy 3', folder: 'examples/eleventy/_site/esm', page: '/articles/amman-book-fair/'}
]

const ready = existsSync(CHROMIUM_PATH) && pages.every(({folder}) => existsSync(path.join(repository, folder)))

/** What the page tells about its layout. */
interface Layout {
  direction: string
  paragraphRight: number
  paragraphLeft: number
  firstLineRight: number
  lastLineLeft: number
  lineCount: number
  quoteRules: Array<{right: number; left: number}>
}

describe.skipIf(!ready && !required)('layout in headless Chromium', () => {
  let browser: Browser | undefined
  const servers = new Map<string, StaticServer>()

  beforeAll(async () => {
    expect(existsSync(CHROMIUM_PATH), 'install Chromium: apt-get install -y chromium').toBe(true)
    browser = await launchChromium()
    for (const {folder} of pages) {
      if (!servers.has(folder)) servers.set(folder, await serveFolder(path.join(repository, folder)))
    }
  })

  afterAll(async () => {
    await browser?.close()
    for (const server of servers.values()) await server.close()
  })

  for (const {site, folder, page: pagePath} of pages) {
    it(site + ': ' + pagePath + ' lays out right to left', async () => {
      const page = await browser!.newPage({viewport: {width: 900, height: 1200}})
      const response = await page.goto(servers.get(folder)!.url + pagePath)
      expect(response?.status()).toBe(200)

      const layout = (await page.evaluate(measureLayout)) as Layout
      await page.close()

      expect(layout.direction).toBe('rtl')
      // The first line starts at the right edge of the paragraph…
      expect(Math.abs(layout.firstLineRight - layout.paragraphRight)).toBeLessThan(2)
      // …and a wrapped paragraph ends short of the left edge (ragged left).
      expect(layout.lineCount).toBeGreaterThan(1)
      expect(layout.lastLineLeft - layout.paragraphLeft).toBeGreaterThan(20)
      // Quotation rules are on the right (inline-start) side only.
      expect(layout.quoteRules.length).toBeGreaterThan(0)
      for (const rule of layout.quoteRules) {
        expect(rule.right).toBeGreaterThan(0)
        expect(rule.left).toBe(0)
      }
    })
  }
})

/**
 * Script run in the page (a string: the project compiles without DOM types):
 * direction of the article, edges of the first body paragraph and of its
 * first and last lines, and the side borders of quotations.
 */
const measureLayout = `(() => {
  const article = document.querySelector('article')
  // The first body paragraph: no class (not a byline), after the headline.
  const paragraph = [...article.querySelectorAll(':scope > p')].find((p) => !p.className)
  const box = paragraph.getBoundingClientRect()
  const style = getComputedStyle(paragraph)
  const range = document.createRange()
  range.selectNodeContents(paragraph)
  // Group text fragments into lines by their vertical position.
  const lines = new Map()
  for (const rect of range.getClientRects()) {
    if (rect.width === 0) continue
    const key = Math.round(rect.top)
    const line = lines.get(key)
    lines.set(key, {
      left: Math.min(line ? line.left : Infinity, rect.left),
      right: Math.max(line ? line.right : -Infinity, rect.right)
    })
  }
  const ordered = [...lines.entries()].sort((a, b) => a[0] - b[0]).map((entry) => entry[1])
  const quoteRules = [...article.querySelectorAll('figure.quote, blockquote[data-speaker]')].map((element) => {
    const quoteStyle = getComputedStyle(element)
    return {right: parseFloat(quoteStyle.borderRightWidth), left: parseFloat(quoteStyle.borderLeftWidth)}
  })
  return {
    direction: getComputedStyle(article).direction,
    paragraphRight: box.right - parseFloat(style.paddingRight),
    paragraphLeft: box.left + parseFloat(style.paddingLeft),
    firstLineRight: ordered[0].right,
    lastLineLeft: ordered[ordered.length - 1].left,
    lineCount: ordered.length,
    quoteRules
  }
})()`
