/**
 * The markdown path is as safe as the plain-text one (#14): with the
 * README’s `remark-parse` pipeline and the Eleventy `md` format, links and
 * images keep only `http:`, `https:` and relative URLs, front matter
 * characters HTML cannot carry never reach the headline, and an Eleventy
 * permalink from front matter never leaves the output folder.
 */

import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Element, Root} from 'hast'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {afterAll, describe, expect, it} from 'vitest'
import {arabicNewsEleventy, type EleventyConfig, type EleventyExtension} from '../src/integrations/eleventy.js'
import {unsafePermalinkReason} from '../src/integrations/permalink.js'
import {
  rehypeArabicNewsArticle,
  rehypeArabicNewsJsonLd,
  remarkArabicNewsQuotes,
  remarkArabicNewsStructure
} from '../src/index.js'
import {unsafeUrlReason} from '../src/structure/urls.js'

/** The part of Eleventy’s configuration API the test uses. */
type PluginHost = EleventyConfig & {logger: {warn(message: string): unknown}; addPlugin(plugin: unknown): unknown}

/** The part of Eleventy’s programmatic API the test uses (the package has no types). */
type EleventyClass = new (
  input: string,
  output: string,
  options: {quietMode: boolean; config(config: PluginHost): void}
) => {write(): Promise<unknown>}

const folders: Array<string> = []
afterAll(async () => {
  for (const folder of folders) await rm(folder, {recursive: true, force: true})
})

/** Markdown with every kind of dangerous URL, and safe ones. */
const hostile = `---
title: "عنوان\\0 فيه\\ud800 محارف"
---

قال المتحدث [اضغط هنا](javascript:alert(1)) ثم [هنا](JaVaScRiPt:alert(2)) و[هناك](  vbscript:msgbox(3)).

صورة ![وصف الصورة](data:image/svg+xml,<svg/onload=alert(4)>) وأخرى ![](data:text/html,x).

مرجع [نص المرجع][خطر] وصورة ![بديل][خطر] و<javascript:alert(5)> و[ملتو](java&#x09;script:alert(6)).

روابط سليمة: [موقع](https://example.com/a?b=1) و[صفحة](/about) و[قسم](#part) و[نسبي](other.html) و![شعار](https://example.com/logo.png).

[خطر]: javascript:alert(7)
`

/**
 * Every `href` and `src` of an HTML string.
 *
 * @param html
 *   HTML.
 * @returns
 *   URLs.
 */
function urlsOf(html: string): Array<string> {
  const tree: Root = unified().use(rehypeParse, {fragment: true}).parse(html)
  const urls: Array<string> = []
  visit(tree, 'element', (node: Element) => {
    for (const name of ['href', 'src']) {
      const value = node.properties[name]
      if (typeof value === 'string') urls.push(value)
    }
  })
  return urls
}

/**
 * Check the HTML of the hostile article.
 *
 * @param html
 *   Output.
 * @returns
 *   Nothing.
 */
function expectSafe(html: string): undefined {
  const urls = urlsOf(html)
  expect(urls.sort()).toEqual([
    '#part',
    '/about',
    'https://example.com/a?b=1',
    'https://example.com/logo.png',
    'other.html'
  ])
  expect(html).not.toMatch(/javascript:|vbscript:|data:/i)
  for (const text of ['اضغط هنا', 'هنا', 'هناك', 'وصف الصورة', 'نص المرجع', 'بديل', 'ملتو'])
    expect(html).toContain(text)
  expect(html).not.toContain('\u0000')
  expect(html).toContain('عنوان\uFFFD فيه\uFFFD محارف')
  return undefined
}

describe('markdown path', () => {
  it('keeps dangerous URLs out of the README’s remark-parse pipeline, as text, with warnings', async () => {
    const file = await unified()
      .use(remarkParse)
      .use(remarkFrontmatter)
      .use(remarkGfm)
      .use(remarkArabicNewsStructure)
      .use(remarkArabicNewsQuotes)
      .use(remarkRehype)
      .use(rehypeArabicNewsArticle)
      .use(rehypeArabicNewsJsonLd)
      .use(rehypeStringify)
      .process(hostile)
    expectSafe(String(file))
    const warnings = file.messages.filter((message) => message.ruleId === 'unsafe-url')
    expect(warnings.length).toBeGreaterThanOrEqual(7)
    expect(warnings.every((message) => message.place !== undefined && message.source === 'remark-arabic-news')).toBe(
      true
    )
  })

  it('keeps them out of the Eleventy md format', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'arabic-news-md-'))
    folders.push(folder)
    await writeFile(path.join(folder, 'a.md'), hostile)
    const extensions = new Map<string, EleventyExtension>()
    const config: EleventyConfig = {
      addTemplateFormats() {},
      addExtension(name, options) {
        extensions.set(String(name), options)
      },
      logger: {warn() {}}
    }
    arabicNewsEleventy(config, {formats: ['md']})
    const md = extensions.get('md')
    const render = await md?.compile('', path.join(folder, 'a.md'))
    expectSafe(String(await render?.({})))
  })

  it('checks URLs with the rules of the metadata', () => {
    for (const url of ['', 'https://a.example/', '/x', 'x.html', '#y', '?q=1', '//cdn.example/x.png'])
      expect(unsafeUrlReason(url), url).toBeUndefined()
    for (const url of [
      'javascript:x',
      ' javascript:x',
      'java\tscript:x',
      'data:,x',
      'vbscript:x',
      'mailto:a@b.c',
      'https://u:p@a.example/',
      '//u@a.example/'
    ]) {
      expect(unsafeUrlReason(url), url).toBeDefined()
    }
  })
})

describe('Eleventy permalinks from front matter', () => {
  it('never writes outside the output folder', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'arabic-news-permalink-'))
    folders.push(root)
    const input = path.join(root, 'site', 'src')
    const output = path.join(root, 'site', '_site')
    await mkdir(input, {recursive: true})
    const articles: Record<string, string> = {
      'escape.txt': 'permalink: ../../escaped.html',
      'deep.txt': 'permalink: /a/../../../deep-escaped.html',
      'windows.txt': 'permalink: "..\\\\..\\\\win.html"',
      'bypass.txt': 'permalink: /bypassed.html\npermalinkBypassOutputDir: true',
      'computed.txt': 'eleventyComputed:\n  permalink: ../computed-escaped.html',
      'fine.txt': 'permalink: /news/fine/index.html'
    }
    for (const [name, matter] of Object.entries(articles)) {
      await writeFile(path.join(input, name), `---\n${matter}\n---\nعنوان الخبر\n\nنص الخبر في سطر.\n`)
    }

    const warnings: Array<string> = []
    const name = '@11ty/eleventy'
    const {default: Eleventy} = (await import(name)) as {default: EleventyClass}
    const eleventy = new Eleventy(input, output, {
      quietMode: true,
      config(eleventyConfig) {
        eleventyConfig.logger.warn = (message) => warnings.push(String(message))
        eleventyConfig.addPlugin(arabicNewsEleventy)
      }
    })
    await eleventy.write()

    const everything = await readdir(root, {recursive: true})
    const outside = everything.filter((name) => !name.startsWith(path.join('site', '_site')) && name.endsWith('.html'))
    expect(outside, 'nothing outside the output').toEqual([])
    expect(
      everything.filter((name) => /escaped|win\.html/.test(name)),
      'no refused page written'
    ).toEqual([])
    expect(existsSync(path.join(root, 'bypassed.html'))).toBe(false)
    expect(existsSync(path.join(output, 'bypassed.html')), 'written in the output folder instead').toBe(true)
    expect(await readFile(path.join(output, 'news/fine/index.html'), 'utf8')).toContain('نص الخبر')
    expect(warnings.join('\n')).toMatch(/permalink `\.\.\/\.\.\/escaped\.html` is refused, it leaves the output folder/)
    expect(unsafePermalinkReason('/a/b/../c.html')).toBeUndefined()
    expect(unsafePermalinkReason('a/../../c.html')).toMatch(/leaves/)
  }, 60_000)
})
