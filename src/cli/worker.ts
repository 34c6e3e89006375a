/**
 * Worker thread entry for the build pool: one processor per worker, reused
 * for every batch it receives.
 */

import {workerData} from 'node:worker_threads'
import type {RenderSettings} from './pipeline.js'
import {createBatchRunner, type ItemResult, type TaskItem} from './task.js'

const run = createBatchRunner(workerData as RenderSettings)

/** A batch as sent by the main thread. */
export interface WorkerTask {
  /** Articles to build. */
  items: ReadonlyArray<TaskItem>
  /** Shared cell where the worker keeps the index of the article in progress (read when the worker dies). */
  progress: SharedArrayBuffer
}

/**
 * Build a batch of articles.
 *
 * @param task
 *   Articles sent by the main thread.
 * @returns
 *   One result per article, in order.
 */
export default async function buildBatch(task: WorkerTask): Promise<Array<ItemResult>> {
  const progress = new Int32Array(task.progress)
  return run(task.items, (index) => {
    Atomics.store(progress, 0, index)
    return undefined
  })
}
