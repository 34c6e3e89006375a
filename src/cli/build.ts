/**
 * `arabic-news build`: stream through the input folder, skip unchanged
 * articles, render the rest on a pool of worker threads, write every page
 * atomically, then the manifest.
 */

import {readdirSync, statSync} from 'node:fs'
import {mkdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {DEFAULT_MAX_MEMORY, type BuildCommand, type SiteSettings} from './args.js'
import {BatchQueue, type PendingArticle} from './batches.js'
import {OutputClaims} from './claims.js'
import {loadConfig, mergeSite} from './config.js'
import {Feedback, type FileStatus, type TextStream} from './feedback.js'
import {capJobs} from './jobs.js'
import {hash, readManifest, sharePaths, writeManifest, type ManifestEntry, type PreviousBuild} from './manifest.js'
import {cliError, CLI_SOURCE, type PlainMessage} from './messages.js'
import type {RenderSettings} from './pipeline.js'
import type {PlanSettings} from './plan.js'
import {articlePageSettings} from './site/stylesheet.js'
import type {SitePagesConfig} from './site/settings.js'
import {ProgressBar} from './progress.js'
import {fileTooLarge, readArticleSync, type ReadRules} from './safe-open.js'
import {removeStalePage} from './stale.js'
import type {ArticleRecord} from './site/record.js'
import {reportSiteMessages, writeSitePages} from './site-pages.js'
import type {ItemResult} from './task.js'
import {UsageError} from './usage-error.js'
import {codeOf} from './errors.js'
import {errorCode, walk, type WalkFile, type WalkItem} from './walk.js'
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

/** Walk problems after which a page built before from that input is removed (the input is not acceptable). */
const REFUSED_RULES: ReadonlySet<string> = new Set(['link-not-followed', 'not-a-file', 'invalid-file-name'])

/** Files modified this close to the start of the last build are hashed even when their size and time match. */
const RACY_MARGIN_MS = 2000

/**
 * Run a build: read the settings, walk the input folder (reusing what has
 * not changed, sending the rest to the workers), then remove the pages of
 * inputs that are gone and write the manifest and the site pages.
 *
 * @param command
 *   Parsed command.
 * @param io
 *   Streams and environment.
 * @returns
 *   Exit code: 0, 1 when some file failed, 130 when interrupted.
 */
export async function build(command: BuildCommand, io: CommandIo): Promise<number> {
  const setup = await prepare(command, io)
  const startedAt = Date.now()
  // Drafts and future articles change which pages exist: a change of either rebuilds.
  const optionsHash = hash(
    JSON.stringify({version: packageVersion, settings: setup.settings, drafts: command.drafts, future: command.future})
  )
  const previous = await readManifest(setup.outputRoot, command.shard, optionsHash, setup.root)
  if (previous.otherInput !== undefined && !command.quiet) {
    io.stderr.write(
      `arabic-news: warning: \`${command.output}\` was built from another input folder (\`${previous.otherInput}\`): ` +
        'every article is built, and no page is removed\n'
    )
  }
  const feedback = await createFeedback(command, io, setup)
  const entries = new Map<string, ManifestEntry>()
  const {jobs, warning: jobsWarning} = capJobs(command.jobs)
  if (jobsWarning !== undefined && !command.quiet) io.stderr.write(`arabic-news: warning: ${jobsWarning}\n`)
  const memoryLimit = command.maxMemory ?? DEFAULT_MAX_MEMORY
  const queue = new BatchQueue(setup.settings, jobs, memoryLimit, (article, result) =>
    recordResult(article, result, entries, feedback)
  )
  const walk: InputWalk = {
    command,
    setup,
    previous,
    reuse: previous.sameOptions && !command.force,
    entries,
    feedback,
    outputs: new OutputListing(),
    claims: new OutputClaims(),
    planner: undefined
  }
  const walkedAll = (await walkInputs(walk, queue, io.signal)) && !io.signal?.aborted
  if (queue.failure) throw queue.failure

  if (walkedAll) {
    feedback.summary.removed += await removeGonePages(previous, entries, setup.outputRoot)
  } else {
    // Interrupted: remember what was built before for the inputs not reached.
    for (const [relative, entry] of previous.entries) {
      if (!entries.has(relative)) entries.set(relative, entry)
    }
    feedback.summary.interrupted = true
  }

  let unwritten = false
  if (manifestChanged(previous, entries)) {
    unwritten = !(await writeManifestOrReport(command, io, setup, optionsHash, startedAt, entries))
    if (unwritten) feedback.summary.errors++
  }
  if (
    walkedAll &&
    command.shard === undefined &&
    !setup.fragment &&
    !(await writeSiteOrReport(command, io, setup, entries))
  ) {
    unwritten = true
    feedback.summary.errors++
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

/** What a build reads and writes, and how: the command, its configuration file and its folders, checked. */
interface BuildSetup {
  /** Input folder, real path. */
  root: string
  /** Output folder, real path (made when missing). */
  outputRoot: string
  site: SiteSettings
  pages: SitePagesConfig
  fragment: boolean
  settings: RenderSettings
  planSettings: PlanSettings
  /** Where `--report` writes, when given. */
  reportPath: string | undefined
}

/**
 * Check the folders and read the settings of a build (flags over the
 * configuration file over defaults).
 *
 * @param command
 *   Parsed command.
 * @param io
 *   Streams and environment.
 * @returns
 *   Setup.
 * @throws {UsageError}
 *   When a folder or a setting cannot be used.
 */
async function prepare(command: BuildCommand, io: CommandIo): Promise<BuildSetup> {
  const root = await inputFolder(command.input, io.cwd)
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
  const cleanUrls = command.cleanUrls ?? config.cleanUrls ?? false
  const settings: RenderSettings = {site, fragment, page, encoding: command.encoding, cleanUrls}
  const planSettings: PlanSettings = {
    baseUrl: site.baseUrl,
    cleanUrls,
    timeZone: site.timeZone,
    encoding: command.encoding,
    drafts: command.drafts,
    future: command.future,
    formatters: new Map()
  }

  const reportPath = command.report === undefined ? undefined : path.resolve(io.cwd, command.report)
  if (reportPath !== undefined && !(await stat(path.dirname(reportPath)).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(`Cannot write report \`${command.report}\`: no folder \`${path.dirname(reportPath)}\``)
  }
  const outputRoot = await outputFolder(command.output, io.cwd)
  if (outputRoot === root) throw new UsageError('The output folder must differ from the input folder')
  return {root, outputRoot, site, pages, fragment, settings, planSettings, reportPath}
}

/**
 * The input folder, checked.
 *
 * @param input
 *   As given.
 * @param cwd
 *   Folder it is relative to.
 * @returns
 *   Real path.
 * @throws {UsageError}
 *   When it is missing or not a folder.
 */
async function inputFolder(input: string, cwd: string): Promise<string> {
  const resolved = path.resolve(cwd, input)
  let inputStat
  try {
    inputStat = await stat(resolved)
  } catch {
    throw new UsageError(`Input folder \`${input}\` does not exist`)
  }
  if (!inputStat.isDirectory()) throw new UsageError(`Input \`${input}\` is not a folder`)
  return realpath(resolved)
}

/**
 * The output folder, made when missing.
 *
 * @param output
 *   As given.
 * @param cwd
 *   Folder it is relative to.
 * @returns
 *   Real path.
 * @throws {UsageError}
 *   When it cannot be made.
 */
async function outputFolder(output: string, cwd: string): Promise<string> {
  const resolved = path.resolve(cwd, output)
  try {
    await mkdir(resolved, {recursive: true})
  } catch (error) {
    const code = codeOf(error) ?? String(error)
    throw new UsageError(
      `Cannot make the output folder \`${output}\`: ${code} (a part of the path is a file, or not writable)`
    )
  }
  return realpath(resolved)
}

/**
 * What the build tells as it goes (with a progress bar on a terminal).
 *
 * @param command
 *   Parsed command.
 * @param io
 *   Streams and environment.
 * @param setup
 *   Setup.
 * @returns
 *   Feedback.
 */
async function createFeedback(command: BuildCommand, io: CommandIo, setup: BuildSetup): Promise<Feedback> {
  const showProgress = command.progress ?? (Boolean(io.stderr.isTTY) && !command.quiet)
  let progress: ProgressBar | undefined
  if (showProgress) {
    let total = 0
    // A first walk, names only, to know the total.
    for await (const item of walk(setup.root, {exclude: [setup.outputRoot], shard: command.shard})) {
      if (item) total++
    }
    progress = new ProgressBar(io.stderr, total)
  }
  return new Feedback({
    stdout: io.stdout,
    stderr: io.stderr,
    color: useColor(io),
    quiet: command.quiet,
    progress,
    json: command.json,
    report: setup.reportPath,
    header: {
      tool: 'arabic-news',
      version: packageVersion,
      input: setup.root,
      output: setup.outputRoot,
      shard: command.shard ? `${command.shard.index}/${command.shard.count}` : null
    }
  })
}

/**
 * Keep what a worker built (or, when it failed, the entry of the page built
 * before) and tell it.
 *
 * @param article
 *   Article.
 * @param result
 *   What became of it.
 * @param entries
 *   Manifest entries of this build.
 * @param feedback
 *   Feedback.
 * @returns
 *   Nothing.
 */
function recordResult(
  {item, size, mtimeMs, old}: PendingArticle,
  result: ItemResult,
  entries: Map<string, ManifestEntry>,
  feedback: Feedback
): undefined {
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
  return undefined
}

/** The walk of a build's input folder: what it reads, and what it has found so far. */
interface InputWalk {
  command: BuildCommand
  setup: BuildSetup
  previous: PreviousBuild
  /** Whether pages built before with the same settings may be kept. */
  reuse: boolean
  entries: Map<string, ManifestEntry>
  feedback: Feedback
  outputs: OutputListing
  claims: OutputClaims
  /** The front matter reader, with YAML, loaded only when an article is to be built. */
  planner: typeof import('./plan.js') | undefined
}

/**
 * Walk the input folder: each input is reported, kept as it was, or sent
 * to the workers.
 *
 * @param state
 *   The walk.
 * @param queue
 *   Where articles to build go.
 * @param signal
 *   Stops the walk early.
 * @returns
 *   Whether every input was reached.
 */
async function walkInputs(state: InputWalk, queue: BatchQueue, signal: AbortSignal | undefined): Promise<boolean> {
  const {command, setup} = state
  let walkedAll = true
  try {
    for await (const item of walk(setup.root, {exclude: [setup.outputRoot], shard: command.shard})) {
      if (signal?.aborted || queue.failure) {
        walkedAll = false
        break
      }
      const article = await considerInput(item, state)
      if (article) await queue.add(article)
    }
    if (!signal?.aborted) queue.flush()
  } finally {
    await queue.close()
  }
  return walkedAll
}

/**
 * Decide what becomes of one input: a problem reported, a page kept, an
 * article left out, or an article to build.
 *
 * @param item
 *   What the walk found.
 * @param state
 *   The walk.
 * @returns
 *   The article to build, if it is to be built.
 */
async function considerInput(item: WalkItem, state: InputWalk): Promise<PendingArticle | undefined> {
  const {command, setup, entries, feedback} = state
  const old = state.previous.entries.get(item.relative)
  const record = (status: FileStatus, message?: PlainMessage, refused?: boolean): undefined => {
    // A page built before is kept when its input cannot be read now, and
    // removed when its input is no longer acceptable (a link, a pipe).
    if (status !== 'unchanged' && old && !refused) entries.set(item.relative, old)
    feedback.file({path: item.relative, output: item.output, status, messages: message ? [message] : []})
    return undefined
  }

  if (item.kind === 'problem') {
    const message = {reason: item.reason, fatal: item.fatal, ruleId: item.ruleId, source: CLI_SOURCE}
    return record(item.fatal ? 'failed' : 'skipped', message, REFUSED_RULES.has(item.ruleId))
  }

  let info
  try {
    info = statSync(item.absolute)
  } catch (error) {
    return record('failed', cliError('Cannot read file: ' + errorCode(error), 'unreadable-file'))
  }
  if (info.size > command.maxSize) {
    return record('failed', cliError(fileTooLarge(info.size, command.maxSize), 'file-too-large'))
  }
  const kept = keepUnchanged(item, info, old, state)
  if (kept !== undefined) return kept === true ? undefined : record('failed', cliError(kept, 'output-collision'))

  // Front matter decides where the page goes, and whether it is published.
  state.planner ??= await import('./plan.js')
  const {leftOutReason, planFile} = state.planner
  const plan = planFile(item.relative, item.absolute, info.size, setup.planSettings)
  if (plan.kind === 'refuse') return record('failed', cliError(plan.reason, 'unsafe-output-path'))
  if (plan.kind === 'leave-out') {
    // Not kept in the manifest: a page it made before is removed, and it is looked at again next time.
    feedback.file({
      path: item.relative,
      output: plan.output,
      status: 'skipped',
      messages: [{reason: leftOutReason(plan.why), ruleId: 'not-published', source: CLI_SOURCE}]
    })
    return undefined
  }
  const output = path.join(setup.outputRoot, plan.output)
  const collision = state.claims.claim(plan.output, item.relative) ?? state.outputs.folderProblem(output, plan.output)
  if (collision) return record('failed', cliError(collision, 'output-collision'))
  return {
    item: {
      absolute: item.absolute,
      relative: item.relative,
      output,
      outputRelative: plan.output,
      read: readRules(item, state)
    },
    size: info.size,
    mtimeMs: info.mtimeMs,
    old
  }
}

/**
 * Keep the page built before from an input that has not changed.
 *
 * The page may be elsewhere than the input's name says (front matter `url`
 * or `slug`): the manifest knows where.
 *
 * @param item
 *   Input.
 * @param info
 *   Its size and modification time now.
 * @param old
 *   Its entry in the previous manifest.
 * @param state
 *   The walk.
 * @returns
 *   `true` when kept (and reported), a collision to report, or `undefined`
 *   when the input is to be looked at again.
 */
function keepUnchanged(
  item: WalkFile,
  info: {size: number; mtimeMs: number},
  old: ManifestEntry | undefined,
  state: InputWalk
): true | string | undefined {
  const {previous} = state
  const known = state.reuse && old !== undefined && old[1] === info.size && old[5] !== undefined ? old : undefined
  if (!known || !state.outputs.has(path.join(state.setup.outputRoot, known[3]))) return undefined
  // Same modification time as when last read, and well before that build
  // started (so no later change can share the timestamp): unchanged
  // without reading. Otherwise the content hash decides.
  const same = known[2] === info.mtimeMs && info.mtimeMs < previous.builtAt - RACY_MARGIN_MS
  if (!same) {
    const read = readArticleSync(item.absolute, readRules(item, state))
    if (!(read.ok && hash(read.bytes) === known[0])) return undefined
  }
  const collision = state.claims.claim(known[3], item.relative)
  if (collision) return collision
  // A new time makes a new entry, so the manifest is rewritten and the
  // next build can trust the time.
  state.entries.set(item.relative, same ? known : [known[0], known[1], info.mtimeMs, known[3], known[4], known[5]])
  state.feedback.file({path: item.relative, output: known[3], status: 'unchanged', messages: [], article: known[5]})
  return true
}

/**
 * What an input may be when it is read.
 *
 * @param item
 *   Input.
 * @param state
 *   The walk.
 * @returns
 *   Rules.
 */
function readRules(item: WalkFile, state: InputWalk): ReadRules {
  return {
    root: state.setup.root,
    exclude: [state.setup.outputRoot],
    follow: item.link === true,
    maxSize: state.command.maxSize
  }
}

/**
 * Remove the pages this folder built before whose input is gone (unless
 * another input now makes the same page), when they are still ours. An
 * input whose page moved (front matter `url` or `slug`) leaves its old page
 * too.
 *
 * Every input reached has its entry by now (new, or the old one when it
 * failed), so a previous entry missing from `entries` is an input that is
 * gone.
 *
 * @param previous
 *   The previous build.
 * @param entries
 *   Manifest entries of this build.
 * @param outputRoot
 *   Output folder.
 * @returns
 *   How many pages were removed.
 */
async function removeGonePages(
  previous: PreviousBuild,
  entries: ReadonlyMap<string, ManifestEntry>,
  outputRoot: string
): Promise<number> {
  let removed = 0
  let kept: Set<string> | undefined
  for (const [relative, entry] of previous.entries) {
    if (entries.get(relative)?.[3] === entry[3]) continue
    kept ??= new Set([...entries.values()].map((value) => value[3]))
    if (kept.has(entry[3])) continue
    if ((await removeStalePage(outputRoot, entry)) === 'removed') removed++
  }
  return removed
}

/**
 * Whether the manifest must be written (a rebuild that changed nothing
 * leaves it as it is).
 *
 * @param previous
 *   The previous build.
 * @param entries
 *   Manifest entries of this build.
 * @returns
 *   Whether anything changed.
 */
function manifestChanged(previous: PreviousBuild, entries: ReadonlyMap<string, ManifestEntry>): boolean {
  if (!previous.sameOptions || entries.size !== previous.entries.size) return true
  for (const [relative, entry] of entries) {
    if (previous.entries.get(relative) !== entry) return true
  }
  return false
}

/**
 * Write the manifest; one that cannot be written (disk full) is reported,
 * and the JSON on standard output is still closed.
 *
 * @param command
 *   Parsed command.
 * @param io
 *   Streams and environment.
 * @param setup
 *   Setup.
 * @param optionsHash
 *   Hash of the settings.
 * @param startedAt
 *   When the build started.
 * @param entries
 *   Manifest entries.
 * @returns
 *   Whether it was written.
 */
async function writeManifestOrReport(
  command: BuildCommand,
  io: CommandIo,
  setup: BuildSetup,
  optionsHash: string,
  startedAt: number,
  entries: ReadonlyMap<string, ManifestEntry>
): Promise<boolean> {
  try {
    await writeManifest(setup.outputRoot, command.shard, setup.root, optionsHash, startedAt, entries)
    return true
  } catch (error) {
    io.stderr.write(
      `arabic-news: error: Cannot write the manifest: ${errorCode(error)}; the next build builds every article again\n`
    )
    return false
  }
}

/**
 * Write the pages about the articles (home, sections, feeds, sitemaps), as
 * a whole build of pages does (fragments are for another host's layouts).
 *
 * @param command
 *   Parsed command.
 * @param io
 *   Streams and environment.
 * @param setup
 *   Setup.
 * @param entries
 *   Manifest entries.
 * @returns
 *   Whether they were written.
 */
async function writeSiteOrReport(
  command: BuildCommand,
  io: CommandIo,
  setup: BuildSetup,
  entries: ReadonlyMap<string, ManifestEntry>
): Promise<boolean> {
  try {
    const written = await writeSitePages(
      publishedRecords(entries),
      {...setup.pages, site: setup.site},
      setup.outputRoot,
      io.env
    )
    reportSiteMessages(io.stderr, written.messages, {color: useColor(io), quiet: command.quiet})
    return true
  } catch (error) {
    io.stderr.write(`arabic-news: error: Cannot write the site pages: ${errorCode(error)}\n`)
    return false
  }
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
