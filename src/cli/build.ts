/**
 * `arabic-news build`: stream through the input folder, skip unchanged
 * articles, render the rest on a pool of worker threads, write every page
 * atomically, then the manifest.
 */

import {readdirSync, readFileSync, statSync} from 'node:fs'
import {mkdir, realpath, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import type {BuildCommand} from './args.js'
import {loadConfig, mergeSite} from './config.js'
import {Feedback, type FileStatus, type TextStream} from './feedback.js'
import {hash, readManifest, writeManifest, type ManifestEntry} from './manifest.js'
import {CLI_SOURCE, type PlainMessage} from './messages.js'
import type {RenderSettings} from './pipeline.js'
import {articlePageSettings} from './site/stylesheet.js'
import {ProgressBar} from './progress.js'
import type {ItemResult, TaskItem} from './task.js'
import {UsageError} from './usage-error.js'
import {errorCode, outputPathFor, walk} from './walk.js'
import {packageVersion} from './version.js'

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
  const settings: RenderSettings = {site, fragment, page}

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
  const optionsHash = hash(JSON.stringify({version: packageVersion, settings}))
  const previous = await readManifest(outputRoot, command.shard, optionsHash)
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

  const runner = lazyRunner(settings, command.jobs)
  const limit = Math.max(2, command.jobs * BATCHES_PER_JOB)
  let inFlight = 0
  let wake: (() => void) | undefined
  let failure: unknown
  let dispatched = 0
  let batch: Array<{item: TaskItem; size: number; mtimeMs: number; old: ManifestEntry | undefined}> = []

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
    inFlight++
    runner
      .run(pending.map((entry) => entry.item))
      .then(
        (results) => {
          for (const [index, {item, size, mtimeMs, old}] of pending.entries()) {
            const result = results[index] ?? {
              status: 'failed',
              messages: [{reason: 'No result', fatal: true, source: CLI_SOURCE}]
            }
            if (result.status !== 'failed' && result.hash !== undefined) {
              entries.set(item.relative, [result.hash, size, mtimeMs])
            } else if (old) {
              entries.set(item.relative, old)
            }
            feedback.file({
              path: item.relative,
              output: item.outputRelative,
              status: result.status,
              messages: result.messages
            })
          }
        },
        (error: unknown) => {
          failure ??= error
        }
      )
      .finally(() => {
        inFlight--
        wake?.()
      })
    return undefined
  }

  const outputs = new OutputListing()
  let walkedAll = true
  try {
    for await (const item of walk(root, {exclude: [outputRoot], shard: command.shard})) {
      if (io.signal?.aborted || failure) {
        walkedAll = false
        break
      }
      const old = previous.entries.get(item.relative)
      const record = (status: FileStatus, message?: PlainMessage): undefined => {
        if (status !== 'unchanged' && old) entries.set(item.relative, old)
        feedback.file({path: item.relative, output: item.output, status, messages: message ? [message] : []})
        return undefined
      }

      if (item.kind === 'problem') {
        record(item.fatal ? 'failed' : 'skipped', {
          reason: item.reason,
          fatal: item.fatal,
          ruleId: item.ruleId,
          source: CLI_SOURCE
        })
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
        record(
          'failed',
          cliError(
            `File too large (${formatBytes(info.size)}, limit ${formatBytes(command.maxSize)}; see --max-size)`,
            'file-too-large'
          )
        )
        continue
      }

      const output = path.join(outputRoot, item.output)
      const known = reuse && old !== undefined && old[1] === info.size ? old : undefined
      if (known && outputs.has(output)) {
        // Same modification time as when last read, and well before that build
        // started (so no later change can share the timestamp): unchanged
        // without reading. Otherwise the content hash decides.
        if (known[2] === info.mtimeMs && info.mtimeMs < previous.builtAt - RACY_MARGIN_MS) {
          entries.set(item.relative, known)
          record('unchanged')
          continue
        }
        const contentHash = hashFile(item.absolute)
        if (contentHash === known[0]) {
          // A new entry (new time), so the manifest is rewritten and the next
          // build can trust the time.
          entries.set(item.relative, [known[0], known[1], info.mtimeMs])
          record('unchanged')
          continue
        }
      }

      batch.push({
        item: {absolute: item.absolute, relative: item.relative, output, outputRelative: item.output},
        size: info.size,
        mtimeMs: info.mtimeMs,
        old
      })
      if (batch.length >= Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.floor(dispatched / (command.jobs * 8))))) {
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
    // Remove outputs this folder built before whose input is gone (unless
    // another input now makes the same output).
    let kept: Set<string> | undefined
    for (const relative of previous.entries.keys()) {
      const output = entries.has(relative) ? undefined : outputPathFor(relative)
      if (output === undefined) continue
      kept ??= new Set([...entries.keys()].map((key) => outputPathFor(key) ?? key))
      if (kept.has(output)) continue
      await rm(path.join(outputRoot, output), {force: true})
      feedback.summary.removed++
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
  if (changed) await writeManifest(outputRoot, command.shard, optionsHash, startedAt, entries)
  const summary = await feedback.close()
  if (summary.interrupted) return 130
  return summary.failed > 0 ? 1 : 0
}

/** Builds batches, in worker threads or (with one job) in this thread. */
interface Runner {
  run(items: Array<TaskItem>): Promise<Array<ItemResult>>
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
 * @returns
 *   Runner.
 */
function lazyRunner(settings: RenderSettings, jobs: number): Runner {
  let started: Promise<Runner> | undefined
  return {
    async run(items) {
      started ??= startRunner(settings, jobs)
      return (await started).run(items)
    },
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
 * @returns
 *   Runner.
 */
async function startRunner(settings: RenderSettings, jobs: number): Promise<Runner> {
  if (jobs === 1) {
    const {createBatchRunner} = await import('./task.js')
    return {run: createBatchRunner(settings), close: async () => undefined}
  }

  const {Piscina} = await import('piscina')
  // Same extension as this module: `.js` when built, `.ts` when run from source.
  const extension = path.extname(new URL(import.meta.url).pathname)
  const pool = new Piscina<Array<TaskItem>, Array<ItemResult>>({
    filename: new URL('worker' + extension, import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    // A small young generation per worker keeps the memory of the whole
    // process low and flat (each worker is its own V8 heap); measured no slower.
    resourceLimits: {maxYoungGenerationSizeMb: 8},
    workerData: settings
  })
  return {
    run: (items) => pool.run(items),
    async close() {
      await pool.destroy()
      return undefined
    }
  }
}

/**
 * Hash a file’s content.
 *
 * @param filePath
 *   Path.
 * @returns
 *   Hash, or `undefined` when it cannot be read (the worker reports why).
 */
function hashFile(filePath: string): string | undefined {
  try {
    return hash(readFileSync(filePath))
  } catch {
    return undefined
  }
}

/**
 * Which output files exist, read one folder listing at a time (the walk goes
 * folder by folder), instead of one `stat` per article.
 */
class OutputListing {
  #folder: string | undefined
  #names = new Set<string>()

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
      try {
        for (const entry of readdirSync(folder, {withFileTypes: true})) {
          if (entry.isFile()) this.#names.add(entry.name)
        }
      } catch {
        // No folder: no outputs.
      }
    }
    return this.#names.has(path.basename(filePath))
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
 * Format a byte count (`52.4 MB`).
 *
 * @param bytes
 *   Bytes.
 * @returns
 *   Text.
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`
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
