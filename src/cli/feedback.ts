/**
 * What a build tells its user: one `vfile-reporter` block per file with
 * messages, the progress bar, a closing summary, and a JSON report streamed
 * to a file or standard output (never held in memory whole).
 */

import {randomBytes} from 'node:crypto'
import {createWriteStream, type WriteStream} from 'node:fs'
import {rename, rm} from 'node:fs/promises'
import path from 'node:path'
import {reporter} from 'vfile-reporter'
import {truncateBytes} from './atomic.js'
import {errorCode} from './errors.js'
import {countMessages, toReportFile, type PlainMessage} from './messages.js'
import {escapeControls, showName} from './names.js'
import type {ProgressBar} from './progress.js'
import type {ArticleRecord} from './site/record.js'

/** What happened to one input. */
export type FileStatus = 'written' | 'unchanged' | 'failed' | 'skipped'

/** One input’s outcome. */
export interface FileRecord {
  /** Input path relative to the input folder. */
  path: string
  /** Output path relative to the output folder. */
  output?: string | undefined
  status: FileStatus
  messages: Array<PlainMessage>
  /** What the page contributes to site pages and feeds (written and unchanged pages). */
  article?: ArticleRecord | undefined
}

/** Totals of a build. */
export interface Summary {
  /** Inputs seen (articles and skipped entries). */
  files: number
  written: number
  unchanged: number
  failed: number
  /** Entries reported and not built that are not failures (such as links not followed). */
  skipped: number
  /** Outputs removed because their input is gone. */
  removed: number
  warnings: number
  errors: number
  durationMs: number
  interrupted: boolean
}

/** A writable text stream (standard output or error). */
export interface TextStream {
  write(chunk: string): unknown
  isTTY?: boolean | undefined
  columns?: number | undefined
}

/** Feedback configuration. */
export interface FeedbackOptions {
  stdout: TextStream
  stderr: TextStream
  color: boolean
  quiet: boolean
  progress?: ProgressBar | undefined
  /** Stream the JSON report to standard output. */
  json: boolean
  /** Write the JSON report to this file (atomically). */
  report?: string | undefined
  /** Fields put at the top of the JSON report. */
  header: Record<string, unknown>
}

/** Collects outcomes and reports them as they come. */
export class Feedback {
  readonly summary: Summary = {
    files: 0,
    written: 0,
    unchanged: 0,
    failed: 0,
    skipped: 0,
    removed: 0,
    warnings: 0,
    errors: 0,
    durationMs: 0,
    interrupted: false
  }

  readonly #options: FeedbackOptions
  readonly #started = performance.now()
  #reportStream: WriteStream | undefined
  #reportError: Error | undefined
  #reportTemporary: string | undefined
  #first = true

  /**
   * Create feedback.
   *
   * @param options
   *   Configuration.
   */
  constructor(options: FeedbackOptions) {
    this.#options = options
    const head =
      JSON.stringify(options.header).slice(0, -1) + (Object.keys(options.header).length > 0 ? ',' : '') + '"files":['
    if (options.report !== undefined) {
      this.#reportTemporary = path.join(
        path.dirname(options.report),
        '.' + truncateBytes(path.basename(options.report), 200) + '.' + randomBytes(6).toString('hex') + '.tmp'
      )
      this.#reportStream = createWriteStream(this.#reportTemporary)
      this.#reportStream.on('error', (error) => {
        this.#reportError ??= error
      })
      this.#reportStream.write(head)
    }
    if (options.json) options.stdout.write(head)
  }

  /**
   * Record and report one input.
   *
   * @param record
   *   Outcome.
   * @returns
   *   Nothing.
   */
  file(record: FileRecord): undefined {
    const {summary} = this
    summary.files++
    summary[record.status]++
    const counts = countMessages(record.messages)
    summary.errors += counts.errors
    summary.warnings += counts.warnings

    const {progress, quiet, color, stderr} = this.#options
    if (record.messages.length > 0 && (!quiet || counts.errors > 0)) {
      // Names and messages come from the input: shown with their controls
      // escaped, so that they cannot forge or hide report lines.
      const messages = record.messages.map((message) => ({...message, reason: escapeControls(message.reason)}))
      const text = reporter([toReportFile(showName(record.path), messages)], {color, silent: quiet})
      // Keep the per-file block; the totals come once, in the summary.
      const block = text.replace(/\n\n[^\n]*$/, '')
      if (block.trim() !== '') {
        progress?.clear()
        stderr.write(block + '\n')
      }
    }
    progress?.tick()

    if (this.#reportStream || this.#options.json) {
      const entry = (this.#first ? '' : ',') + '\n' + JSON.stringify(record)
      this.#first = false
      this.#reportStream?.write(entry)
      if (this.#options.json) this.#options.stdout.write(entry)
    }
    return undefined
  }

  /**
   * Finish: print the summary and close the JSON report.
   *
   * @returns
   *   The summary.
   */
  async close(): Promise<Summary> {
    const {summary} = this
    summary.durationMs = Math.round(performance.now() - this.#started)
    const {progress, quiet, stderr, color} = this.#options
    progress?.clear()
    if (!quiet) stderr.write(formatSummary(summary, color) + '\n')

    const tail = '\n],"summary":' + JSON.stringify(summary) + '}\n'
    if (this.#options.json) this.#options.stdout.write(tail)
    const stream = this.#reportStream
    const temporary = this.#reportTemporary
    if (stream && temporary && this.#options.report !== undefined) {
      if (!this.#reportError) {
        await new Promise<void>((resolve) => {
          stream.once('error', () => resolve())
          stream.end(tail, resolve)
        })
      }
      let failure = this.#reportError
      if (!failure) {
        try {
          await rename(temporary, this.#options.report)
        } catch (error) {
          failure = error as Error
        }
      }
      if (failure) {
        // Nothing half-written is left (a disk full of reports helps no one).
        if (!stream.closed) await new Promise<void>((resolve) => stream.close(() => resolve()))
        await rm(temporary, {force: true}).catch(() => undefined)
        throw new Error(`Cannot write report \`${showName(this.#options.report)}\`: ${errorCode(failure)}`)
      }
    }
    return summary
  }
}

/**
 * Format the closing summary line.
 *
 * @param summary
 *   Totals.
 * @param color
 *   Whether to use ANSI colours.
 * @returns
 *   One line.
 */
export function formatSummary(summary: Summary, color: boolean): string {
  const paint = (code: number, text: string): string => (color ? `\u001B[${code}m${text}\u001B[39m` : text)
  const number = (value: number): string => value.toLocaleString('en')
  const plural = (value: number, word: string): string => number(value) + ' ' + word + (value === 1 ? '' : 's')
  const seconds = summary.durationMs / 1000
  const mark = summary.failed > 0 ? paint(31, '✖') : summary.warnings > 0 ? paint(33, '⚠') : paint(32, '✔')
  const parts = [
    `${number(summary.written)} written`,
    `${number(summary.unchanged)} unchanged`,
    `${number(summary.failed)} failed`
  ]
  if (summary.skipped > 0) parts.push(`${number(summary.skipped)} skipped`)
  if (summary.removed > 0) parts.push(`${number(summary.removed)} removed`)
  return (
    `${mark} ${plural(summary.files, 'file')} (${parts.join(', ')}), ` +
    `${plural(summary.warnings, 'warning')}, ${plural(summary.errors, 'error')} in ${seconds.toFixed(seconds < 10 ? 2 : 1)} s` +
    (summary.interrupted ? ' (interrupted)' : '')
  )
}
