/**
 * `arabic-news build`: stream through the input folder, skip unchanged
 * articles, render the rest on a pool of worker threads, write every page
 * atomically, then the manifest.
 */

import {readdirSync, statSync} from 'node:fs'
import {mkdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {DEFAULT_MAX_MEMORY, type BuildCommand} from './args.js'
import {OutputClaims} from './claims.js'
import {loadConfig, mergeSite} from './config.js'
import {Feedback, type FileStatus, type TextStream} from './feedback.js'
import {capJobs} from './jobs.js'
import {hash, readManifest, sharePaths, writeManifest, type ManifestEntry} from './manifest.js'
import {CLI_SOURCE, type PlainMessage} from './messages.js'
import type {RenderSettings} from './pipeline.js'
import type {PlanSettings} from './plan.js'
import {articlePageSettings} from './site/stylesheet.js'
import {ProgressBar} from './progress.js'
import {fileTooLarge, formatBytes, readArticleSync, type ReadRules} from './safe-open.js'
import {removeStalePage} from './stale.js'
import type {ArticleRecord} from './site/record.js'
import {reportSiteMessages, writeSitePages} from './site-pages.js'
import type {ItemResult, TaskItem} from './task.js'
import type {WorkerTask} from './worker.js'
import {UsageError} from './usage-error.js'
import {errorCode, walk} from './walk.js'
import {packageVersion} from './version.js'

export {formatBytes} from './safe-open.js'

/** Where a command reads and writes. */
export interface CommandIo {
  stdout: TextStream
  stderr: TextStream
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  /** Stops a build early (on SIGINT); outputs stay whole, the manifest is written. */
  signal?: AbortSignal | undefined
}

/** Fewest and most articles per message to a worker: batches grow as a build goes on, since each message costs about a millisecond, while small first batches share a small folder fairly. */
const MIN_BATCH = 4
const MAX_BATCH = 32

/** Batches waiting or in progress, per worker (bounds the queue). */
const BATCHES_PER_JOB = 3

/** Walk problems after which a page built before from that input is removed (the input is not acceptable). */
const REFUSED_RULES: ReadonlySet<string> = new Set(['link-not-followed', 'not-a-file', 'invalid-file-name'])

/**
 * Heap limit of the ordinary workers: a quarter of `--max-memory` (512 MB
 * by default), at least 128 MB. Enough for any real article, and low
 * enough that V8 keeps each heap close to what it holds (with a limit of
 * gigabytes it lets a heap grow to several times that).
 *
 * @param memoryLimit
 *   `--max-memory`, in bytes.
 * @returns
 *   Bytes.
 */
function ordinaryHeap(memoryLimit: number): number {
  return Math.min(memoryLimit, Math.max(128 * 1024 ** 2, Math.floor(memoryLimit / 4)))
}

/** Files modified this close to the start of the last build are hashed even when their size and time match. */
const RACY_MARGIN_MS = 2000

/**
 * Run a build.
 *
 * @param command
 *   Parsed command.
 * @param io
 *   Streams and environment.
 * @returns
 *   Exit code: 0, 1 when some file failed, 130 when interrupted.
 */
export async function build(command: BuildCommand, io: CommandIo): Promise<number> {
  const input = path.resolve(io.cwd, command.input)
  let inputStat
  try {
    inputStat = await stat(input)
  } catch {
    throw new UsageError(`Input folder \`${command.input}\` does not exist`)
  }
  if (!inputStat.isDirectory()) throw new UsageError(`Input \`${command.input}\` is not a folder`)
  const root = await realpath(input)

  const config = await loadConfig(root, command.config === undefined ? undefined : path.resolve(io.cwd, command.config))
  const site = mergeSite(config, command.site)
  const fragment = command.fragment ?? config.fragment ?? false
  const pages = {
    ...config.pages,
    ...(command.css === undefined ? {} : {css: command.css && path.resolve(io.cwd, command.css)})
  }
  let page
  try {
    page = fragment ? undefined : articlePageSettings(pages, site.baseUrl)
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const settings: RenderSettings = {
    site,
    fragment,
    page,
    encoding: command.encoding,
    cleanUrls: command.cleanUrls ?? config.cleanUrls ?? false
  }
  const planSettings: PlanSettings = {
    baseUrl: site.baseUrl,
    cleanUrls: settings.cleanUrls,
    timeZone: site.timeZone,
    encoding: settings.encoding,
    drafts: command.drafts,
    future: command.future,
    formatters: new Map()
  }

  const reportPath = command.report === undefined ? undefined : path.resolve(io.cwd, command.report)
  if (reportPath !== undefined && !(await stat(path.dirname(reportPath)).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(`Cannot write report \`${command.report}\`: no folder \`${path.dirname(reportPath)}\``)
  }

  const outputResolved = path.resolve(io.cwd, command.output)
  try {
    await mkdir(outputResolved, {recursive: true})
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new UsageError(
      `Cannot make the output folder \`${command.output}\`: ${code} (a part of the path is a file, or not writable)`
    )
  }
  const outputRoot = await realpath(outputResolved)
  if (outputRoot === root) throw new UsageError('The output folder must differ from the input folder')

  const startedAt = Date.now()
  // Drafts and future articles change which pages exist: a change of either rebuilds.
  const optionsHash = hash(
    JSON.stringify({version: packageVersion, settings, drafts: command.drafts, future: command.future})
  )
  const previous = await readManifest(outputRoot, command.shard, optionsHash, root)
  if (previous.otherInput !== undefined && !command.quiet) {
    io.stderr.write(
      `arabic-news: warning: \`${command.output}\` was built from another input folder (\`${previous.otherInput}\`): ` +
        'every article is built, and no page is removed\n'
    )
  }
  const reuse = previous.sameOptions && !command.force
  const entries = new Map<string, ManifestEntry>()

  const color = useColor(io)
  const showProgress = command.progress ?? (Boolean(io.stderr.isTTY) && !command.quiet)
  let progress: ProgressBar | undefined
  if (showProgress) {
    let total = 0
    // A first walk, names only, to know the total.
    for await (const item of walk(root, {exclude: [outputRoot], shard: command.shard})) {
      if (item) total++
    }
    progress = new ProgressBar(io.stderr, total)
  }

  const feedback = new Feedback({
    stdout: io.stdout,
    stderr: io.stderr,
    color,
    quiet: command.quiet,
    progress,
    json: command.json,
    report: reportPath,
    header: {
      tool: 'arabic-news',
      version: packageVersion,
      input: root,
      output: outputRoot,
      shard: command.shard ? `${command.shard.index}/${command.shard.count}` : null
    }
  })

  const {jobs, warning: jobsWarning} = capJobs(command.jobs)
  if (jobsWarning !== undefined && !command.quiet) io.stderr.write(`arabic-news: warning: ${jobsWarning}\n`)
  const memoryLimit = command.maxMemory ?? DEFAULT_MAX_MEMORY
  const runner = lazyRunner(settings, jobs, memoryLimit)
  const limit = Math.max(2, jobs * BATCHES_PER_JOB)
  let inFlight = 0
  let wake: (() => void) | undefined
  let failure: unknown
  let dispatched = 0
  let batch: Array<{item: TaskItem; size: number; mtimeMs: number; old: ManifestEntry | undefined}> = []
  const readRules = (link: boolean | undefined): ReadRules => ({
    root,
    exclude: [outputRoot],
    follow: link === true,
    maxSize: command.maxSize
  })

  /**
   * Send the pending batch to a worker; its results are reported as they come.
   *
   * @returns
   *   Nothing.
   */
  const dispatch = (): undefined => {
    const pending = batch
    batch = []
    if (pending.length === 0) return undefined
    dispatched += pending.length
    send(pending)
    return undefined
  }

  /**
   * Run a batch. When its worker dies (an article ran out of memory), the
   * rest of the batch is run again, so that only the one that killed it
   * fails; an article that ran out of the memory of an ordinary worker is
   * first tried again alone in a worker with the whole `--max-memory`.
   *
   * @param pending
   *   Batch.
   * @param roomy
   *   Whether to run it in the worker with the whole heap limit.
   * @returns
   *   Nothing.
   */
  const send = (pending: typeof batch, roomy = false): undefined => {
    inFlight++
    const progress = new Int32Array(new SharedArrayBuffer(4))
    runner
      .run(
        pending.map((entry) => entry.item),
        progress,
        roomy
      )
      .then(
        (results) => {
          for (const [index, {item, size, mtimeMs, old}] of pending.entries()) {
            const result = results[index] ?? {
              status: 'failed',
              messages: [{reason: 'No result', fatal: true, source: CLI_SOURCE}]
            }
            if (result.status !== 'failed' && result.hash !== undefined && result.pageHash !== undefined) {
              entries.set(item.relative, [
                result.hash,
                size,
                mtimeMs,
                item.outputRelative,
                result.pageHash,
                result.record && sharePaths(result.record, item.relative, item.outputRelative)
              ])
            } else if (old && !result.refused) {
              entries.set(item.relative, old)
            }
            feedback.file({
              path: item.relative,
              output: item.outputRelative,
              status: result.status,
              messages: result.messages,
              article: result.record
            })
          }
        },
        (error: unknown) => {
          // The article in progress fails; the others of the batch (those
          // before it were written, but their results are lost) run again.
          const index = Math.min(Math.max(Atomics.load(progress, 0), 0), pending.length - 1)
          const culprit = pending[index]
          if (culprit && !roomy && runner.roomier && errorCodeOf(error) === 'ERR_WORKER_OUT_OF_MEMORY') {
            send([culprit], true)
          } else if (culprit) {
            if (culprit.old) entries.set(culprit.item.relative, culprit.old)
            const messages = [workerFailure(error, memoryLimit)]
            feedback.file({
              path: culprit.item.relative,
              output: culprit.item.outputRelative,
              status: 'failed',
              messages
            })
          }
          const rest = pending.filter((_, other) => other !== index)
          if (rest.length > 0) send(rest, roomy)
        }
      )
      .catch((error: unknown) => {
        failure ??= error
      })
      .finally(() => {
        inFlight--
        wake?.()
      })
    return undefined
  }

  const outputs = new OutputListing()
  const claims = new OutputClaims()
  let planner: typeof import('./plan.js') | undefined
  let walkedAll = true
  try {
    for await (const item of walk(root, {exclude: [outputRoot], shard: command.shard})) {
      if (io.signal?.aborted || failure) {
        walkedAll = false
        break
      }
      const old = previous.entries.get(item.relative)
      const record = (status: FileStatus, message?: PlainMessage, refused?: boolean): undefined => {
        // A page built before is kept when its input cannot be read now, and
        // removed when its input is no longer acceptable (a link, a pipe).
        if (status !== 'unchanged' && old && !refused) entries.set(item.relative, old)
        feedback.file({path: item.relative, output: item.output, status, messages: message ? [message] : []})
        return undefined
      }

      if (item.kind === 'problem') {
        const message = {reason: item.reason, fatal: item.fatal, ruleId: item.ruleId, source: CLI_SOURCE}
        record(item.fatal ? 'failed' : 'skipped', message, REFUSED_RULES.has(item.ruleId))
        continue
      }

      let info
      try {
        info = statSync(item.absolute)
      } catch (error) {
        record('failed', cliError('Cannot read file: ' + errorCode(error), 'unreadable-file'))
        continue
      }
      if (info.size > command.maxSize) {
        record('failed', cliError(fileTooLarge(info.size, command.maxSize), 'file-too-large'))
        continue
      }

      // The page may be elsewhere than the input's name says (front matter `url` or `slug`).
      const known = reuse && old !== undefined && old[1] === info.size && old[5] !== undefined ? old : undefined
      if (known && outputs.has(path.join(outputRoot, known[3]))) {
        // Same modification time as when last read, and well before that build
        // started (so no later change can share the timestamp): unchanged
        // without reading. Otherwise the content hash decides.
        const same = known[2] === info.mtimeMs && info.mtimeMs < previous.builtAt - RACY_MARGIN_MS
        let unchanged = same
        if (!same) {
          const read = readArticleSync(item.absolute, readRules(item.link))
          unchanged = read.ok && hash(read.bytes) === known[0]
        }
        if (unchanged) {
          const collision = claims.claim(known[3], item.relative)
          if (collision) {
            record('failed', cliError(collision, 'output-collision'))
            continue
          }
          // A new time makes a new entry, so the manifest is rewritten and the
          // next build can trust the time.
          entries.set(item.relative, same ? known : [known[0], known[1], info.mtimeMs, known[3], known[4], known[5]])
          feedback.file({path: item.relative, output: known[3], status: 'unchanged', messages: [], article: known[5]})
          continue
        }
      }

      // Front matter decides where the page goes, and whether it is published
      // (its reader, with YAML, is loaded only when an article is to be built).
      planner ??= await import('./plan.js')
      const {leftOutReason, planFile} = planner
      const plan = planFile(item.relative, item.absolute, info.size, planSettings)
      if (plan.kind === 'refuse') {
        record('failed', cliError(plan.reason, 'unsafe-output-path'))
        continue
      }
      if (plan.kind === 'leave-out') {
        // Not kept in the manifest: a page it made before is removed, and it is looked at again next time.
        feedback.file({
          path: item.relative,
          output: plan.output,
          status: 'skipped',
          messages: [{reason: leftOutReason(plan.why), ruleId: 'not-published', source: CLI_SOURCE}]
        })
        continue
      }
      const output = path.join(outputRoot, plan.output)
      const collision = claims.claim(plan.output, item.relative) ?? outputs.folderProblem(output, plan.output)
      if (collision) {
        record('failed', cliError(collision, 'output-collision'))
        continue
      }

      batch.push({
        item: {
          absolute: item.absolute,
          relative: item.relative,
          output,
          outputRelative: plan.output,
          read: readRules(item.link)
        },
        size: info.size,
        mtimeMs: info.mtimeMs,
        old
      })
      if (batch.length >= Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.floor(dispatched / (jobs * 8))))) {
        while (inFlight >= limit) await new Promise<void>((resolve) => (wake = resolve))
        dispatch()
      }
    }
    if (!io.signal?.aborted) dispatch()
    while (inFlight > 0) await new Promise<void>((resolve) => (wake = resolve))
  } finally {
    await runner.close()
  }
  if (failure) throw failure

  // Every input reached has its entry by now (new, or the old one when it
  // failed), so a previous entry missing from `entries` is an input that is
  // gone, or one not reached when interrupted.
  if (walkedAll && !io.signal?.aborted) {
    // Remove pages this folder built before whose input is gone (unless
    // another input now makes the same page), when they are still ours.
    // An input whose page moved (front matter `url` or `slug`) leaves its old page too.
    let kept: Set<string> | undefined
    for (const [relative, entry] of previous.entries) {
      if (entries.get(relative)?.[3] === entry[3]) continue
      kept ??= new Set([...entries.values()].map((value) => value[3]))
      if (kept.has(entry[3])) continue
      if ((await removeStalePage(outputRoot, entry)) === 'removed') feedback.summary.removed++
    }
  } else {
    // Interrupted: remember what was built before for the inputs not reached.
    for (const [relative, entry] of previous.entries) {
      if (!entries.has(relative)) entries.set(relative, entry)
    }
    feedback.summary.interrupted = true
  }

  // A rebuild that changed nothing leaves the manifest as it is.
  let changed = !previous.sameOptions || entries.size !== previous.entries.size
  for (const [relative, entry] of entries) {
    if (changed) break
    changed = previous.entries.get(relative) !== entry
  }
  // A manifest or a report that cannot be written (disk full) is reported,
  // and the JSON on standard output is still closed.
  let unwritten = false
  if (changed) {
    try {
      await writeManifest(outputRoot, command.shard, root, optionsHash, startedAt, entries)
    } catch (error) {
      unwritten = true
      feedback.summary.errors++
      io.stderr.write(
        `arabic-news: error: Cannot write the manifest: ${errorCode(error)}; the next build builds every article again\n`
      )
    }
  }
  if (walkedAll && !io.signal?.aborted && command.shard === undefined && !fragment) {
    // A whole build of pages also writes the pages about the articles (home,
    // sections, feeds, sitemaps); fragments are for another host's layouts.
    try {
      const written = await writeSitePages(publishedRecords(entries), {...pages, site}, outputRoot, io.env)
      reportSiteMessages(io.stderr, written.messages, {color, quiet: command.quiet})
    } catch (error) {
      unwritten = true
      feedback.summary.errors++
      io.stderr.write(`arabic-news: error: Cannot write the site pages: ${errorCode(error)}\n`)
    }
  }
  let summary
  try {
    summary = await feedback.close()
  } catch (error) {
    io.stderr.write(`arabic-news: error: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
  if (summary.interrupted) return 130
  return summary.failed > 0 || unwritten ? 1 : 0
}

/**
 * Records of the pages of a build, in input order.
 *
 * @param entries
 *   Manifest entries.
 * @returns
 *   Records.
 */
function publishedRecords(entries: ReadonlyMap<string, ManifestEntry>): Array<ArticleRecord> {
  const records: Array<ArticleRecord> = []
  for (const relative of [...entries.keys()].sort()) {
    const record = entries.get(relative)?.[5]
    if (record) records.push(record)
  }
  return records
}

/** Builds batches, in worker threads or (with one job) in this thread. */
interface Runner {
  /**
   * Build a batch; `progress[0]` is the index of the article in progress
   * (when a worker dies); `roomy` runs it in a worker with the whole heap
   * limit.
   */
  run(items: Array<TaskItem>, progress: Int32Array, roomy: boolean): Promise<Array<ItemResult>>
  /** Whether a worker with more memory than the ordinary ones can be asked for. */
  readonly roomier: boolean
  close(): Promise<undefined>
}

/**
 * Create a runner that starts only when a first batch comes, so a rebuild
 * with nothing changed starts no worker at all.
 *
 * @param settings
 *   Render settings.
 * @param jobs
 *   Worker threads (1: build in this thread).
 * @param memoryLimit
 *   Heap limit of each worker, in bytes.
 * @returns
 *   Runner.
 */
function lazyRunner(settings: RenderSettings, jobs: number, memoryLimit: number): Runner {
  let started: Promise<Runner> | undefined
  return {
    async run(items, progress, roomy) {
      started ??= startRunner(settings, jobs, memoryLimit)
      return (await started).run(items, progress, roomy)
    },
    roomier: jobs > 1 && memoryLimit > ordinaryHeap(memoryLimit),
    async close() {
      if (started) await (await started).close()
      return undefined
    }
  }
}

/**
 * Start a runner.
 *
 * @param settings
 *   Render settings.
 * @param jobs
 *   Worker threads.
 * @param memoryLimit
 *   Heap limit of each worker, in bytes.
 * @returns
 *   Runner.
 */
async function startRunner(settings: RenderSettings, jobs: number, memoryLimit: number): Promise<Runner> {
  if (jobs === 1) {
    const {createBatchRunner} = await import('./task.js')
    const run = createBatchRunner(settings)
    return {run: async (items) => run(items), roomier: false, close: async () => undefined}
  }

  const {Piscina} = await import('piscina')
  // Same extension as this module: `.js` when built, `.ts` when run from source.
  const extension = path.extname(new URL(import.meta.url).pathname)
  const pool = (threads: number, heap: number): InstanceType<typeof Piscina<WorkerTask, Array<ItemResult>>> =>
    new Piscina<WorkerTask, Array<ItemResult>>({
      filename: new URL('worker' + extension, import.meta.url).href,
      minThreads: Math.min(threads, jobs),
      maxThreads: threads,
      idleTimeout: 60_000,
      // A small young generation per worker keeps the memory of the whole
      // process low and flat (each worker is its own V8 heap); measured no slower.
      // The old generation is capped so that an article needing more memory
      // ends its worker (reported, the build goes on), not the whole process.
      resourceLimits: {maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: Math.floor(heap / 1024 ** 2)},
      workerData: settings
    })
  // An article that needs more than an ordinary worker's heap is built
  // again, alone, in one worker started when it is first needed, with the
  // whole `--max-memory`.
  const ordinary = pool(jobs, ordinaryHeap(memoryLimit))
  let roomy: ReturnType<typeof pool> | undefined
  return {
    run(items, progress, large) {
      const target = large ? (roomy ??= pool(1, memoryLimit)) : ordinary
      return target.run({items, progress: progress.buffer as SharedArrayBuffer})
    },
    roomier: memoryLimit > ordinaryHeap(memoryLimit),
    async close() {
      await Promise.all([ordinary.destroy(), roomy?.destroy()])
      return undefined
    }
  }
}

/**
 * Which output files exist, read one folder listing at a time (the walk goes
 * folder by folder), instead of one `stat` per article.
 */
class OutputListing {
  #folder: string | undefined
  #names = new Set<string>()
  #folders = new Set<string>()

  /**
   * Whether an output file exists.
   *
   * @param filePath
   *   Absolute output path.
   * @returns
   *   Whether it is there.
   */
  has(filePath: string): boolean {
    const folder = path.dirname(filePath)
    if (folder !== this.#folder) {
      this.#folder = folder
      this.#names = new Set()
      this.#folders = new Set()
      try {
        for (const entry of readdirSync(folder, {withFileTypes: true})) {
          if (entry.isFile()) this.#names.add(entry.name)
          else if (entry.isDirectory()) this.#folders.add(entry.name)
        }
      } catch {
        // No folder: no outputs.
      }
    }
    return this.#names.has(path.basename(filePath))
  }

  /**
   * Why an output cannot be written when a folder of its name is in the way.
   *
   * @param filePath
   *   Absolute output path.
   * @param output
   *   Output path relative to the output folder.
   * @returns
   *   Problem, or `undefined`.
   */
  folderProblem(filePath: string, output: string): string | undefined {
    this.has(filePath)
    return this.#folders.has(path.basename(filePath))
      ? `Output \`${output}\` is a folder in the output folder: the page cannot be written there`
      : undefined
  }
}

/**
 * Whether to colour output: on a terminal, unless `NO_COLOR` is set.
 *
 * @param io
 *   Streams and environment.
 * @returns
 *   Whether to use ANSI colours.
 */
export function useColor(io: CommandIo): boolean {
  const noColor = io.env['NO_COLOR']
  if (noColor !== undefined && noColor !== '') return false
  const force = io.env['FORCE_COLOR']
  if (force !== undefined && force !== '' && force !== '0') return true
  return Boolean(io.stderr.isTTY)
}

/**
 * The message for an article whose worker died.
 *
 * @param error
 *   Why the worker stopped.
 * @param memoryLimit
 *   Heap limit of each worker, in bytes.
 * @returns
 *   Message.
 */
function workerFailure(error: unknown, memoryLimit: number): PlainMessage {
  if (errorCodeOf(error) === 'ERR_WORKER_OUT_OF_MEMORY') {
    return cliError(
      `Out of memory: the article needs more than ${formatBytes(memoryLimit)} (see --max-memory)`,
      'out-of-memory'
    )
  }
  return cliError('Worker stopped: ' + (error instanceof Error ? error.message : String(error)), 'worker-failed')
}

/**
 * The code of an error, if it has one.
 *
 * @param error
 *   Error.
 * @returns
 *   Code.
 */
function errorCodeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined
}

/**
 * An error message from the command line itself.
 *
 * @param reason
 *   What went wrong.
 * @param ruleId
 *   Identifier.
 * @returns
 *   Message.
 */
function cliError(reason: string, ruleId: string): PlainMessage {
  return {reason, fatal: true, ruleId, source: CLI_SOURCE}
}
