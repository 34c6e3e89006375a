/**
 * The articles of a build on their way to the worker threads: batches that
 * grow as the build goes on, a bounded queue, and the recovery of a batch
 * whose worker died (only the article it was on fails).
 */

import path from 'node:path'
import {codeOf} from './errors.js'
import type {ManifestEntry} from './manifest.js'
import {cliError, CLI_SOURCE, type PlainMessage} from './messages.js'
import type {RenderSettings} from './pipeline.js'
import {formatBytes} from './safe-open.js'
import type {ItemResult, TaskItem} from './task.js'
import type {WorkerTask} from './worker.js'

/** An article waiting for a worker, with what its manifest entry needs. */
export interface PendingArticle {
  item: TaskItem
  size: number
  mtimeMs: number
  /** Its entry in the previous manifest. */
  old: ManifestEntry | undefined
}

/** Told the result of each article, in the order they finish. */
export type ReportResult = (article: PendingArticle, result: ItemResult) => undefined

/** Fewest and most articles per message to a worker: batches grow as a build goes on, since each message costs about a millisecond, while small first batches share a small folder fairly. */
const MIN_BATCH = 4
const MAX_BATCH = 32

/** Batches waiting or in progress, per worker (bounds the queue). */
const BATCHES_PER_JOB = 3

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

/**
 * Batches of articles sent to a runner: at most a few per worker wait or
 * run at once, so the walk of a large folder waits instead of queueing it
 * all in memory.
 */
export class BatchQueue {
  readonly #runner: Runner
  readonly #jobs: number
  readonly #memoryLimit: number
  readonly #report: ReportResult
  readonly #limit: number
  #batch: Array<PendingArticle> = []
  #inFlight = 0
  #dispatched = 0
  #wake: (() => void) | undefined
  #failure: unknown

  /**
   * @param settings
   *   Render settings.
   * @param jobs
   *   Worker threads (1: build in this thread).
   * @param memoryLimit
   *   `--max-memory`, in bytes.
   * @param report
   *   Told each article's result.
   */
  constructor(settings: RenderSettings, jobs: number, memoryLimit: number, report: ReportResult) {
    this.#runner = lazyRunner(settings, jobs, memoryLimit)
    this.#jobs = jobs
    this.#memoryLimit = memoryLimit
    this.#report = report
    this.#limit = Math.max(2, jobs * BATCHES_PER_JOB)
  }

  /** What went wrong in the queue itself (not in an article), if anything. */
  get failure(): unknown {
    return this.#failure
  }

  /**
   * Add an article; when its batch is full, wait for room and send it.
   *
   * @param article
   *   Article.
   * @returns
   *   Nothing.
   */
  async add(article: PendingArticle): Promise<undefined> {
    this.#batch.push(article)
    const size = Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.floor(this.#dispatched / (this.#jobs * 8))))
    if (this.#batch.length >= size) {
      await this.#waitWhile(() => this.#inFlight >= this.#limit)
      this.flush()
    }
    return undefined
  }

  /**
   * Send the pending batch, however small.
   *
   * @returns
   *   Nothing.
   */
  flush(): undefined {
    const pending = this.#batch
    this.#batch = []
    if (pending.length === 0) return undefined
    this.#dispatched += pending.length
    this.#send(pending)
    return undefined
  }

  /**
   * Wait for every batch sent, then stop the workers.
   *
   * @returns
   *   Nothing.
   */
  async close(): Promise<undefined> {
    try {
      await this.#waitWhile(() => this.#inFlight > 0)
    } finally {
      await this.#runner.close()
    }
    return undefined
  }

  /**
   * Wait, one finished batch at a time, while a condition holds.
   *
   * @param condition
   *   What to wait out.
   * @returns
   *   Nothing.
   */
  async #waitWhile(condition: () => boolean): Promise<undefined> {
    while (condition()) await new Promise<void>((resolve) => (this.#wake = resolve))
    return undefined
  }

  /**
   * Run a batch; its results are reported as they come.
   *
   * @param pending
   *   Batch.
   * @param roomy
   *   Whether to run it in the worker with the whole heap limit.
   * @returns
   *   Nothing.
   */
  #send(pending: Array<PendingArticle>, roomy = false): undefined {
    this.#inFlight++
    const progress = new Int32Array(new SharedArrayBuffer(4))
    this.#runner
      .run(
        pending.map((article) => article.item),
        progress,
        roomy
      )
      .then(
        (results) => {
          for (const [index, article] of pending.entries()) {
            this.#report(article, results[index] ?? noResult())
          }
        },
        (error: unknown) => {
          this.#recover(pending, Atomics.load(progress, 0), roomy, error)
        }
      )
      .catch((error: unknown) => {
        this.#failure ??= error
      })
      .finally(() => {
        this.#inFlight--
        this.#wake?.()
      })
    return undefined
  }

  /**
   * After a worker died (an article ran out of memory): the article in
   * progress fails, or, when it ran out of an ordinary worker's memory, is
   * tried again alone in a worker with the whole `--max-memory`; the others
   * of the batch (those before it were written, but their results are lost)
   * run again.
   *
   * @param pending
   *   Batch.
   * @param started
   *   Index of the article in progress.
   * @param roomy
   *   Whether the batch ran in the worker with the whole heap limit.
   * @param error
   *   Why the worker stopped.
   * @returns
   *   Nothing.
   */
  #recover(pending: Array<PendingArticle>, started: number, roomy: boolean, error: unknown): undefined {
    const index = Math.min(Math.max(started, 0), pending.length - 1)
    const culprit = pending[index]
    if (culprit && !roomy && this.#runner.roomier && codeOf(error) === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.#send([culprit], true)
    } else if (culprit) {
      this.#report(culprit, {status: 'failed', messages: [workerFailure(error, this.#memoryLimit)]})
    }
    const rest = pending.filter((_, other) => other !== index)
    if (rest.length > 0) this.#send(rest, roomy)
    return undefined
  }
}

/**
 * The result of an article a worker gave no result for.
 *
 * @returns
 *   Result.
 */
function noResult(): ItemResult {
  return {status: 'failed', messages: [{reason: 'No result', fatal: true, source: CLI_SOURCE}]}
}

/** Builds batches, in worker threads or (with one job) in this thread. */
interface Runner {
  /**
   * Build a batch; `progress[0]` is the index of the article in progress
   * (when a worker dies); `roomy` runs it in a worker with the whole heap
   * limit.
   */
  run(items: Array<TaskItem>, progress: Int32Array<SharedArrayBuffer>, roomy: boolean): Promise<Array<ItemResult>>
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
      return target.run({items, progress: progress.buffer})
    },
    roomier: memoryLimit > ordinaryHeap(memoryLimit),
    async close() {
      await Promise.all([ordinary.destroy(), roomy?.destroy()])
      return undefined
    }
  }
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
  if (codeOf(error) === 'ERR_WORKER_OUT_OF_MEMORY') {
    return cliError(
      `Out of memory: the article needs more than ${formatBytes(memoryLimit)} (see --max-memory)`,
      'out-of-memory'
    )
  }
  return cliError('Worker stopped: ' + (error instanceof Error ? error.message : String(error)), 'worker-failed')
}
