/**
 * Where the time goes: `npx tsx bench/profile.ts [--pipeline full|fragment]
 * [--count 400] [--rounds 5] [--out <folder>]` runs real articles through
 * the built library (`dist/`, so `npm run build` first) under `node
 * --cpu-prof` and prints the functions with the most self time;
 * `--summary <file.cpuprofile>` prints them for a profile taken before.
 * `--build 10000` profiles `arabic-news build` of that many corpus articles
 * instead (as the benchmark builds them), its main thread and each worker,
 * and prints each thread's time by step (rendering by plugin, writing
 * files, reading, site pages, garbage collection, idle) before its
 * functions.
 */

import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'

/** A node of a V8 CPU profile (`.cpuprofile`). */
interface ProfileNode {
  id: number
  callFrame: {functionName: string; url: string; lineNumber: number}
  children?: Array<number>
}

/** A V8 CPU profile. */
interface CpuProfile {
  nodes: Array<ProfileNode>
  samples: Array<number>
  timeDeltas: Array<number>
}

/** Self time of one function. */
export interface SelfTime {
  /** Function name and where it is (`file:line`, relative to the package). */
  name: string
  /** Share of all samples, 0 to 1. */
  share: number
  /** Milliseconds. */
  ms: number
}

const root = fileURLToPath(new URL('..', import.meta.url))

/**
 * Self time by function in a CPU profile, highest first.
 *
 * @param file
 *   Path of a `.cpuprofile`.
 * @param skip
 *   Names to leave out of the share (idle time, the profiler itself).
 * @returns
 *   Functions with their share of the time that was not skipped.
 */
export function summariseProfile(file: string, skip = new Set(['(idle)', '(program)'])): Array<SelfTime> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const totals = new Map<string, number>()
  let total = 0
  for (const [index, id] of profile.samples.entries()) {
    const node = byId.get(id)
    if (!node) continue
    const name = frameName(node)
    const delta = profile.timeDeltas[index] ?? 0
    if (skip.has(name)) continue
    totals.set(name, (totals.get(name) ?? 0) + delta)
    total += delta
  }

  return [...totals]
    .map(([name, micro]) => ({name, share: total > 0 ? micro / total : 0, ms: micro / 1000}))
    .sort((a, b) => b.ms - a.ms)
}

/** Steps of a build, each known by a frame on the stack (the first that matches, in this order, wins). */
const STEPS: ReadonlyArray<[name: string, test: (frame: ProfileNode['callFrame']) => boolean]> = [
  ['garbage collection', (frame) => frame.functionName === '(garbage collector)'],
  ['idle', (frame) => frame.functionName === '(idle)'],
  ['writing files', (frame) => frame.url.endsWith('/cli/atomic.js')],
  ['page record and navigation', (frame) => /\/cli\/(?:article-record|site\/navigation)\.js$/.test(frame.url)],
  ['site pages', (frame) => frame.url.includes('/cli/site/')],
  // What runs after the first step of a write (the file opened) has no caller of ours on its stack.
  ['writing files', (frame) => frame.url === 'node:internal/fs/promises'],
  ['reading articles', (frame) => frame.url.endsWith('/cli/safe-open.js')],
  ['hashing', (frame) => frame.url.endsWith('/cli/manifest.js') && frame.functionName === 'hash'],
  ['decoding', (frame) => frame.url.endsWith('/cli/decode.js')],
  ['planning (front matter)', (frame) => frame.url.endsWith('/cli/plan.js')],
  ['manifest', (frame) => frame.url.endsWith('/cli/manifest.js')],
  ['walking the input', (frame) => frame.url.endsWith('/cli/walk.js')],
  ['compiling HTML', (frame) => frame.functionName === 'stringify' && frame.url.includes('/unified/')],
  ...['parse', 'structure', 'quotes', 'facts'].map((plugin): [string, (frame: ProfileNode['callFrame']) => boolean] => [
    'remarkArabicNews' + plugin[0]?.toUpperCase() + plugin.slice(1),
    (frame) => frame.url.endsWith(`/remark-arabic-news-${plugin}.js`)
  ]),
  ['remarkRehype', (frame) => frame.url.includes('/remark-rehype/')],
  ['rehype plugins', (frame) => frame.url.includes('/rehype-arabic-news-')],
  ['rest of rendering', (frame) => frame.url.endsWith('/cli/pipeline.js')],
  ['worker pool', (frame) => frame.url.includes('/piscina/')],
  ['loading modules', (frame) => /node:internal\/modules\//.test(frame.url)],
  ['build loop', (frame) => frame.url.includes('/cli/')]
]

/**
 * Time of a CPU profile by step of a build.
 *
 * @param file
 *   Path of a `.cpuprofile`.
 * @returns
 *   Steps with their share of all the time (idle included), highest first.
 */
export function buildSteps(file: string): Array<SelfTime> {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id)
  const stepOf = new Map<number, string>()
  const totals = new Map<string, number>()
  let total = 0
  for (const [index, id] of profile.samples.entries()) {
    let step = stepOf.get(id)
    if (step === undefined) {
      const frames: Array<ProfileNode['callFrame']> = []
      for (let at: number | undefined = id; at !== undefined; at = parents.get(at)) {
        const node = byId.get(at)
        if (node) frames.push(node.callFrame)
      }
      step = STEPS.find(([, test]) => frames.some(test))?.[0] ?? 'other'
      stepOf.set(id, step)
    }
    const delta = profile.timeDeltas[index] ?? 0
    totals.set(step, (totals.get(step) ?? 0) + delta)
    total += delta
  }

  return [...totals]
    .map(([name, micro]) => ({name, share: total > 0 ? micro / total : 0, ms: micro / 1000}))
    .sort((a, b) => b.ms - a.ms)
}

/**
 * Profile `arabic-news build` (the built command, `dist/`) of `count` corpus
 * articles, cycled and 500 to a folder as the benchmark writes them, with
 * the benchmark's site flags: one profile per thread.
 *
 * @param count
 *   Articles.
 * @param corpus
 *   Folder of `.txt` articles.
 * @param folder
 *   Folder for the profiles.
 * @returns
 *   Profile files, the main thread's first, and the build's wall time in ms.
 */
export function profileBuild(count: number, corpus: string, folder: string): {files: Array<string>; wallMs: number} {
  const names = readdirSync(corpus)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  const workspace = mkdtempSync(path.join(os.tmpdir(), 'arabic-news-profile-build-'))
  try {
    const input = path.join(workspace, 'in')
    // Older than the racy margin of the manifest, as articles of a real folder are.
    const time = Date.now() / 1000 - 120
    for (let index = 0; index < count; index++) {
      const part = path.join(input, `part-${String(Math.floor(index / 500)).padStart(3, '0')}`)
      if (index % 500 === 0) mkdirSync(part, {recursive: true})
      const name = names[index % names.length] ?? ''
      const file = path.join(part, `${index}-${name}`)
      writeFileSync(file, readFileSync(path.join(corpus, name)))
      utimesSync(file, time, time)
    }
    rmSync(folder, {recursive: true, force: true})
    mkdirSync(folder, {recursive: true})
    const site = ['--site-name', 'Bench', '--base-url', 'https://news.example.com/', '--time-zone', 'Asia/Riyadh']
    const start = performance.now()
    const result = spawnSync(
      process.execPath,
      [
        '--cpu-prof',
        '--cpu-prof-dir',
        folder,
        'dist/cli/index.js',
        'build',
        input,
        '--out',
        path.join(workspace, 'out')
      ].concat(['--quiet'], site),
      {cwd: root, encoding: 'utf8'}
    )
    const wallMs = performance.now() - start
    if (result.status !== 0) throw new Error('Profiled build failed: ' + result.stderr)
    // Named `CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile`: thread 0 is the main thread.
    const files = readdirSync(folder)
      .filter((name) => name.endsWith('.cpuprofile'))
      .sort((a, b) => threadOf(a) - threadOf(b))
      .map((name) => path.join(folder, name))
    return {files, wallMs}
  } finally {
    rmSync(workspace, {recursive: true, force: true})
  }
}

/**
 * @param name
 *   Profile file name.
 * @returns
 *   Thread it was taken on (`0` for the main thread).
 */
function threadOf(name: string): number {
  return Number(name.split('.').at(-3))
}

/**
 * Readable name of a profile node.
 *
 * @param node
 *   Node.
 * @returns
 *   `name (file:line)`.
 */
function frameName(node: ProfileNode): string {
  const {functionName, url, lineNumber} = node.callFrame
  const name = functionName || '(anonymous)'
  if (!url) return name
  let file = url.startsWith('file://') ? fileURLToPath(url) : url
  const modules = file.lastIndexOf('node_modules/')
  file = modules === -1 ? path.relative(root, file) : file.slice(modules + 'node_modules/'.length)
  return `${name} (${file}:${lineNumber + 1})`
}

/** What to profile. */
export interface ProfileWork {
  /** Full pages or fragments. */
  pipeline: 'full' | 'fragment'
  /** Articles, from the corpus folder, spread over it. */
  count: number
  /** Passes over the articles. */
  rounds: number
  /** Folder of `.txt` articles. */
  corpus: string
}

/**
 * Profile the built library (`dist/`) on real articles with `node
 * --cpu-prof`, in a plain child process (no TypeScript loader in the
 * profile), and summarise it.
 *
 * @param work
 *   What to run.
 * @param folder
 *   Folder for the profile file.
 * @returns
 *   Self time by function, highest first.
 */
export function profileArticles(work: ProfileWork, folder: string): Array<SelfTime> {
  const script = [
    `import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import os from 'node:os'`,
    `import path from 'node:path'`,
    `const {arabicNews} = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/index.js')).href)})`,
    `const {presetOptions} = await import(${JSON.stringify(pathToFileURL(path.join(root, 'dist/cli/pipeline.js')).href)})`,
    `const {VFile} = await import(${JSON.stringify(pathToFileURL(path.join(root, 'node_modules/vfile/index.js')).href)})`,
    `const work = ${JSON.stringify(work)}`,
    `const names = readdirSync(work.corpus).filter((name) => name.endsWith('.txt')).sort()`,
    `const step = Math.max(1, Math.floor(names.length / work.count))`,
    `const texts = []`,
    `for (let index = 0; index < names.length && texts.length < work.count; index += step) texts.push(readFileSync(path.join(work.corpus, names[index]), 'utf8'))`,
    `const fragment = work.pipeline === 'fragment'`,
    `const site = fragment ? {} : {siteName: 'Bench', baseUrl: 'https://news.example.com/', timeZone: 'Asia/Riyadh'}`,
    `const processor = arabicNews(presetOptions({site, fragment})).freeze()`,
    `for (let round = 0; round < work.rounds; round++) for (const text of texts) await processor.process(new VFile({path: 'article.txt', value: text}))`
  ].join('\n')
  rmSync(folder, {recursive: true, force: true})
  mkdirSync(folder, {recursive: true})
  const result = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', folder, '--input-type=module', '--eval', script],
    {
      cwd: root,
      encoding: 'utf8'
    }
  )
  if (result.status !== 0) throw new Error('Profiled run failed: ' + result.stderr)
  const file = readdirSync(folder).find((name) => name.endsWith('.cpuprofile'))
  if (!file) throw new Error('No profile written in ' + folder)
  return summariseProfile(path.join(folder, file))
}

/**
 * Print a summary as lines.
 *
 * @param entries
 *   Self times.
 * @param top
 *   How many.
 * @returns
 *   Lines.
 */
function formatSummary(entries: ReadonlyArray<SelfTime>, top: number): Array<string> {
  return entries
    .slice(0, top)
    .map(
      (entry) => `${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.ms.toFixed(0).padStart(6)} ms  ${entry.name}`
    )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const {values} = parseArgs({
    options: {
      pipeline: {type: 'string', default: 'fragment'},
      count: {type: 'string', default: '400'},
      rounds: {type: 'string', default: '5'},
      corpus: {type: 'string', default: path.join(root, '../shared/corpus/articles')},
      summary: {type: 'string'},
      build: {type: 'string'},
      out: {type: 'string', default: path.join(os.tmpdir(), 'arabic-news-profile')},
      top: {type: 'string', default: '30'}
    }
  })
  if (values.build !== undefined) {
    const {files, wallMs} = profileBuild(Number(values.build), values.corpus ?? '', values.out ?? '')
    console.log(
      `Build of ${values.build} articles: ${(wallMs / 1000).toFixed(2)} s wall, load ${os.loadavg()[0]?.toFixed(1)}`
    )
    for (const [index, file] of files.entries()) {
      const steps = buildSteps(file)
      const span = steps.reduce((sum, step) => sum + step.ms, 0)
      console.log(
        `\n${index === 0 ? 'Main thread' : 'Worker ' + index}: ${(span / 1000).toFixed(2)} s profiled (${file})`
      )
      console.log(formatSummary(steps, steps.length).join('\n'))
      console.log(formatSummary(summariseProfile(file), Number(values.top) / 3).join('\n'))
    }
    process.exit(0)
  }

  const entries = values.summary
    ? summariseProfile(values.summary)
    : profileArticles(
        {
          pipeline: values.pipeline === 'full' ? 'full' : 'fragment',
          count: Number(values.count),
          rounds: Number(values.rounds),
          corpus: values.corpus ?? ''
        },
        values.out ?? ''
      )
  console.log(formatSummary(entries, Number(values.top)).join('\n'))
}
