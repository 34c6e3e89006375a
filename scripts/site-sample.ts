/**
 * Build the example site (`examples/articles`) as `npm start` does: the
 * article pages with `arabic-news build`, and the site around them (home,
 * section and author pages, feeds, sitemaps) with `writeSite`, from the
 * facts each article page carries in its JSON-LD. Used by the page checks
 * (Nu, axe) and the README screenshots.
 *
 * Usage: `npx tsx scripts/site-sample.ts [output folder] [--screenshots]`
 * (default folder: `out/examples`); `--screenshots` also writes the README
 * screenshots of the home page and an article page, 1280 and 400 pixels
 * wide, to `docs/` (Debian's Chromium; never downloads a browser).
 */

import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {main} from '../src/cli/main.js'
import {writeSite, type ArticleRecord, type SiteReport} from '../src/cli/site/index.js'
import {screenshot} from './screenshot.js'

const repository = fileURLToPath(new URL('..', import.meta.url))

/** The example articles. */
export const EXAMPLE_ARTICLES = path.join(repository, 'examples/articles')

/** “Now” of the sample build: the day after the latest dated example article, so the news sitemap has entries. */
export const SAMPLE_NOW = '2025-03-15T12:00:00+03:00'

/**
 * Build the example site.
 *
 * @param output
 *   Output folder.
 * @returns
 *   Records of the articles, and what `writeSite` wrote.
 */
export async function buildSampleSite(output: string): Promise<{records: Array<ArticleRecord>; site: SiteReport}> {
  let errors = ''
  const code = await main(['build', EXAMPLE_ARTICLES, '--out', output, '--jobs', '1', '--quiet', '--force'], {
    stdout: {write: () => true},
    stderr: {write: (chunk: string) => ((errors += chunk), true)},
    stdin: (async function* () {})(),
    env: {NO_COLOR: '1'},
    cwd: repository
  })
  if (code !== 0) throw new Error('arabic-news build failed:\n' + errors)

  const records: Array<ArticleRecord> = []
  for (const entry of await readdir(output, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue
    const file = path.join(entry.parentPath, entry.name)
    const record = recordFromPage(await readFile(file, 'utf8'), path.relative(output, file).split(path.sep).join('/'))
    if (record) records.push(record)
  }

  const config = JSON.parse(await readFile(path.join(EXAMPLE_ARTICLES, 'arabic-news.config.json'), 'utf8')) as Record<
    string,
    string
  >
  const site = await writeSite(records, {site: config, now: SAMPLE_NOW}, output)
  return {records, site}
}

/**
 * The record of a built article page, from its JSON-LD.
 *
 * @param html
 *   Page.
 * @param output
 *   Its path in the output folder.
 * @returns
 *   Record, or `undefined` for a page without NewsArticle.
 */
export function recordFromPage(html: string, output: string): ArticleRecord | undefined {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)
  if (!match?.[1]) return undefined
  const data = JSON.parse(match[1]) as Record<string, unknown>
  if (data['@type'] !== 'NewsArticle') return undefined
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)
  const authors = (Array.isArray(data['author']) ? data['author'] : data['author'] ? [data['author']] : []) as Array<{
    name?: unknown
  }>
  const folder = output.includes('/') ? output.slice(0, output.lastIndexOf('/')) : undefined
  return {
    input: output.replace(/\.html$/, '.txt'),
    output,
    url: text(data['url']) ?? '/' + output,
    headline: text(data['headline']) ?? output,
    description: text(data['description']),
    datePublished: text(data['datePublished']),
    dateModified: text(data['dateModified']),
    language: text(data['inLanguage']) ?? 'ar',
    section: text(data['articleSection']) ?? folder,
    authors: authors.flatMap((author) => text(author.name) ?? [])
  }
}

/* c8 ignore start -- command line entry. */
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const output = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? path.join(repository, 'out/examples'))
  const {site} = await buildSampleSite(output)
  process.stdout.write(`Wrote ${site.files.length} site files to ${output}\n`)
  if (args.includes('--screenshots')) {
    for (const [name, pagePath] of [
      ['home', '/'],
      ['article', '/marathon.html']
    ] as const) {
      for (const width of [1280, 400]) {
        const png = path.join(repository, 'docs', `site-${name}-${width}.png`)
        await screenshot(output, pagePath, png, width)
        process.stdout.write('Wrote ' + path.relative(repository, png) + '\n')
      }
    }
  }
}
/* c8 ignore stop */
