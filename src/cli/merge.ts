/**
 * `arabic-news merge <report>… --out <dir>`: the reduce step of a sharded
 * build. Each shard's JSON report carries the record of every article it
 * published; from all of them, write the home, section and feed pages and
 * the sitemaps, as a one-process build does after its articles.
 */

import {readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {isList} from '../options.js'
import type {MergeCommand} from './args.js'
import {asRecord} from './article-record.js'
import {useColor, type CommandIo} from './build.js'
import {OutputClaims} from './claims.js'
import {loadConfig, mergeSite} from './config.js'
import {isSafeOutputPath} from './output-path.js'
import type {ArticleRecord} from './site/record.js'
import {reportSiteMessages, writeSitePages} from './site-pages.js'
import {UsageError} from './usage-error.js'
import {errorCode} from './errors.js'
import type {PlainMessage} from './messages.js'

/**
 * Merge shard reports into site pages.
 *
 * @param command
 *   Parsed command.
 * @param io
 *   Streams and environment.
 * @returns
 *   Exit code: 0, or 1 when two shards wrote one page or a report is unusable.
 */
export async function merge(command: MergeCommand, io: CommandIo): Promise<number> {
  const output = path.resolve(io.cwd, command.output)
  if (!(await stat(output).catch(() => undefined))?.isDirectory()) {
    throw new UsageError(
      `Output folder \`${command.output}\` does not exist (download the shards' pages into it first)`
    )
  }
  const config = command.config === undefined ? {} : await loadConfig(io.cwd, path.resolve(io.cwd, command.config))
  const site = mergeSite(config, command.site)

  const records: Array<ArticleRecord> = []
  const problems: Array<string> = []
  const claims = new OutputClaims()
  for (const name of command.reports) {
    const read = await readReport(path.resolve(io.cwd, name))
    if (typeof read === 'string') {
      problems.push(`\`${name}\`: ${read}`)
      continue
    }
    for (const record of read) {
      const collision = claims.claim(record.output, record.input)
      if (collision) problems.push(`\`${name}\`: ${collision}`)
      else records.push(record)
    }
  }

  // The order of a one-process build: by input path.
  records.sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0))
  const pages = {
    ...config.pages,
    ...(command.css === undefined ? {} : {css: command.css && path.resolve(io.cwd, command.css)})
  }
  let written: {files: Array<string>; messages: Array<PlainMessage>} = {files: [], messages: []}
  try {
    written = await writeSitePages(records, {...pages, site}, output, io.env)
  } catch (error) {
    if (error instanceof UsageError) throw error
    problems.push('cannot write the site pages: ' + errorCode(error))
  }
  const color = useColor(io)
  reportSiteMessages(io.stderr, written.messages, {color, quiet: command.quiet})
  for (const problem of problems) io.stderr.write(`arabic-news merge: ${problem}\n`)
  if (!command.quiet || problems.length > 0) {
    io.stderr.write(
      `${problems.length > 0 ? '✖' : '✔'} ${command.reports.length} report${command.reports.length === 1 ? '' : 's'}, ` +
        `${records.length} article${records.length === 1 ? '' : 's'}, ${written.files.length} site file${written.files.length === 1 ? '' : 's'} written` +
        (problems.length > 0 ? `, ${problems.length} problem${problems.length === 1 ? '' : 's'}` : '') +
        '\n'
    )
  }
  return problems.length > 0 ? 1 : 0
}

/**
 * Read the records of one shard report (untrusted JSON).
 *
 * @param filePath
 *   Report path.
 * @returns
 *   Records of the published articles, or why the report cannot be used.
 */
async function readReport(filePath: string): Promise<Array<ArticleRecord> | string> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(filePath, 'utf8'))
  } catch (error) {
    return 'cannot read the report: ' + (error instanceof Error ? error.message : String(error))
  }
  if (typeof raw !== 'object' || raw === null || (raw as Record<string, unknown>)['tool'] !== 'arabic-news') {
    return 'not a report of `arabic-news build --report`'
  }
  const report = raw as {files?: unknown; summary?: {interrupted?: unknown}}
  if (!isList(report.files)) return 'no `files` in the report'
  if (report.summary?.interrupted === true) return 'the build of this shard was interrupted: build it again'
  const records: Array<ArticleRecord> = []
  for (const entry of report.files) {
    if (typeof entry !== 'object' || entry === null) continue
    const {status, article} = entry as {status?: unknown; article?: unknown}
    if (status !== 'written' && status !== 'unchanged') continue
    const record = asRecord(article)
    if (!record) return 'an article without its record (made by an older version?)'
    if (!isSafeOutputPath(record.output)) return `unsafe output path \`${record.output}\``
    records.push(record)
  }
  return records
}
