/**
 * Benchmark: `npm run bench [-- --quick] [-- --corpus <dir>]`.
 *
 * Everything side by side in one run, on real articles read at run time from
 * the corpus folder (never copied into the project):
 * 1. one article through the full pipeline against a bare
 *    `remark-parse → remark-rehype → rehype-stringify` pipeline, with a
 *    per-plugin cost breakdown of both;
 * 2. a folder of articles to full pages with the `arabic-news` command line,
 *    Hugo and Eleventy (same articles, minimal layout);
 * 3. peak memory of the whole process tree at two folder sizes;
 * 4. one article of growing size (each doubling);
 * 5. a rebuild with nothing changed against the full build.
 * Prints the table and writes it to `bench/RESULTS.md`.
 */

import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {fileURLToPath} from 'node:url'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified, type Pluggable, type Processor} from 'unified'
import {VFile} from 'vfile'
import {arabicNews, type ArabicNewsOptions} from '../src/index.js'
import {presetOptions} from '../src/cli/pipeline.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = path.join(root, 'dist/cli/index.js')
const eleventyBin = path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs')

const {values: flags} = parseArgs({
  options: {
    quick: {type: 'boolean', default: false},
    corpus: {type: 'string', default: path.join(root, '../shared/corpus')},
    results: {type: 'string', default: path.join(root, 'bench/RESULTS.md')}
  }
})
const quick = flags.quick ?? false
const sizes = quick
  ? {sample: 150, rounds: 5, folder: 1000, memory: [1000, 5000], megabytes: [0.25, 0.5, 1, 2], repeats: 2}
  : {sample: 400, rounds: 10, folder: 10_000, memory: [10_000, 50_000], megabytes: [1, 2, 4, 8], repeats: 3}

/** The options the command line uses for full pages (as in `arabic-news build`). */
const fullPageOptions: ArabicNewsOptions = presetOptions({
  site: {siteName: 'Bench', baseUrl: 'https://news.example.com/', timeZone: 'Asia/Riyadh'},
  fragment: false
})
const fragmentOptions: ArabicNewsOptions = presetOptions({site: {}, fragment: true})

interface Row {
  measure: string
  ours: string
  baseline: string
  ratio: string
  target: string
  met: string
}

const loadAtStart = os.loadavg()[0]?.toFixed(1)
const rows: Array<Row> = []
const notes: Array<string> = []
const workspace = mkdtempSync(path.join(os.tmpdir(), 'arabic-news-bench-'))

const corpusFolder = path.join(flags.corpus ?? '', 'articles')
const corpusNames = readdirSync(corpusFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
if (corpusNames.length === 0) throw new Error('No articles in ' + corpusFolder)
const corpusTexts = corpusNames.map((name) => readFileSync(path.join(corpusFolder, name), 'utf8'))

log(`Workspace ${workspace}; corpus ${corpusNames.length} articles; ${quick ? 'quick' : 'full'} mode`)

try {
  await benchOneArticle()
  await benchFolders()
  await benchSizes()
} finally {
  rmSync(workspace, {recursive: true, force: true})
}

const machine = describeMachine()
const table = [
  '| Measure | arabic-news | Baseline | Ratio | Target | Met |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.measure} | ${row.ours} | ${row.baseline} | ${row.ratio} | ${row.target} | ${row.met} |`)
].join('\n')
const markdown = [
  '# Benchmark results',
  '',
  `Run on ${new Date().toISOString().slice(0, 10)} with \`npm run bench${quick ? ' -- --quick' : ''}\` (${quick ? 'quick mode: smaller sizes' : 'full sizes'}).`,
  '',
  machine,
  '',
  table,
  '',
  ...notes,
  ''
].join('\n')

console.log('\n' + table + '\n\n' + notes.join('\n'))
writeFileSync(flags.results ?? '', markdown)
log(`Wrote ${path.relative(root, flags.results ?? '')}`)

/**
 * One article: full pipeline against the bare remark/rehype pipeline, same
 * texts, frozen processors reused, warm-up, rounds interleaved.
 */
async function benchOneArticle(): Promise<undefined> {
  const texts = pick(corpusTexts, sizes.sample)
  const bare = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze()
  const full = arabicNews(fullPageOptions).freeze()
  const fragment = arabicNews(fragmentOptions).freeze()

  const processors: Array<[string, Processor<any, any, any, any, any>]> = [
    ['bare', bare],
    ['full', full],
    ['fragment', fragment]
  ]
  const perRound = new Map<string, Array<number>>(processors.map(([name]) => [name, []]))
  for (let round = -2; round < sizes.rounds; round++) {
    for (const [name, processor] of processors) {
      const start = performance.now()
      for (const text of texts) await processor.process(new VFile({path: 'article.txt', value: text}))
      const perArticle = (performance.now() - start) / texts.length
      if (round >= 0) perRound.get(name)?.push(perArticle)
    }
  }
  const bareMs = median(perRound.get('bare') ?? [])
  const fullMs = median(perRound.get('full') ?? [])
  const fragmentMs = median(perRound.get('fragment') ?? [])
  const caption = `${texts.length} real articles × ${sizes.rounds} rounds, median per article`
  rows.push(
    row(`One article, full page (${caption})`, ms(fullMs), `bare remark→rehype ${ms(bareMs)}`, fullMs / bareMs, 0.2),
    row(
      'One article, fragment (same texts)',
      ms(fragmentMs),
      `bare remark→rehype ${ms(bareMs)}`,
      fragmentMs / bareMs,
      0.2
    )
  )

  const breakdown = async (label: string, processor: Processor<any, any, any, any, any>): Promise<string> => {
    const costs = await profilePlugins(processor, texts)
    const total = [...costs.values()].reduce((sum, value) => sum + value, 0)
    const lines = [...costs].map(
      ([name, value]) => `| ${label} | ${name} | ${ms(value)} | ${((value / total) * 100).toFixed(0)}% |`
    )
    return lines.join('\n')
  }
  notes.push(
    '## Where one article’s time goes',
    '',
    'Per-plugin cost per article (parser, each transformer, compiler), measured by wrapping each plugin of the',
    'frozen processors on the same texts; the sum is a little above the plain run because of the timing itself.',
    '',
    '| Pipeline | Step | Per article | Share |',
    '| --- | --- | --- | --- |',
    await breakdown('bare', unified().use(remarkParse).use(remarkRehype).use(rehypeStringify)),
    await breakdown('full page', arabicNews(fullPageOptions)),
    ''
  )
  log(`one article: full ${ms(fullMs)}, fragment ${ms(fragmentMs)}, bare ${ms(bareMs)}`)
  return undefined
}

/**
 * Time each plugin of a processor: parser, transformers, compiler.
 *
 * @param processor
 *   Processor (not frozen) whose attachers are wrapped.
 * @param texts
 *   Articles.
 * @param rounds
 *   Timed passes over the texts.
 * @param warmUp
 *   Whether to make one untimed pass first.
 * @returns
 *   Milliseconds per article by step, in pipeline order.
 */
async function profilePlugins(
  processor: Processor<any, any, any, any, any>,
  texts: ReadonlyArray<string>,
  rounds = Math.max(2, Math.floor(sizes.rounds / 2)),
  warmUp = true
): Promise<Map<string, number>> {
  const costs = new Map<string, number>()
  const add = (name: string, start: number): void => {
    costs.set(name, (costs.get(name) ?? 0) + performance.now() - start)
  }
  const timed = unified()
  for (const [plugin, ...parameters] of processor.attachers) {
    const name = plugin.name || 'anonymous'
    const wrapped = function (this: any, ...args: Array<unknown>): unknown {
      const parser = this.parser
      const compiler = this.compiler
      const transformer = (plugin as (...args: Array<unknown>) => unknown).apply(this, args)
      if (this.parser !== parser) {
        const inner = this.parser
        this.parser = (document: string, file: VFile) => {
          const start = performance.now()
          const tree = inner(document, file)
          add('parse: ' + name, start)
          return tree
        }
      }
      if (this.compiler !== compiler) {
        const inner = this.compiler
        this.compiler = (tree: unknown, file: VFile) => {
          const start = performance.now()
          const result = inner(tree, file)
          add('compile: ' + name, start)
          return result
        }
      }
      if (typeof transformer !== 'function' || transformer.length > 2) return transformer
      return function (this: unknown, tree: unknown, file: VFile) {
        const start = performance.now()
        const result = (transformer as (tree: unknown, file: VFile) => unknown).call(this, tree, file)
        if (result && typeof (result as Promise<unknown>).then === 'function') {
          return (result as Promise<unknown>).then((value) => {
            add(name, start)
            return value
          })
        }
        add(name, start)
        return result
      }
    }
    timed.use(wrapped as Pluggable as never, ...parameters)
  }
  const frozen = timed.freeze()
  if (warmUp) for (const text of texts) await frozen.process(new VFile({path: 'article.txt', value: text}))
  costs.clear()
  for (let round = 0; round < rounds; round++) {
    for (const text of texts) await frozen.process(new VFile({path: 'article.txt', value: text}))
  }
  for (const [name, value] of costs) costs.set(name, value / (rounds * texts.length))
  return costs
}

/**
 * Folders: our build against Hugo and Eleventy, memory at two sizes, rebuilds.
 */
async function benchFolders(): Promise<undefined> {
  const count = sizes.folder
  const plain = path.join(workspace, `plain-${count}`)
  const markdown = path.join(workspace, `markdown-${count}`)
  writeArticles(plain, count, 'txt')
  writeArticles(markdown, count, 'md')

  const hugo = spawnSync('hugo', ['version'], {encoding: 'utf8'})
  let hugoResult: Measured | undefined
  if (hugo.status === 0) {
    const site = path.join(workspace, 'hugo')
    mkdirSync(path.join(site, 'layouts/_default'), {recursive: true})
    writeFileSync(
      path.join(site, 'hugo.toml'),
      'baseURL = "https://news.example.com/"\nlanguageCode = "ar"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404", "home", "section"]\n'
    )
    writeFileSync(
      path.join(site, 'layouts/_default/single.html'),
      '<!doctype html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n<body><article>\n<h1>{{ .Title }}</h1>\n{{ .Content }}\n</article></body>\n</html>\n'
    )
    hugoResult = await measure('hugo', [
      '--source',
      site,
      '--contentDir',
      markdown,
      '--destination',
      path.join(site, 'public'),
      '--quiet'
    ])
    log(`hugo ${count}: ${seconds(hugoResult.wallMs)}, ${mb(hugoResult.peakRss)}`)
  } else {
    notes.push('Hugo not found: install it with `apt-get install -y hugo` (Debian) to compare.')
  }

  const eleventySite = path.join(workspace, 'eleventy')
  mkdirSync(path.join(eleventySite, '_includes'), {recursive: true})
  writeFileSync(
    path.join(eleventySite, '_includes/article.njk'),
    '<!doctype html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><article>\n<h1>{{ title }}</h1>\n{{ content | safe }}\n</article></body>\n</html>\n'
  )
  writeFileSync(
    path.join(eleventySite, 'eleventy.config.mjs'),
    `export default function (config) {\n  config.addGlobalData('layout', 'article.njk')\n  return {dir: {input: ${JSON.stringify(markdown)}, includes: ${JSON.stringify(path.relative(markdown, path.join(eleventySite, '_includes')))}, output: '_site'}, markdownTemplateEngine: false}\n}\n`
  )
  const eleventyResult = await measure(
    process.execPath,
    [eleventyBin, '--config=eleventy.config.mjs', '--quiet'],
    eleventySite
  )
  log(`eleventy ${count}: ${seconds(eleventyResult.wallMs)}, ${mb(eleventyResult.peakRss)}`)

  const out = path.join(workspace, 'out')
  const ours = await measure(process.execPath, [cli, 'build', plain, '--out', out, '--quiet', '--site-name', 'Bench'])
  log(`arabic-news ${count}: ${seconds(ours.wallMs)}, ${mb(ours.peakRss)} (exit ${ours.code})`)
  const cores = os.availableParallelism()

  if (hugoResult) {
    rows.push(
      row(
        `${count.toLocaleString('en')} articles → full pages, wall time (${cores} cores)`,
        seconds(ours.wallMs),
        `Hugo ${seconds(hugoResult.wallMs)}`,
        ours.wallMs / hugoResult.wallMs,
        0.2
      )
    )
  }
  rows.push(
    row(
      `${count.toLocaleString('en')} articles → full pages, against Eleventy`,
      seconds(ours.wallMs),
      `Eleventy ${seconds(eleventyResult.wallMs)}`,
      ours.wallMs / eleventyResult.wallMs,
      undefined
    )
  )

  const rebuild = await measure(process.execPath, [
    cli,
    'build',
    plain,
    '--out',
    out,
    '--quiet',
    '--site-name',
    'Bench'
  ])
  rows.push(
    row(
      'Rebuild with nothing changed (size and time match)',
      seconds(rebuild.wallMs),
      `full build ${seconds(ours.wallMs)}`,
      rebuild.wallMs / ours.wallMs,
      0.05
    )
  )
  // Same content, new modification times: every article is read and its hash compared.
  touchAll(plain, Date.now() / 1000 - 60)
  const rehash = await measure(process.execPath, [cli, 'build', plain, '--out', out, '--quiet', '--site-name', 'Bench'])
  rows.push(
    row(
      'Rebuild after touching every file (content hashes compared)',
      seconds(rehash.wallMs),
      `full build ${seconds(ours.wallMs)}`,
      rehash.wallMs / ours.wallMs,
      0.05
    )
  )
  log(`rebuild: ${seconds(rebuild.wallMs)}, after touch: ${seconds(rehash.wallMs)}`)
  rmSync(out, {recursive: true, force: true})
  rmSync(markdown, {recursive: true, force: true})

  const peaks: Array<[number, Measured]> = []
  for (const size of sizes.memory) {
    let folder = plain
    let result = ours
    if (size !== count) {
      folder = path.join(workspace, `plain-${size}`)
      writeArticles(folder, size, 'txt')
      result = await measure(process.execPath, [
        cli,
        'build',
        folder,
        '--out',
        path.join(workspace, `out-${size}`),
        '--quiet'
      ])
      rmSync(path.join(workspace, `out-${size}`), {recursive: true, force: true})
      rmSync(folder, {recursive: true, force: true})
      log(`arabic-news ${size}: ${seconds(result.wallMs)}, ${mb(result.peakRss)}`)
    }
    peaks.push([size, result])
  }
  const [small, large] = peaks
  for (const [size, result] of peaks) {
    const baseline =
      size === count
        ? [hugoResult ? `Hugo ${mb(hugoResult.peakRss)}` : '', `Eleventy ${mb(eleventyResult.peakRss)}`]
            .filter(Boolean)
            .join(', ')
        : `${seconds(result.wallMs)} wall`
    rows.push({
      measure: `Peak memory (RSS, all threads), ${size.toLocaleString('en')} articles`,
      ours: mb(result.peakRss),
      baseline,
      ratio:
        small && large && size === large[0]
          ? `×${(large[1].peakRss / small[1].peakRss).toFixed(2)} for ×${large[0] / small[0]} articles`
          : '',
      target: '≤ 256 MB, flat',
      met: result.peakRss <= 256 * 1024 * 1024 ? 'yes' : 'no'
    })
  }
  rmSync(plain, {recursive: true, force: true})
  return undefined
}

/**
 * One article of growing size through the full pipeline.
 */
async function benchSizes(): Promise<undefined> {
  const processor = arabicNews(fullPageOptions).freeze()
  let previous: number | undefined
  let previousLabel = ''
  for (const megabytes of sizes.megabytes) {
    const text = bigArticle(megabytes * 1024 * 1024)
    const times: Array<number> = []
    for (let repeat = 0; repeat < sizes.repeats; repeat++) {
      const start = performance.now()
      await processor.process(new VFile({path: 'big.txt', value: text}))
      times.push(performance.now() - start)
    }
    const time = median(times)
    const label = `${megabytes} MB`
    log(`one article of ${label}: ${ms(time)}`)
    if (previous !== undefined) {
      rows.push(
        row(
          `One article ${previousLabel} → ${label} (median of ${sizes.repeats})`,
          ms(time),
          ms(previous),
          time / previous,
          2.2
        )
      )
    }
    previous = time
    previousLabel = label
  }

  // Where the time goes at the two largest sizes, to find what grows faster than the text.
  const largest = sizes.megabytes.slice(-2)
  const breakdowns: Array<Map<string, number>> = []
  for (const megabytes of largest) {
    breakdowns.push(await profilePlugins(arabicNews(fullPageOptions), [bigArticle(megabytes * 1024 * 1024)], 1, false))
  }
  const steps = [...(breakdowns[0]?.keys() ?? [])]
  notes.push(
    `## Where the time goes in one long article (${largest.map((value) => value + ' MB').join(' and ')})`,
    '',
    `| Step | ${largest.map((value) => value + ' MB').join(' | ')} | Growth |`,
    `| --- | ${largest.map(() => '---').join(' | ')} | --- |`,
    ...steps.map((step) => {
      const values = breakdowns.map((costs) => costs.get(step) ?? 0)
      const growth =
        values.length === 2 && (values[0] ?? 0) > 0 ? `×${((values[1] ?? 0) / (values[0] ?? 1)).toFixed(1)}` : ''
      return `| ${step} | ${values.map((value) => ms(value)).join(' | ')} | ${growth} |`
    }),
    ''
  )
  return undefined
}

/** Outcome of one child process. */
interface Measured {
  wallMs: number
  peakRss: number
  code: number | null
}

/**
 * Run a command, sampling the RSS of its whole process tree from `/proc`.
 *
 * @param command
 *   Executable.
 * @param args
 *   Arguments.
 * @param cwd
 *   Working folder.
 * @returns
 *   Wall time, peak RSS in bytes, exit code.
 */
function measure(command: string, args: ReadonlyArray<string>, cwd = root): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(command, args, {cwd, stdio: ['ignore', 'ignore', 'pipe']})
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 4000) stderr += chunk
    })
    let peakRss = 0
    const sample = (): void => {
      if (child.pid !== undefined) peakRss = Math.max(peakRss, treeRss(child.pid))
    }
    const timer = setInterval(sample, 20)
    child.on('error', reject)
    child.on('exit', (code) => {
      const wallMs = performance.now() - start
      clearInterval(timer)
      if (code !== 0 && code !== 1) log(`${path.basename(command)} exited ${code}: ${stderr}`)
      resolve({wallMs, peakRss, code})
    })
  })
}

/**
 * RSS of a process and all its descendants (threads share their process’s RSS).
 *
 * @param pid
 *   Root process.
 * @returns
 *   Bytes.
 */
function treeRss(pid: number): number {
  let total = 0
  const stack = [pid]
  while (stack.length > 0) {
    const current = stack.pop() ?? 0
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8')
      const match = /VmRSS:\s+(\d+) kB/.exec(status)
      if (match?.[1]) total += Number(match[1]) * 1024
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim()
        if (children) stack.push(...children.split(/\s+/).map(Number))
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return total
}

/**
 * Write `count` articles cycled from the corpus, 500 per folder.
 *
 * @param folder
 *   Target folder.
 * @param count
 *   Number of articles.
 * @param format
 *   `txt`: as in the corpus; `md`: Markdown with the headline as front matter `title`.
 */
function writeArticles(folder: string, count: number, format: 'txt' | 'md'): undefined {
  for (let index = 0; index < count; index++) {
    const sub = path.join(folder, `part-${String(Math.floor(index / 500)).padStart(3, '0')}`)
    if (index % 500 === 0) mkdirSync(sub, {recursive: true})
    const text = corpusTexts[index % corpusTexts.length] ?? ''
    const name = `${index}-${(corpusNames[index % corpusNames.length] ?? '').replace(/\.txt$/, '')}`
    if (format === 'txt') {
      writeFileSync(path.join(sub, name + '.txt'), text)
    } else {
      const newline = text.indexOf('\n')
      const title = (newline === -1 ? text : text.slice(0, newline)).trim()
      const body = newline === -1 ? '' : text.slice(newline + 1)
      writeFileSync(path.join(sub, name + '.md'), `---\ntitle: ${JSON.stringify(title)}\n---\n${body}`)
    }
  }
  return undefined
}

/**
 * Give every file in a folder tree a new modification time.
 *
 * @param folder
 *   Folder.
 * @param time
 *   Seconds since the epoch.
 */
function touchAll(folder: string, time: number): undefined {
  for (const entry of readdirSync(folder, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) utimesSync(path.join(entry.parentPath, entry.name), time, time)
  }
  return undefined
}

/**
 * One long article: a headline, then corpus paragraphs until the size is reached.
 *
 * @param bytes
 *   Size wanted.
 * @returns
 *   Text.
 */
function bigArticle(bytes: number): string {
  const parts = ['مقال طويل للقياس', '']
  let size = 0
  for (let index = 0; size < bytes; index++) {
    const text = corpusTexts[index % corpusTexts.length] ?? ''
    const body = text.slice(text.indexOf('\n') + 1).trim()
    parts.push(body, '')
    size += Buffer.byteLength(body) + 2
  }
  return parts.join('\n')
}

/**
 * Spread picks over a list.
 *
 * @param list
 *   Items.
 * @param count
 *   How many.
 * @returns
 *   Picked items.
 */
function pick<T>(list: ReadonlyArray<T>, count: number): Array<T> {
  const step = Math.max(1, Math.floor(list.length / count))
  const result: Array<T> = []
  for (let index = 0; index < list.length && result.length < count; index += step) {
    const item = list[index]
    if (item !== undefined) result.push(item)
  }
  return result
}

/**
 * Build a table row.
 *
 * @param measure
 *   What is measured.
 * @param ours
 *   Our number.
 * @param baseline
 *   Baseline number.
 * @param ratio
 *   Ours / baseline.
 * @param target
 *   Highest acceptable ratio, if any.
 * @returns
 *   Row.
 */
function row(measure: string, ours: string, baseline: string, ratio: number, target: number | undefined): Row {
  return {
    measure,
    ours,
    baseline,
    ratio: ratio.toFixed(ratio < 0.1 ? 3 : 2),
    target: target === undefined ? '—' : `≤ ${target}`,
    met: target === undefined ? '—' : ratio <= target ? 'yes' : 'no'
  }
}

/**
 * Describe the machine.
 *
 * @returns
 *   Markdown lines.
 */
function describeMachine(): string {
  const cpus = os.cpus()
  const hugo = spawnSync('hugo', ['version'], {encoding: 'utf8'})
  const eleventy = JSON.parse(readFileSync(path.join(root, 'node_modules/@11ty/eleventy/package.json'), 'utf8')) as {
    version: string
  }
  return [
    `Machine: ${cpus[0]?.model ?? 'unknown processor'}, ${os.availableParallelism()} cores, ${mb(os.totalmem())} memory, ${os.type()} ${os.release()}, Node ${process.version}; load average at the start ${loadAtStart}, at the end ${os.loadavg()[0]?.toFixed(1)} (other work on the machine slows every tool alike).`,
    `Compared with: ${hugo.status === 0 ? hugo.stdout.trim().split(' ').slice(0, 2).join(' ') : 'Hugo not installed'}, Eleventy ${eleventy.version}.`
  ].join('\n')
}

/**
 * Median of numbers.
 *
 * @param values
 *   Numbers.
 * @returns
 *   Median.
 */
function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * Format milliseconds.
 *
 * @param value
 *   Milliseconds.
 * @returns
 *   Text.
 */
function ms(value: number): string {
  return value < 10 ? `${value.toFixed(3)} ms` : `${value.toFixed(0)} ms`
}

/**
 * Format milliseconds as seconds.
 *
 * @param value
 *   Milliseconds.
 * @returns
 *   Text.
 */
function seconds(value: number): string {
  return `${(value / 1000).toFixed(2)} s`
}

/**
 * Format bytes as megabytes.
 *
 * @param value
 *   Bytes.
 * @returns
 *   Text.
 */
function mb(value: number): string {
  return `${(value / 1024 / 1024).toFixed(0)} MB`
}

/**
 * Log progress to standard error.
 *
 * @param message
 *   Text.
 */
function log(message: string): undefined {
  process.stderr.write(`[bench] ${message}\n`)
  return undefined
}
