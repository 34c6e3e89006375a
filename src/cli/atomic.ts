/**
 * Atomic file writes: write a temporary file beside the target, then rename
 * it over the target, so readers see the old file or the new one, never half.
 */

import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {threadId} from 'node:worker_threads'

/** Suffix of temporary files (hidden files named `.<name>.<process>-<thread>-<count>.tmp`). */
export const TEMPORARY_SUFFIX = '.tmp'

let counter = 0

/**
 * Path of a new temporary file beside a target: unique within this machine’s
 * processes and threads; `wx` below refuses any leftover of the same name.
 *
 * @param filePath
 *   Target path.
 * @returns
 *   Temporary path.
 */
function temporaryPath(filePath: string): string {
  counter++
  return path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${process.pid}-${threadId}-${counter}${TEMPORARY_SUFFIX}`
  )
}

/**
 * Write a file atomically, creating its folder when needed.
 *
 * @param filePath
 *   Target path.
 * @param data
 *   Contents.
 * @returns
 *   Nothing.
 */
export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<undefined> {
  let temporary = temporaryPath(filePath)
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(temporary, data, {flag: 'wx'})
      break
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' && attempt === 0) await mkdir(path.dirname(filePath), {recursive: true})
      else if (code === 'EEXIST' && attempt < 3) temporary = temporaryPath(filePath)
      else throw error
    }
  }
  try {
    await rename(temporary, filePath)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
  return undefined
}

/**
 * Write a file atomically with synchronous calls (for worker threads, where
 * blocking costs nothing and skips a round trip through the libuv pool).
 *
 * @param filePath
 *   Target path.
 * @param data
 *   Contents.
 * @returns
 *   Nothing.
 */
export function writeFileAtomicSync(filePath: string, data: string | Uint8Array): undefined {
  let temporary = temporaryPath(filePath)
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(temporary, data, {flag: 'wx'})
      break
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'ENOENT' && attempt === 0) mkdirSync(path.dirname(filePath), {recursive: true})
      else if (code === 'EEXIST' && attempt < 3) temporary = temporaryPath(filePath)
      else throw error
    }
  }
  try {
    renameSync(temporary, filePath)
  } catch (error) {
    rmSync(temporary, {force: true})
    throw error
  }
  return undefined
}
