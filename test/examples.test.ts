/**
 * Checks on the example sites as built by `scripts/test-examples.sh`:
 * Astro 7 (`examples/astro/dist`) and Eleventy 3 from an ESM and a CommonJS
 * configuration (`examples/eleventy/_site/esm`, `_site/cjs`).
 *
 * Without built sites the checks are skipped, except with `TEST_EXAMPLES=1`
 * (set by `scripts/test-examples.sh`), where missing sites fail.
 */

import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {Element, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import {HtmlValidate} from 'html-validate'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {describe, expect, it} from 'vitest'

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const required = process.env['TEST_EXAMPLES'] === '1'

interface Site {
  name: string
  folder: string
  /** Folders of article pages in the built site. */
  articleFolders: ReadonlyArray<string>
}

const sites: ReadonlyArray<Site> = [
  {name: 'Astro 7', folder: 'examples/astro/dist', articleFolders: ['news']},
  {name: 'Eleventy 3 (ESM config)', folder: 'examples/eleventy/_site/esm', articleFolders: ['articles', 'reports']},
  {name: 'Eleventy 3 (CommonJS config)', folder: 'examples/eleventy/_site/cjs', articleFolders: ['articles', 'reports']}
]

/** Articles every site has (file name without extension), and their headlines. */
const expectedArticles: Readonly<Record<string, string>> = {
  'amman-book-fair': 'افتتاح معرض عمّان للكتاب بمشاركة أربعمئة دار نشر',
  'new-comet': 'مرصد في جبال الأطلس يرصد مذنبا جديدا يقترب من الشمس',
  'desalination-plan': 'تونس تطلق خطة لتحلية مياه البحر في ثلاث ولايات ساحلية',
  'witkoff-paris': 'ويتكوف يلتقي القادة الأوروبيين في باريس لبحث الضمانات الأمنية لأوكرانيا',
  'casablanca-buses': 'الدار البيضاء تختبر أولى حافلاتها الكهربائية في شوارع المدينة'
}

const parser = unified().use(rehypeParse)
// Ids made from Arabic headings are valid HTML (the default rule wants
// ASCII), and news headlines are often longer than the 70 characters
// `long-title` suggests for titles.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {'valid-id': ['error', {relaxed: true}], 'long-title': 'off'}
})

for (const site of sites) {
  const folder = path.join(repository, site.folder)
  const built = existsSync(folder)

  describe.skipIf(!built && !required)(site.name + ' example site', () => {
    const pages = built ? articlePages(folder, site.articleFolders) : new Map<string, string>()

    it('is built, with every article', () => {
      expect(built, 'run `bash scripts/test-examples.sh` to build ' + site.folder).toBe(true)
      expect([...pages.keys()].sort()).toEqual(Object.keys(expectedArticles).sort())
    })

    for (const [name, file] of pages) {
      describe(name, () => {
        const html = readFileSync(file, 'utf8')
        const tree = parser.parse(html)

        it('is one right-to-left Arabic article', () => {
          const articles = select(tree, (element) => element.tagName === 'article')
          expect(articles).toHaveLength(1)
          expect(articles[0]?.properties).toMatchObject({dir: 'rtl', lang: 'ar'})
          const htmlElement = select(tree, (element) => element.tagName === 'html')[0]
          expect(htmlElement?.properties).toMatchObject({dir: 'rtl', lang: 'ar'})
        })

        it('has the headline as its one `h1` and in the title', () => {
          const headings = select(tree, (element) => element.tagName === 'h1')
          expect(headings.map((heading) => toText(heading).trim())).toEqual([expectedArticles[name]])
          const title = select(tree, (element) => element.tagName === 'title')[0]
          expect(title && toText(title)).toContain(expectedArticles[name])
        })

        it('has a description', () => {
          const meta = select(
            tree,
            (element) => element.tagName === 'meta' && element.properties['name'] === 'description'
          )
          expect(meta).toHaveLength(1)
          expect(String(meta[0]?.properties['content'] ?? '').length).toBeGreaterThan(40)
        })

        it('has exactly one JSON-LD NewsArticle that parses', () => {
          const scripts = select(
            tree,
            (element) => element.tagName === 'script' && element.properties['type'] === 'application/ld+json'
          )
          expect(scripts).toHaveLength(1)
          const value = JSON.parse(toText(scripts[0]!)) as Record<string, unknown>
          expect(value['@context']).toBe('https://schema.org')
          expect(value['@type']).toBe('NewsArticle')
          expect(value['headline']).toBe(expectedArticles[name])
          expect(value['inLanguage']).toBe('ar')
        })

        it('sets quotations as block quotes with their speakers', () => {
          const quotes = select(tree, (element) => element.tagName === 'blockquote')
          expect(quotes.length).toBeGreaterThan(0)
          const speakers = select(tree, (element) => typeof element.properties['dataSpeaker'] === 'string')
          expect(speakers.length).toBeGreaterThan(0)
          for (const element of speakers) {
            expect(String(element.properties['dataSpeaker']).trim()).not.toBe('')
          }
        })

        it('leaves no markdown, front matter or escaped markup in the page', () => {
          const text = toText(select(tree, (element) => element.tagName === 'body')[0]!)
          expect(text).not.toMatch(/^\s*---\s*$/m)
          expect(text).not.toMatch(/^\s*(?:title|date|author):/m)
          expect(text).not.toMatch(/^\s*#{1,6}\s/m)
          expect(text).not.toMatch(/\*\*|\]\(|<\/?[a-z]/)
          expect(html).not.toContain('&lt;')
        })

        it('is valid HTML', async () => {
          const report = await validator.validateString(html, file)
          const problems = report.results.flatMap((result) =>
            result.messages.map((message) => message.line + ':' + message.column + ' ' + message.message)
          )
          expect(problems).toEqual([])
        })

        it('links the shipped stylesheet', () => {
          const css = stylesheetText(folder, tree)
          expect(css).toContain('border-inline-start')
          expect(css).toContain('figure.quote')
        })
      })
    }

    if (pages.size > 0) {
      it('marks datelines, bylines and Latin runs', () => {
        const amman = parser.parse(readFileSync(pages.get('amman-book-fair')!, 'utf8'))
        expect(select(amman, (element) => hasClass(element, 'dateline')).map((element) => toText(element))).toEqual([
          'عمّان - خاص:'
        ])
        expect(select(amman, (element) => hasClass(element, 'byline'))).toHaveLength(1)
        const comet = parser.parse(readFileSync(pages.get('new-comet')!, 'utf8'))
        expect(
          select(comet, (element) => element.tagName === 'bdi' && element.properties['dir'] === 'ltr').map((element) =>
            toText(element)
          )
        ).toEqual(['C/2025 R4', 'Minor Planet Center'])
      })

      it('finds the subheadings', () => {
        const seed = parser.parse(readFileSync(pages.get('witkoff-paris')!, 'utf8'))
        expect(select(seed, (element) => element.tagName === 'h2').map((element) => toText(element))).toEqual([
          '«تدخّل أجنبي»'
        ])
      })
    }
  })
}

describe.skipIf(!existsSync(path.join(repository, 'examples/eleventy/_site/cjs')) && !required)(
  'Eleventy 3 configuration files',
  () => {
    it('build the same site from ESM and CommonJS', () => {
      const esm = listFiles(path.join(repository, 'examples/eleventy/_site/esm'))
      const cjs = listFiles(path.join(repository, 'examples/eleventy/_site/cjs'))
      expect(cjs.map((file) => file.relative)).toEqual(esm.map((file) => file.relative))
      for (const [index, file] of esm.entries()) {
        expect(readFileSync(cjs[index]!.absolute, 'utf8'), file.relative).toBe(readFileSync(file.absolute, 'utf8'))
      }
    })
  }
)

/**
 * Article pages of a built site, by article name.
 *
 * @param folder
 *   Built site.
 * @param articleFolders
 *   Folders (in the site) that hold one folder per article.
 * @returns
 *   Map of article name to its `index.html`.
 */
function articlePages(folder: string, articleFolders: ReadonlyArray<string>): Map<string, string> {
  const pages = new Map<string, string>()
  for (const articleFolder of articleFolders) {
    const base = path.join(folder, articleFolder)
    if (!existsSync(base)) continue
    for (const name of readdirSync(base)) {
      const file = path.join(base, name, 'index.html')
      if (existsSync(file)) pages.set(name, file)
    }
  }

  return pages
}

/**
 * All files under a folder, sorted.
 *
 * @param folder
 *   Folder.
 * @returns
 *   Relative and absolute paths.
 */
function listFiles(folder: string): Array<{relative: string; absolute: string}> {
  const files: Array<{relative: string; absolute: string}> = []
  for (const relative of readdirSync(folder, {recursive: true, encoding: 'utf8'})) {
    const absolute = path.join(folder, relative)
    if (statSync(absolute).isFile()) files.push({relative, absolute})
  }

  return files.sort((a, b) => a.relative.localeCompare(b.relative))
}

/**
 * Text of the stylesheets a page links (same-site `href`s) and embeds.
 *
 * @param folder
 *   Built site.
 * @param tree
 *   The page.
 * @returns
 *   All CSS, concatenated.
 */
function stylesheetText(folder: string, tree: Root): string {
  let css = ''
  for (const link of select(tree, (element) => element.tagName === 'link')) {
    const rel = link.properties['rel']
    const href = link.properties['href']
    if (Array.isArray(rel) && rel.includes('stylesheet') && typeof href === 'string' && href.startsWith('/')) {
      css += readFileSync(path.join(folder, href), 'utf8')
    }
  }

  for (const style of select(tree, (element) => element.tagName === 'style')) css += toText(style)
  return css
}

/**
 * Elements that pass a test, in tree order.
 *
 * @param tree
 *   Tree.
 * @param test
 *   Test.
 * @returns
 *   The elements.
 */
function select(tree: Root | Element, test: (element: Element) => boolean): Array<Element> {
  const found: Array<Element> = []
  visit(tree, 'element', (element: Element) => {
    if (test(element)) found.push(element)
  })
  return found
}

/**
 * Whether an element has a class.
 *
 * @param element
 *   Element.
 * @param name
 *   Class name.
 * @returns
 *   Whether it has it.
 */
function hasClass(element: Element, name: string): boolean {
  const value = element.properties['className']
  return Array.isArray(value) && value.includes(name)
}
