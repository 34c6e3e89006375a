/**
 * Where the time goes: `npx tsx bench/profile.ts [--pipeline full|fragment]
 * [--count 400] [--rounds 5] [--out <folder>]` runs real articles through
 * the built library (`dist/`, so `npm run build` first) under `node
 * --cpu-prof` and prints the functions with the most self time;
 * `--summary <file.cpuprofile>` prints them for a profile taken before.
 */

import {spawnSync} from 'node:child_process'
import {mkdirSync, readdirSync, readFileSync, rmSync} from 'node:fs'
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
import {mkdirSync, readdirSync, readFileSync, rmSync} from 'node:fs'
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
      out: {type: 'string', default: path.join(os.tmpdir(), 'arabic-news-profile')},
      top: {type: 'string', default: '30'}
    }
  })
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
