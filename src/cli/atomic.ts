/**
 * Atomic file writes: write a temporary file beside the target, then rename
 * it over the target, so readers see the old file or the new one, never half.
 */

import {randomInt} from 'node:crypto'
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {threadId} from 'node:worker_threads'
import {codeOf} from './errors.js'

/** Suffix of temporary files (hidden files named `.<name>.<process>-<thread>-<count>.tmp`). */
export const TEMPORARY_SUFFIX = '.tmp'

/** Longest file name in bytes on common file systems (ext4, APFS, NTFS in UTF-16 units). */
export const MAX_NAME_BYTES = 255

/**
 * Path of a new temporary file beside a target: unique within this machine’s
 * processes and threads (a random number, so no count is kept between
 * calls); `wx` below refuses any leftover of the same name, and a clash
 * is retried.
 * The target’s name is shortened (never inside a character) so that the
 * temporary name fits wherever the target’s does.
 *
 * @param filePath
 *   Target path.
 * @returns
 *   Temporary path.
 */
function temporaryPath(filePath: string): string {
  const tail = `.${process.pid}-${threadId}-${randomInt(2 ** 47)}${TEMPORARY_SUFFIX}`
  const name = truncateBytes(path.basename(filePath), MAX_NAME_BYTES - 1 - Buffer.byteLength(tail))
  return path.join(path.dirname(filePath), `.${name}${tail}`)
}

/**
 * Cut a string to at most `limit` UTF-8 bytes, at a character boundary.
 *
 * @param value
 *   String.
 * @param limit
 *   Largest byte length.
 * @returns
 *   The string, or its longest prefix that fits.
 */
export function truncateBytes(value: string, limit: number): string {
  if (Buffer.byteLength(value) <= limit) return value
  let bytes = 0
  let end = 0
  for (const character of value) {
    const size = Buffer.byteLength(character)
    if (bytes + size > limit) break
    bytes += size
    end += character.length
  }

  return value.slice(0, end)
}

/**
 * Write a file atomically, creating its folder when needed.
 *
 * @param filePath
 *   Target path.
 * @param data
 *   Contents, or its chunks (read once: they are asked for only when the
 *   temporary file is open).
 * @returns
 *   Nothing.
 */
export async function writeFileAtomic(
  filePath: string,
  data: string | Uint8Array | Iterable<string>
): Promise<undefined> {
  let temporary = temporaryPath(filePath)
  for (let attempt = 0; ; attempt++) {
    try {
      await writeFile(temporary, data, {flag: 'wx'})
      break
    } catch (error) {
      const code = codeOf(error)
      // A write cut short (disk full) leaves part of the file: remove it.
      if (code !== 'EEXIST') await rm(temporary, {force: true}).catch(() => undefined)
      if (code === 'ENOENT' && attempt === 0) await mkdir(path.dirname(filePath), {recursive: true})
      else if (code === 'EEXIST' && attempt < 3) temporary = temporaryPath(filePath)
      else throw error
    }
  }
  try {
    await rename(temporary, filePath)
  } catch (error) {
    await rm(temporary, {force: true}).catch(() => undefined)
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
      const code = codeOf(error)
      // A write cut short (disk full) leaves part of the file: remove it.
      if (code !== 'EEXIST') removeQuietly(temporary)
      if (code === 'ENOENT' && attempt === 0) mkdirSync(path.dirname(filePath), {recursive: true})
      else if (code === 'EEXIST' && attempt < 3) temporary = temporaryPath(filePath)
      else throw error
    }
  }
  try {
    renameSync(temporary, filePath)
  } catch (error) {
    removeQuietly(temporary)
    throw error
  }
  return undefined
}

/**
 * Remove a temporary file, if there is one.
 *
 * @param temporary
 *   Path.
 * @returns
 *   Nothing.
 */
function removeQuietly(temporary: string): undefined {
  try {
    rmSync(temporary, {force: true})
  } catch {
    // Nothing more can be done; the name is hidden and ends in `.tmp`.
  }
  return undefined
}
