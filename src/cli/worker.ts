/**
 * Worker thread entry for the build pool: one processor per worker, reused
 * for every batch it receives.
 */

import {workerData} from 'node:worker_threads'
import type {RenderSettings} from './pipeline.js'
import {createBatchRunner, type ItemResult, type TaskItem} from './task.js'

const run = createBatchRunner(workerData as RenderSettings)

/**
 * Build a batch of articles.
 *
 * @param items
 *   Articles sent by the main thread.
 * @returns
 *   One result per article, in order.
 */
export default async function buildBatch(items: ReadonlyArray<TaskItem>): Promise<Array<ItemResult>> {
  return run(items)
}
