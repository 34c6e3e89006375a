/**
 * Check the HTML the library writes with the W3C Nu Html Checker (vnu):
 * every fixture’s `output.html` (a fragment is put in a minimal page), the
 * full page of every fixture’s input, and the full page of every article of
 * a corpus folder, read at run time.
 *
 * Usage:
 *
 *   npm run check:html -- [corpus folder] [--generated <n>] [--keep]
 *
 * Default folder: `../shared/corpus/articles`; `--generated` sets how many
 * generated hostile articles are added (default 300, fixed seed). The pages are written to a
 * temporary folder and checked in one run of vnu (one JVM); `--keep` leaves
 * the folder in place. Prints `check:html: N files checked, E errors` and
 * exits with 1 when there is any error. Needs Java 17 (`vnu-jar`).
 */

import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {appendFile, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {arabicNews, type ArabicNewsOptions} from '../src/index.js'
import {anyArticle} from '../test/property-helpers.js'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Options for the corpus pages: what a news site sets. */
export const siteOptions: ArabicNewsOptions = {
  jsonLd: {
    publisher: {name: 'صحيفة المثال', url: 'https://news.example.com/', logo: 'https://news.example.com/logo.png'},
    baseUrl: 'https://news.example.com/',
    timeZone: 'Asia/Riyadh'
  },
  document: {css: '/style.css', siteName: 'صحيفة المثال'}
}

/**
 * Put a fragment in the smallest valid page; leave a page alone.
 *
 * @param html
 *   Output of the library.
 * @returns
 *   A complete page.
 */
export function asDocument(html: string): string {
  if (/^<!doctype html>/i.test(html)) return html
  return (
    '<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<title>صفحة</title>\n</head>\n<body>\n' +
    html +
    '</body>\n</html>\n'
  )
}

/** One problem vnu reports. */
export interface VnuMessage {
  type: string
  subType?: string
  url?: string
  lastLine?: number
  firstColumn?: number
  message: string
  extract?: string
}

/**
 * Run vnu once over a folder.
 *
 * @param folder
 *   Folder of `.html` files.
 * @returns
 *   Errors (vnu is run with `--errors-only`).
 */
export async function runVnu(folder: string): Promise<Array<VnuMessage>> {
  const jar = createRequire(import.meta.url)('vnu-jar') as string
  const output = await new Promise<string>((resolve, reject) => {
    // A larger thread stack: vnu walks deeply nested markup recursively.
    const child = spawn(
      'java',
      ['-Xss16m', '-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', folder],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    let text = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
    child.on('error', reject)
    child.on('close', () => resolve(text))
  })
  const start = output.search(/\{"(?:version|messages)"/)
  if (start === -1) throw new Error('vnu printed no report:\n' + output.slice(0, 2000))
  const report = JSON.parse(output.slice(start)) as {messages: Array<VnuMessage>}
  return report.messages.filter((message) => message.type === 'error' || message.type === 'non-document-error')
}

/**
 * Write the pages to check: fixtures, corpus articles, and generated
 * hostile articles (see `test/property-helpers.ts`).
 *
 * @param corpus
 *   Folder of articles (`.txt`), or `undefined` to skip.
 * @param folder
 *   Where to write the pages.
 * @param generated
 *   Number of generated hostile articles to add (fixed seed, so the same every run).
 * @returns
 *   Number of pages written, and the articles that could not be rendered.
 */
export async function writePages(
  corpus: string | undefined,
  folder: string,
  generated = 0
): Promise<{count: number; failures: Array<string>}> {
  let count = 0
  const failures: Array<string> = []
  const fixtures = path.join(root, 'fixtures')
  const page = arabicNews(siteOptions).freeze()

  for (const entry of (await readdir(fixtures, {withFileTypes: true})).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    const caseFolder = path.join(fixtures, entry.name)
    const output = await readFile(path.join(caseFolder, 'output.html'), 'utf8')
    await writeFile(path.join(folder, 'fixture-' + entry.name + '.html'), asDocument(output))
    const optionsPath = path.join(caseFolder, 'options.json')
    const options = existsSync(optionsPath)
      ? (JSON.parse(await readFile(optionsPath, 'utf8')) as ArabicNewsOptions)
      : {}
    const document = typeof options.document === 'object' && options.document !== null ? options.document : {}
    const input = await readFile(path.join(caseFolder, 'input.txt'), 'utf8')
    const html = String(await arabicNews({...options, document: {css: '/style.css', ...document}}).process(input))
    await writeFile(path.join(folder, 'fixture-' + entry.name + '-page.html'), html)
    count += 2
  }

  for (const [index, value] of fc.sample(anyArticle, {numRuns: generated, seed: 20_250_904}).entries()) {
    await renderPage(value, 'generated-' + index)
  }

  if (corpus !== undefined) {
    for (const name of (await readdir(corpus)).filter((name) => name.endsWith('.txt')).sort()) {
      await renderPage(await readFile(path.join(corpus, name), 'utf8'), 'corpus-' + name.replace(/\.txt$/, ''))
    }
  }

  return {count, failures}

  async function renderPage(value: string, name: string): Promise<undefined> {
    count++
    try {
      const file = await page.process(new VFile({value, path: name + '.txt'}))
      await writeFile(path.join(folder, name + '.html'), String(file))
    } catch (error) {
      failures.push(
        name + '.html: cannot render: ' + String(error) + '\n  input: ' + JSON.stringify(value.slice(0, 300))
      )
    }

    return undefined
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2)
  const keep = args.includes('--keep')
  const generatedIndex = args.indexOf('--generated')
  const generated = generatedIndex === -1 ? 300 : Number(args[generatedIndex + 1])
  const given = args.find((arg, index) => !arg.startsWith('--') && index !== generatedIndex + 1)
  const corpus = path.resolve(given ?? path.join(root, '../shared/corpus/articles'))
  if (!existsSync(corpus)) {
    console.error(
      `check:html: corpus folder \`${corpus}\` not found; pass the folder of articles as the first argument`
    )
    return 2
  }

  const folder = await mkdtemp(path.join(tmpdir(), 'arabic-news-check-html-'))
  try {
    const started = performance.now()
    const {count: files, failures} = await writePages(corpus, folder, generated)
    const rendered = performance.now()
    const errors = await runVnu(folder)
    for (const failure of failures.slice(0, 20)) console.error(failure)
    for (const error of errors.slice(0, 50)) {
      const file = error.url ? path.basename(fileURLToPath(error.url)) : '?'
      console.error(`${file}:${error.lastLine ?? 0}:${error.firstColumn ?? 0}: ${error.message}`)
    }

    if (errors.length > 50) console.error(`… and ${errors.length - 50} more`)
    const line =
      `check:html: ${files} files checked, ${errors.length + failures.length} errors` +
      ` (rendered in ${((rendered - started) / 1000).toFixed(1)} s, vnu ${((performance.now() - rendered) / 1000).toFixed(1)} s)`
    console.log(line)
    // `npm run test:hardening` prints the numbers of every check together at the end.
    const summary = process.env['HARDENING_SUMMARY']
    if (summary) await appendFile(summary, line + '\n')
    if (keep) console.log(`check:html: pages kept in ${folder}`)
    return errors.length + failures.length > 0 ? 1 : 0
  } finally {
    if (!keep) await rm(folder, {recursive: true, force: true})
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main()
