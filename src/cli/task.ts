/**
 * The work sent to a worker thread (or done in the main thread with
 * `--jobs 1`): a batch of articles, each read, hashed, rendered and written
 * atomically, all with synchronous calls: a worker has nothing else to do
 * meanwhile, and each call through the libuv pool (open, write, close,
 * rename, shared by the whole process) cost more than the call itself
 * (10,000 articles, 2 workers: 0.91× the CPU time, 0.95× the wall time).
 */

import {Buffer} from 'node:buffer'
import {writeFileAtomicSync} from './atomic.js'
import {errorCode} from './errors.js'
import {hash} from './manifest.js'
import {CLI_SOURCE, toPlainMessage, type PlainMessage} from './messages.js'
import {createRenderer, type RenderOutput, type RenderSettings} from './pipeline.js'
import {readArticleSync, type ReadRules} from './safe-open.js'
import type {ArticleRecord} from './site/record.js'

/** One article of a batch. */
export interface TaskItem {
  /** Absolute path to read. */
  absolute: string
  /** Path shown in messages (relative to the input folder). */
  relative: string
  /** Absolute output path. */
  output: string
  /** Output path relative to the output folder, `/`-separated. */
  outputRelative: string
  /** What the input may be (checked on the opened file). */
  read: ReadRules
}

/** What comes back for one article. */
export interface ItemResult {
  status: 'written' | 'failed'
  /** Hash of the content read (absent when unreadable). */
  hash?: string | undefined
  /** Hash of the page written. */
  pageHash?: string | undefined
  /** The input is not acceptable (a link, a pipe, outside the folder): its old page goes. */
  refused?: boolean | undefined
  /** What the article contributes to site pages and reports (when written). */
  record?: ArticleRecord | undefined
  messages: Array<PlainMessage>
}

/**
 * Runs batches with one processor, built on first use and then reused;
 * `started` is told the index of each article before it is built (so that
 * the article a dead worker was on is known).
 */
export type BatchRunner = (
  items: ReadonlyArray<TaskItem>,
  started?: (index: number) => undefined
) => Promise<Array<ItemResult>>

/**
 * Create a batch runner with one processor, reused for every article.
 *
 * @param settings
 *   Render settings.
 * @returns
 *   Runner.
 */
export function createBatchRunner(settings: RenderSettings): BatchRunner {
  const render = createRenderer(settings)

  return async function (items, started) {
    const results: Array<ItemResult> = []
    for (const [index, item] of items.entries()) {
      started?.(index)
      results.push(await runItem(item))
    }
    return results
  }

  /**
   * Build one article.
   *
   * @param item
   *   Article.
   * @returns
   *   Its result, once its page is written.
   */
  async function runItem(item: TaskItem): Promise<ItemResult> {
    const read = readArticleSync(item.absolute, item.read)
    if (!read.ok) return {...failed(read.reason, read.ruleId), refused: read.refused}
    const {bytes} = read
    const contentHash = hash(bytes)

    let result: RenderOutput
    try {
      result = await render({path: item.relative, bytes, outputPath: item.outputRelative})
    } catch (error) {
      return {status: 'failed', hash: contentHash, messages: [toPlainMessage(error)]}
    }
    const {html, record, messages} = result
    if (html === undefined) return {status: 'failed', hash: contentHash, messages}

    // Encoded once, for both the hash and the file (each would encode a string itself).
    const page = Buffer.from(html.endsWith('\n') ? html : html + '\n')
    const pageHash = hash(page)
    try {
      writeFileAtomicSync(item.output, page)
    } catch (error) {
      messages.push(message('Cannot write output: ' + errorCode(error), 'unwritable-output'))
      return {status: 'failed', hash: contentHash, messages}
    }
    return {status: 'written', hash: contentHash, pageHash, record, messages}
  }
}

/**
 * A failed result.
 *
 * @param reason
 *   What went wrong.
 * @param ruleId
 *   Identifier.
 * @returns
 *   Result.
 */
function failed(reason: string, ruleId: string): ItemResult {
  return {status: 'failed', messages: [message(reason, ruleId)]}
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
function message(reason: string, ruleId: string): PlainMessage {
  return {reason, fatal: true, ruleId, source: CLI_SOURCE}
}
