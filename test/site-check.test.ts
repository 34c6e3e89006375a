/**
 * The example site checked as a reader and a crawler would: every page it
 * has (articles, home, sections, authors) through the W3C Nu Html Checker
 * and through axe-core in Debian's headless Chromium; its feeds through a
 * feed parser; its sitemaps as XML.
 *
 * The browser part is skipped when `/usr/bin/chromium` is missing, unless
 * `REQUIRE_BROWSER=1` (CI). The Nu part needs Java (as `npm run check:html`).
 */

import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {XMLValidator} from 'fast-xml-parser'
import type {Browser, Page} from 'playwright-core'
import Parser from 'rss-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runVnu} from '../scripts/check-html.js'
import {CHROMIUM_PATH, launchChromium, serveFolder, type StaticServer} from '../scripts/screenshot.js'
import {buildSampleSite} from '../scripts/site-sample.js'
import {reportNumbers} from './property-helpers.js'

const required = process.env['REQUIRE_BROWSER'] === '1'
const hasBrowser = existsSync(CHROMIUM_PATH)
const hasJava = (() => {
  try {
    execFileSync('java', ['-version'], {stdio: 'ignore'})
    return true
  } catch {
    return false
  }
})()
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

let folder = ''
let pages: Array<string> = []

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'arabic-news-site-check-'))
  await buildSampleSite(folder)
  pages = readdirSync(folder, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}, 120_000)

afterAll(async () => {
  if (folder) await rm(folder, {recursive: true, force: true})
})

describe('the example site', () => {
  it('has article pages, a home page, section and author pages', () => {
    expect(pages).toContain('index.html')
    expect(pages).toContain('marathon.html')
    expect(pages).toContain('economy/port-expansion.html')
    expect(pages.some((page) => page.startsWith('sections/'))).toBe(true)
    expect(pages.some((page) => page.startsWith('authors/'))).toBe(true)
  })

  it.skipIf(!hasJava && !required)(
    'passes the Nu Html Checker on every page',
    async () => {
      const errors = await runVnu(folder)
      reportNumbers(`site pages (Nu): ${pages.length} pages checked, ${errors.length} errors`)
      expect(errors.map((error) => `${error.url ?? ''}:${error.lastLine ?? 0}: ${error.message}`)).toEqual([])
    },
    120_000
  )

  it('has feeds a feed reader parses and sitemaps that are well-formed XML', async () => {
    const parser = new Parser()
    for (const feed of ['rss.xml', 'feed.xml']) {
      const parsed = await parser.parseString(readFileSync(path.join(folder, feed), 'utf8'))
      expect(parsed.items.length).toBeGreaterThan(0)
    }

    for (const sitemap of ['sitemap.xml', 'sitemap-news.xml']) {
      expect(XMLValidator.validate(readFileSync(path.join(folder, sitemap), 'utf8'))).toBe(true)
    }

    expect(readFileSync(path.join(folder, 'sitemap-news.xml'), 'utf8')).toContain(
      '<news:name>دار المدينة للنشر</news:name>'
    )
  })
})

describe.skipIf(!hasBrowser && !required)('the example site in headless Chromium', () => {
  let browser: Browser | undefined
  let page: Page | undefined
  let server: StaticServer | undefined

  beforeAll(async () => {
    expect(hasBrowser, `${CHROMIUM_PATH} not found: apt-get install -y chromium`).toBe(true)
    browser = await launchChromium()
    page = await browser.newPage()
    server = await serveFolder(folder)
  }, 120_000)

  afterAll(async () => {
    await page?.close()
    await browser?.close()
    await server?.close()
  })

  it('finds no axe violation on any page, and every page loads its stylesheet', async () => {
    const found: Record<string, unknown> = {}
    for (const name of pages) {
      const response = await page!.goto(server!.url + '/' + name)
      expect(response?.status(), name).toBe(200)
      // The stylesheet applies: articles and lists get the Arabic measure.
      const styled = await page!.evaluate(
        'getComputedStyle(document.querySelector("article[lang], main.arabic-news")).maxInlineSize'
      )
      expect(styled, name).not.toBe('none')
      await page!.addScriptTag({content: axeSource})
      const violations = await page!.evaluate(
        // An article without headline has no `<h1>` (the library warns
        // `missing-headline` about its input): the one rule it cannot meet.
        'axe.run(document, {rules: {"page-has-heading-one": {enabled: !(document.querySelector("article[lang]") && !document.querySelector("h1"))}}}).then((result) => result.violations.map((violation) => ({id: violation.id, help: violation.help, nodes: violation.nodes.map((node) => node.target.join(" "))})))'
      )
      if (Array.isArray(violations) && violations.length > 0) found[name] = violations
    }

    reportNumbers(`site pages (axe): ${pages.length} pages checked, ${Object.keys(found).length} with violations`)
    expect(found).toEqual({})
  }, 300_000)
})
