/**
 * Benchmark: `npm run bench [-- --quick] [-- --only <parts>] [-- --corpus <dir>] [-- --results <file>]`
 * (parts: `one-article`, `folders`, `short-lines`, `sizes`, `profile`).
 *
 * Everything side by side in one run, on real articles read at run time from
 * the corpus folder (never copied into the project). Within each round the
 * systems compared run one after the other, in an order that turns from
 * round to round, so that load on a shared machine falls on all of them
 * alike; a ratio is taken within each round and the table gives the median
 * with the lowest and highest.
 *
 * 1. One article through the full pipeline (full page, fragment) against a
 *    bare `remark-parse → remark-rehype → rehype-stringify` pipeline, same
 *    texts.
 * 2. A folder of articles to full pages: `arabic-news build` against Hugo
 *    (minimal layout) and Eleventy, same texts and cores; wall time and peak
 *    memory of the whole process tree.
 * 3. Peak memory at a five times larger folder (flat), and memory per line
 *    of one article made of many short lines.
 * 4. A rebuild with nothing changed against the full build.
 * 5. One article of growing size (each doubling).
 * 6. Where the time goes: the functions with the most self time in a CPU
 *    profile (`node --cpu-prof`), and the cost of each plugin.
 *
 * Prints the table and writes it, with machine and load, to
 * `bench/RESULTS.md`. A script, never a timed test: numbers from a shared
 * machine are read as ratios.
 */

import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified, type Pluggable, type Processor} from 'unified'
import {VFile} from 'vfile'
import {presetOptions} from '../src/cli/pipeline.js'
import {arabicNews, type ArabicNewsOptions} from '../src/index.js'
import {profileArticles, type SelfTime} from './profile.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = path.join(root, 'dist/cli/index.js')
const eleventyBin = path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs')

const {values: flags} = parseArgs({
  options: {
    quick: {type: 'boolean', default: false},
    only: {type: 'string'},
    corpus: {type: 'string', default: path.join(root, '../shared/corpus')},
    results: {type: 'string', default: path.join(root, 'bench/RESULTS.md')}
  }
})
const quick = flags.quick ?? false
/** Parts to run (`--only one-article,profile`; default: all), for trying a change. */
const only = flags.only === undefined ? undefined : new Set(flags.only.split(','))

/** Sizes of the full run and of `--quick` (for trying a change). */
const sizes = quick
  ? {
      sample: 150,
      rounds: 5,
      folder: 1000,
      folderRounds: 2,
      large: 5000,
      lines: 50_000,
      megabytes: [0.25, 0.5, 1],
      repeats: 2,
      profileRounds: 2
    }
  : {
      sample: 400,
      rounds: 10,
      folder: 10_000,
      folderRounds: 3,
      large: 50_000,
      lines: 200_000,
      megabytes: [1, 2, 4, 8],
      repeats: 3,
      profileRounds: 5
    }

/** Targets of issue #12 (ratios, highest acceptable). */
const TARGET = {
  fullPage: 1,
  fragment: 0.7,
  hugo: 1,
  eleventy: 0.5,
  megabytes: 256,
  doubling: 2.2,
  rebuild: 0.05
}

/** The options the command line uses for full pages (as `arabic-news build` with the site flags below). */
const site = {siteName: 'Bench', baseUrl: 'https://news.example.com/', timeZone: 'Asia/Riyadh'}
const fullPageOptions: ArabicNewsOptions = presetOptions({site, fragment: false})
const fragmentOptions: ArabicNewsOptions = presetOptions({site: {}, fragment: true})
const siteFlags = ['--site-name', site.siteName, '--base-url', site.baseUrl, '--time-zone', site.timeZone]

/** One line of the results table. */
interface Row {
  measure: string
  ours: string
  baseline: string
  ratio: string
  target: string
  met: string
}

/** Load average (1 minute) when each part started and ended. */
const loads: Array<string> = []
const loadAtStart = load()
const rows: Array<Row> = []
const notes: Array<string> = []
const workspace = mkdtempSync(path.join(os.tmpdir(), 'arabic-news-bench-'))

/** Eleventy's configuration (`DIRECTORIES` is replaced by its folders). */
const ELEVENTY_CONFIG =
  "const PER_PAGE = 20\nconst list = '<!doctype html>\\n<html lang=\"ar\" dir=\"rtl\">\\n<head><meta charset=\"utf-8\"><title>{{ chunk.name }}</title></head>\\n<body><main>\\n<h1>{{ chunk.name }}</h1>\\n<ol>{% for post in chunk.items %}\\n<li><a href=\"{{ post.url }}\">{{ post.data.title }}</a> <time>{{ post.date.toISOString() }}</time></li>{% endfor %}\\n</ol>\\n</main></body>\\n</html>\\n'\nconst feed = '<?xml version=\"1.0\" encoding=\"utf-8\"?>\\n<rss version=\"2.0\"><channel><title>{{ chunk.name }}</title>{% for post in chunk.items %}\\n<item><title>{{ post.data.title }}</title><link>https://news.example.com{{ post.url }}</link><pubDate>{{ post.date.toUTCString() }}</pubDate></item>{% endfor %}\\n</channel></rss>\\n'\nconst sitemap = '<?xml version=\"1.0\" encoding=\"utf-8\"?>\\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">{% for post in collections.articles %}\\n<url><loc>https://news.example.com{{ post.url }}</loc></url>{% endfor %}\\n</urlset>\\n'\nexport default function (config) {\n  config.addGlobalData('layout', 'article.njk')\n  config.addCollection('articles', (api) => api.getAll().filter((item) => item.inputPath.endsWith('.md')).reverse())\n  // Every page of every list (home, then each folder), 20 articles a page, and a feed of the latest 20 of each.\n  config.addCollection('listPages', (api) => {\n    const articles = api.getAll().filter((item) => item.inputPath.endsWith('.md')).reverse()\n    const lists = new Map([['', articles]])\n    for (const item of articles) {\n      const folder = item.filePathStem.split('/').at(-2) + '/'\n      if (!lists.has(folder)) lists.set(folder, [])\n      lists.get(folder).push(item)\n    }\n    const pages = []\n    for (const [folder, items] of lists) {\n      for (let start = 0; start < items.length; start += PER_PAGE) {\n        const n = start / PER_PAGE + 1\n        pages.push({name: folder || 'Bench', folder, n, items: items.slice(start, start + PER_PAGE)})\n      }\n    }\n    return pages\n  })\n  config.addTemplate('list.njk', list, {layout: false, pagination: {data: 'collections.listPages', size: 1, alias: 'chunk'}, permalink: '{{ chunk.folder }}{% if chunk.n > 1 %}page/{{ chunk.n }}/{% endif %}index.html', eleventyExcludeFromCollections: true})\n  config.addTemplate('feed.njk', feed, {layout: false, pagination: {data: 'collections.listPages', size: 1, alias: 'chunk', before: (pages) => pages.filter((page) => page.n === 1)}, permalink: '{{ chunk.folder }}feed.xml', eleventyExcludeFromCollections: true})\n  config.addTemplate('sitemap.njk', sitemap, {layout: false, permalink: 'sitemap.xml', eleventyExcludeFromCollections: true})\n  return DIRECTORIES\n}\n"

const corpusFolder = path.join(flags.corpus ?? '', 'articles')
const corpusNames = readdirSync(corpusFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
if (corpusNames.length === 0) throw new Error('No articles in ' + corpusFolder)
const corpusTexts = corpusNames.map((name) => readFileSync(path.join(corpusFolder, name), 'utf8'))

log(
  `Workspace ${workspace}; corpus ${corpusNames.length} articles; ${quick ? 'quick' : 'full'} mode; load ${loadAtStart}`
)

let profile: Array<SelfTime> = []
try {
  await part('one article', benchOneArticle)
  await part('folders', benchFolders)
  await part('short lines', benchShortLines)
  await part('sizes', benchSizes)
  await part('profile', async () => {
    profile = profileArticles(
      {pipeline: 'full', count: sizes.sample, rounds: sizes.profileRounds, corpus: corpusFolder},
      path.join(workspace, 'profile')
    )
    return undefined
  })
} finally {
  rmSync(workspace, {recursive: true, force: true})
}

const loadAtEnd = load()
const table = [
  '| Measure | arabic-news | Baseline | Ratio (median, min–max) | Target | Met |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map((row) => `| ${row.measure} | ${row.ours} | ${row.baseline} | ${row.ratio} | ${row.target} | ${row.met} |`)
].join('\n')
const markdown = [
  '# Benchmark results',
  '',
  `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`npm run bench${quick ? ' -- --quick' : ''}\` (${quick ? 'quick mode: smaller sizes' : 'full sizes'}).`,
  '',
  describeMachine(),
  '',
  table,
  '',
  'Times are medians with the lowest and highest in brackets; a ratio is taken within each round (the',
  'systems run one after the other, in an order that turns each round) and its median is given, so that',
  'load on a shared machine falls on all of them alike.',
  '',
  ...notes,
  '## Where the time goes',
  '',
  `Functions with the most self time in a CPU profile (\`node --cpu-prof\`, built library, full pages, ${sizes.sample} articles ×`,
  `${sizes.profileRounds} rounds; \`npx tsx bench/profile.ts --pipeline full\` prints more):`,
  '',
  '| Self time | Function |',
  '| --- | --- |',
  ...profile
    .slice(0, 15)
    .map((entry) => `| ${(entry.share * 100).toFixed(1)}% | \`${entry.name.replace(/\|/g, '\\|')}\` |`),
  ''
].join('\n')

console.log('\n' + markdown)
writeFileSync(flags.results ?? '', markdown)
log(`Wrote ${path.relative(root, flags.results ?? '')}`)

/**
 * Run one part of the benchmark, recording the load before and after.
 *
 * @param name
 *   Name of the part.
 * @param run
 *   The part.
 * @returns
 *   Nothing.
 */
async function part(name: string, run: () => Promise<undefined>): Promise<undefined> {
  if (only && !only.has(name.replace(/ /g, '-'))) return undefined
  const before = load()
  await run()
  loads.push(`${name} ${before}→${load()}`)
  return undefined
}

/**
 * One article: full page and fragment against the bare remark/rehype
 * pipeline, same texts, frozen processors reused, two warm-up rounds, order
 * turning each round.
 */
async function benchOneArticle(): Promise<undefined> {
  const texts = pick(corpusTexts, sizes.sample)
  const processors: Array<[string, Processor<any, any, any, any, any>]> = [
    ['bare', unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze()],
    ['full', arabicNews(fullPageOptions).freeze()],
    ['fragment', arabicNews(fragmentOptions).freeze()]
  ]
  const times = new Map<string, Array<number>>(processors.map(([name]) => [name, []]))
  for (let round = -2; round < sizes.rounds; round++) {
    for (const [name, processor] of rotate(processors, round)) {
      const start = performance.now()
      for (const text of texts) await processor.process(new VFile({path: 'article.txt', value: text}))
      const perArticle = (performance.now() - start) / texts.length
      if (round >= 0) times.get(name)?.push(perArticle)
    }
  }

  const bare = times.get('bare') ?? []
  const caption = `${texts.length} corpus articles × ${sizes.rounds} rounds, per article`
  rows.push(
    compare(
      `One article, full page (${caption})`,
      times.get('full') ?? [],
      'bare remark→rehype',
      bare,
      ms,
      TARGET.fullPage
    ),
    compare(
      'One article, fragment (same texts)',
      times.get('fragment') ?? [],
      'bare remark→rehype',
      bare,
      ms,
      TARGET.fragment
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
    '## Where one article’s time goes, by plugin',
    '',
    'Cost per article of the parser, each transformer and the compiler, measured by wrapping each plugin of',
    'the processors on the same texts (the sum is a little above the plain run because of the timing itself).',
    '',
    '| Pipeline | Step | Per article | Share |',
    '| --- | --- | --- | --- |',
    await breakdown('bare', unified().use(remarkParse).use(remarkRehype).use(rehypeStringify)),
    await breakdown('full page', arabicNews(fullPageOptions)),
    ''
  )
  log(
    `one article: full ${ms(median(times.get('full') ?? []))}, fragment ${ms(median(times.get('fragment') ?? []))}, bare ${ms(median(bare))}`
  )
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

/** A system that turns a folder of articles into pages. */
interface FolderSystem {
  name: string
  run: () => Promise<Measured>
}

/**
 * Folders: our build against Hugo and Eleventy in alternating rounds, a
 * no-op rebuild after each of our builds, then memory at a larger folder.
 */
async function benchFolders(): Promise<undefined> {
  const count = sizes.folder
  const plain = path.join(workspace, `plain-${count}`)
  const markdown = path.join(workspace, `markdown-${count}`)
  writeArticles(plain, count, 'txt')
  writeArticles(markdown, count, 'md')
  // Older than the racy margin of the manifest, as articles of a real folder are.
  touchAll(plain, Date.now() / 1000 - 120)
  const out = path.join(workspace, 'out')
  const build = (folder: string, output: string): Promise<Measured> =>
    measure(process.execPath, [cli, 'build', folder, '--out', output, '--quiet', ...siteFlags])

  const systems: Array<FolderSystem> = [
    {
      name: 'arabic-news',
      run: () => {
        rmSync(out, {recursive: true, force: true})
        return build(plain, out)
      }
    }
  ]
  const hugoSite = hugoAvailable() ? prepareHugo() : undefined
  if (hugoSite) {
    systems.push({
      name: 'Hugo',
      run: () => {
        rmSync(path.join(hugoSite, 'public'), {recursive: true, force: true})
        return measure('hugo', [
          '--source',
          hugoSite,
          '--contentDir',
          markdown,
          '--destination',
          path.join(hugoSite, 'public'),
          '--quiet'
        ])
      }
    })
  } else {
    notes.push('Hugo not found: install it with `apt-get install -y hugo` (Debian) to compare.', '')
  }

  const eleventySite = prepareEleventy(markdown)
  systems.push({
    name: 'Eleventy',
    run: () => {
      rmSync(path.join(eleventySite, '_site'), {recursive: true, force: true})
      return measure(process.execPath, [eleventyBin, '--config=eleventy.config.mjs', '--quiet'], eleventySite)
    }
  })

  const results = new Map<string, Array<Measured>>(systems.map((system) => [system.name, []]))
  const rebuilds: Array<Measured> = []
  const rehashes: Array<Measured> = []
  for (let round = 0; round < sizes.folderRounds; round++) {
    for (const system of rotate(systems, round)) {
      const result = await system.run()
      results.get(system.name)?.push(result)
      log(
        `round ${round + 1}, ${system.name} ${count}: ${seconds(result.wallMs)}, ${mb(result.peakRss)} (exit ${result.code}, load ${load()})`
      )
      if (system.name !== 'arabic-news') continue
      // Right after our build, on the same output: nothing changed, then every file touched (hashes compared).
      rebuilds.push(await build(plain, out))
      touchAll(plain, Date.now() / 1000 - 60 - round)
      rehashes.push(await build(plain, out))
    }
  }

  const ours = results.get('arabic-news') ?? []
  const wall = (list: ReadonlyArray<Measured>): Array<number> => list.map((result) => result.wallMs)
  const label = `${count.toLocaleString('en')} corpus articles → full pages, wall time (${os.availableParallelism()} cores, ${sizes.folderRounds} rounds)`
  const hugo = results.get('Hugo')
  if (hugo) rows.push(compare(label, wall(ours), 'Hugo', wall(hugo), seconds, TARGET.hugo))
  rows.push(
    compare(
      hugo ? `${count.toLocaleString('en')} articles, against Eleventy` : label,
      wall(ours),
      'Eleventy',
      wall(results.get('Eleventy') ?? []),
      seconds,
      TARGET.eleventy
    ),
    compare(
      'Rebuild with nothing changed (size and time match)',
      wall(rebuilds),
      'full build',
      wall(ours),
      seconds,
      TARGET.rebuild
    ),
    compare(
      'Rebuild after touching every file (content hashes compared)',
      wall(rehashes),
      'full build',
      wall(ours),
      seconds,
      undefined
    )
  )
  rmSync(out, {recursive: true, force: true})
  rmSync(markdown, {recursive: true, force: true})
  rmSync(plain, {recursive: true, force: true})

  const peak = (list: ReadonlyArray<Measured>): number => Math.max(...list.map((result) => result.peakRss))
  const others = systems
    .filter((system) => system.name !== 'arabic-news')
    .map((system) => `${system.name} ${mb(peak(results.get(system.name) ?? []))}`)
  const ourPeak = peak(ours)
  rows.push({
    measure: `Peak memory (RSS of all processes and threads), ${count.toLocaleString('en')} articles`,
    ours: mb(ourPeak),
    baseline: others.join(', '),
    ratio: '',
    target: `≤ ${TARGET.megabytes} MB`,
    met: ourPeak <= TARGET.megabytes * 1024 * 1024 ? 'yes' : 'no'
  })

  const large = path.join(workspace, `plain-${sizes.large}`)
  writeArticles(large, sizes.large, 'txt')
  const largeResult = await build(large, path.join(workspace, `out-${sizes.large}`))
  rmSync(path.join(workspace, `out-${sizes.large}`), {recursive: true, force: true})
  rmSync(large, {recursive: true, force: true})
  log(`arabic-news ${sizes.large}: ${seconds(largeResult.wallMs)}, ${mb(largeResult.peakRss)}`)
  rows.push({
    measure: `Peak memory, ${sizes.large.toLocaleString('en')} articles (${seconds(largeResult.wallMs)} wall)`,
    ours: mb(largeResult.peakRss),
    baseline: `${count.toLocaleString('en')} articles ${mb(ourPeak)}`,
    ratio: `×${(largeResult.peakRss / ourPeak).toFixed(2)} for ×${sizes.large / count} articles`,
    target: `≤ ${TARGET.megabytes} MB, flat`,
    met: largeResult.peakRss <= TARGET.megabytes * 1024 * 1024 && largeResult.peakRss <= ourPeak * 1.2 ? 'yes' : 'no'
  })
  return undefined
}

/**
 * Whether Hugo can be run.
 *
 * @returns
 *   Whether `hugo version` works.
 */
function hugoAvailable(): boolean {
  return spawnSync('hugo', ['version'], {encoding: 'utf8'}).status === 0
}

/**
 * A Hugo site with a minimal layout (its content folder is given when it runs)
 * that writes the kinds of pages our build writes around the articles: the
 * home page and a page per section (the folders), 20 articles a page with
 * each one's headline, link, date and summary, a feed of the latest 20 for
 * each, and the sitemap (author pages, which need the names our pipeline
 * finds in the text, have no counterpart).
 *
 * @returns
 *   Site folder.
 */
function prepareHugo(): string {
  const folder = path.join(workspace, 'hugo')
  mkdirSync(path.join(folder, 'layouts/_default'), {recursive: true})
  writeFileSync(
    path.join(folder, 'hugo.toml'),
    'baseURL = "https://news.example.com/"\nlanguageCode = "ar"\npaginate = 20\ndisableKinds = ["taxonomy", "term", "404"]\n[services.rss]\nlimit = 20\n'
  )
  writeFileSync(
    path.join(folder, 'layouts/_default/single.html'),
    '<!doctype html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n<body><article>\n<h1>{{ .Title }}</h1>\n{{ .Content }}\n</article></body>\n</html>\n'
  )
  writeFileSync(
    path.join(folder, 'layouts/_default/list.html'),
    '<!doctype html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8"><title>{{ .Title }}</title></head>\n<body><main>\n<h1>{{ .Title }}</h1>\n<ol>{{ range .Paginator.Pages }}\n<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary }}</p></li>{{ end }}\n</ol>\n{{ with .Paginator.Prev }}<a href="{{ .URL }}">previous</a>{{ end }}{{ with .Paginator.Next }}<a href="{{ .URL }}">next</a>{{ end }}\n</main></body>\n</html>\n'
  )
  return folder
}

/**
 * An Eleventy site with the same minimal layout for the Markdown articles,
 * and, as for Hugo, the pages around them: the home page and a page per
 * folder, 20 articles a page (headline, link, date: Eleventy has no summary
 * of its own), a feed of the latest 20 for each, and the sitemap.
 *
 * @param markdown
 *   Folder of `.md` articles.
 * @returns
 *   Site folder.
 */
function prepareEleventy(markdown: string): string {
  const folder = path.join(workspace, 'eleventy')
  mkdirSync(path.join(folder, '_includes'), {recursive: true})
  writeFileSync(
    path.join(folder, '_includes/article.njk'),
    '<!doctype html>\n<html lang="ar" dir="rtl">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><article>\n<h1>{{ title }}</h1>\n{{ content | safe }}\n</article></body>\n</html>\n'
  )
  const includes = path.relative(markdown, path.join(folder, '_includes'))
  const directories = `{dir: {input: ${JSON.stringify(markdown)}, includes: ${JSON.stringify(includes)}, output: '_site'}, markdownTemplateEngine: false}`
  writeFileSync(path.join(folder, 'eleventy.config.mjs'), ELEVENTY_CONFIG.replace('DIRECTORIES', directories))
  return folder
}

/**
 * Memory per line of one article made of many short lines (`arabic-news
 * render`), above the memory of rendering a one-line article.
 */
async function benchShortLines(): Promise<undefined> {
  const lines: Array<string> = ['خبر قصير', '']
  for (let index = 0; index < sizes.lines; index++) lines.push(`سطر ${index % 100}.`)
  const many = path.join(workspace, 'lines.txt')
  const one = path.join(workspace, 'one.txt')
  writeFileSync(many, lines.join('\n'))
  writeFileSync(one, 'خبر قصير\n\nسطر 1.')
  const render = (file: string): Promise<Measured> =>
    measure(process.execPath, [cli, 'render', file, '--quiet', ...siteFlags])
  const small = await render(one)
  const big = await render(many)
  const perLine = (big.peakRss - small.peakRss) / sizes.lines
  log(`short lines: ${mb(big.peakRss)} for ${sizes.lines} lines, ${mb(small.peakRss)} for one (${seconds(big.wallMs)})`)
  rows.push({
    measure: `One article of ${sizes.lines.toLocaleString('en')} short lines (${(Buffer.byteLength(lines.join('\n')) / 1024 / 1024).toFixed(1)} MB), memory per line (${seconds(big.wallMs)})`,
    ours: `${(perLine / 1024).toFixed(2)} KB`,
    baseline: `peak ${mb(big.peakRss)}, one line ${mb(small.peakRss)}`,
    ratio: '',
    target: '—',
    met: '—'
  })
  rmSync(many)
  rmSync(one)
  return undefined
}

/**
 * One article of growing size through the full pipeline.
 */
async function benchSizes(): Promise<undefined> {
  const processor = arabicNews(fullPageOptions).freeze()
  let previous: Array<number> | undefined
  let previousLabel = ''
  for (const megabytes of sizes.megabytes) {
    const text = bigArticle(megabytes * 1024 * 1024)
    const times: Array<number> = []
    for (let repeat = 0; repeat < sizes.repeats; repeat++) {
      const start = performance.now()
      await processor.process(new VFile({path: 'big.txt', value: text}))
      times.push(performance.now() - start)
    }

    const label = `${megabytes} MB`
    log(`one article of ${label}: ${ms(median(times))}`)
    if (previous !== undefined) {
      rows.push(
        compare(
          `One article ${previousLabel} → ${label} (${sizes.repeats} runs each)`,
          times,
          previousLabel,
          previous,
          ms,
          TARGET.doubling
        )
      )
    }

    previous = times
    previousLabel = label
  }

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
 * The list turned by `round` places, so each system in turn runs first.
 *
 * @param list
 *   Systems.
 * @param round
 *   Round number (may be negative, for warm-up rounds).
 * @returns
 *   The systems in this round's order.
 */
function rotate<T>(list: ReadonlyArray<T>, round: number): Array<T> {
  const shift = ((round % list.length) + list.length) % list.length
  return [...list.slice(shift), ...list.slice(0, shift)]
}

/**
 * A table row comparing two series measured round by round.
 *
 * @param measure
 *   What is measured.
 * @param ours
 *   Our time in each round.
 * @param baselineName
 *   What we are compared with.
 * @param baseline
 *   Its time in each round.
 * @param format
 *   Formats a time.
 * @param target
 *   Highest acceptable ratio, if any.
 * @returns
 *   Row.
 */
function compare(
  measure: string,
  ours: ReadonlyArray<number>,
  baselineName: string,
  baseline: ReadonlyArray<number>,
  format: (value: number) => string,
  target: number | undefined
): Row {
  const ratios = ours.map((value, index) => value / (baseline[index] ?? Number.NaN))
  const ratio = median(ratios)
  return {
    measure,
    ours: spread(ours, format),
    baseline: `${baselineName} ${spread(baseline, format)}`,
    ratio: `${fixed(ratio)} (${fixed(Math.min(...ratios))}–${fixed(Math.max(...ratios))})`,
    target: target === undefined ? '—' : `≤ ${target}`,
    met: target === undefined ? '—' : ratio <= target ? 'yes' : 'no'
  }
}

/**
 * Median with lowest and highest.
 *
 * @param values
 *   Numbers.
 * @param format
 *   Formats one.
 * @returns
 *   `median (min–max)`.
 */
function spread(values: ReadonlyArray<number>, format: (value: number) => string): string {
  if (values.length < 2) return format(values[0] ?? Number.NaN)
  return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`
}

/**
 * A ratio with enough digits.
 *
 * @param value
 *   Ratio.
 * @returns
 *   Text.
 */
function fixed(value: number): string {
  return value.toFixed(value < 0.1 ? 3 : 2)
}

/**
 * Load average over the last minute.
 *
 * @returns
 *   Text.
 */
function load(): string {
  return (os.loadavg()[0] ?? 0).toFixed(1)
}

/**
 * Describe the machine.
 *
 * @returns
 *   Markdown lines.
 */
function describeMachine(): string {
  const cpus = os.cpus()
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: root, encoding: 'utf8'})
  const hugo = spawnSync('hugo', ['version'], {encoding: 'utf8'})
  const eleventy = JSON.parse(readFileSync(path.join(root, 'node_modules/@11ty/eleventy/package.json'), 'utf8')) as {
    version: string
  }
  return [
    `Code: commit ${commit.status === 0 ? commit.stdout.trim() : 'unknown'}.`,
    `Machine: ${cpus[0]?.model ?? 'unknown processor'}, ${os.availableParallelism()} cores, ${mb(os.totalmem())} memory, ${os.type()} ${os.release()}, Node ${process.version}.`,
    `Load average (1 minute): ${loadAtStart} at the start, ${loadAtEnd} at the end; by part: ${loads.join(', ')}.`,
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
