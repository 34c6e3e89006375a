/**
 * Reading files the command line does not trust (articles, the manifest, the
 * configuration file) without blocking, following links it did not accept, or
 * reading more than a limit.
 *
 * A file is checked once it is open (`fstat` of the descriptor, and the
 * descriptor’s real path), not by its name beforehand, so that a file swapped
 * for a link, a pipe or a folder between listing and reading is refused.
 */

import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  statSync,
  type Stats
} from 'node:fs'
import {open, type FileHandle} from 'node:fs/promises'
import {refusedTarget} from './confine.js'
import {codeOf, errorCode} from './errors.js'

/** Open flag refusing a link as the last part of a path (0 where unknown). */
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0

/** Open flag making the open of a pipe return at once (0 where unknown). */
const O_NONBLOCK = constants.O_NONBLOCK ?? 0

/** Bytes read at a time from files whose size is not known (pipes, devices). */
const CHUNK_SIZE = 64 * 1024

/** What an article read gives. */
export type ArticleRead =
  | {ok: true; bytes: Buffer; size: number; mtimeMs: number}
  | {
      ok: false
      reason: string
      ruleId: string
      /** The input is not acceptable (a link, a pipe, outside the folder): a page built from it before is removed. */
      refused: boolean
    }

/** What an article may be. */
export interface ReadRules {
  /** Real path of the input folder. */
  readonly root: string
  /** Real paths of folders never read (the output folder). */
  readonly exclude: ReadonlyArray<string>
  /** The walk found a link to an acceptable file at this path: follow it (and check where it leads). */
  readonly follow: boolean
  /** Largest size in bytes. */
  readonly maxSize: number
}

/**
 * Read an article: open without following a link (unless the walk accepted
 * one), refuse anything but a regular file inside the input folder (outside
 * hidden folders, `node_modules` and the output folder), and read at most
 * `maxSize` bytes.
 *
 * @param absolute
 *   Path of the article.
 * @param rules
 *   What is acceptable.
 * @returns
 *   The bytes, or why there are none.
 */
export function readArticleSync(absolute: string, rules: ReadRules): ArticleRead {
  let fd: number
  try {
    fd = openSync(absolute, constants.O_RDONLY | O_NONBLOCK | (rules.follow ? 0 : O_NOFOLLOW))
  } catch (error) {
    if (codeOf(error) === 'ELOOP' && !rules.follow) {
      return refused('Not followed: the file was replaced by a symbolic link', 'link-not-followed')
    }

    return {ok: false, reason: 'Cannot read file: ' + errorCode(error), ruleId: 'unreadable-file', refused: false}
  }

  try {
    const info = fstatSync(fd)
    if (info.isDirectory()) {
      // A folder now: the next walk enters it, and the page of the file goes then.
      return {ok: false, reason: 'Cannot read file: EISDIR (a folder)', ruleId: 'unreadable-file', refused: false}
    }

    if (!info.isFile()) {
      return refused('Not read: not a regular file (a pipe, socket or device)', 'not-a-file')
    }

    const real = realPathOf(fd, absolute, info)
    if (real === undefined) {
      return {
        ok: false,
        reason: 'Cannot read file: it changed while being opened',
        ruleId: 'unreadable-file',
        refused: false
      }
    }

    const why = refusedTarget(rules.root, real, rules.exclude)
    if (why !== undefined) return refused('Not followed: the path ' + why, 'link-not-followed')
    if (info.size > rules.maxSize) return tooLarge(info.size, rules.maxSize)
    const bytes = readCappedSync(fd, info.size, rules.maxSize)
    if (bytes.byteLength > rules.maxSize) return tooLarge(bytes.byteLength, rules.maxSize)
    return {ok: true, bytes, size: info.size, mtimeMs: info.mtimeMs}
  } catch (error) {
    return {ok: false, reason: 'Cannot read file: ' + errorCode(error), ruleId: 'unreadable-file', refused: false}
  } finally {
    closeSync(fd)
  }
}

/**
 * The real path of an open file: where the descriptor points (Linux), else
 * the real path of its name when that is still the same file.
 *
 * @param fd
 *   Open descriptor.
 * @param absolute
 *   Path it was opened by.
 * @param info
 *   `fstat` of the descriptor.
 * @returns
 *   Real path, or `undefined` when the name no longer leads to the file.
 */
function realPathOf(fd: number, absolute: string, info: Stats): string | undefined {
  try {
    const linked = readlinkSync('/proc/self/fd/' + fd)
    if (linked.startsWith('/')) return linked
  } catch {
    // No `/proc`: use the name.
  }

  try {
    const real = realpathSync(absolute)
    const again = statSync(real)
    return again.dev === info.dev && again.ino === info.ino ? real : undefined
  } catch {
    return undefined
  }
}

/**
 * Read an open file, at most one byte past a limit (a file may grow after
 * its `fstat`).
 *
 * @param fd
 *   Open descriptor.
 * @param size
 *   Expected size.
 * @param limit
 *   Largest size wanted.
 * @returns
 *   Bytes (longer than `limit` when there was more).
 */
function readCappedSync(fd: number, size: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(size, limit) + 1)
  let length = 0
  for (;;) {
    const read = readSync(fd, buffer, length, buffer.byteLength - length, null)
    if (read === 0) break
    length += read
    if (length > limit) break
    if (length === buffer.byteLength) {
      const grown = Buffer.allocUnsafe(Math.min(limit + 1, buffer.byteLength * 2))
      buffer.copy(grown, 0, 0, length)
      buffer = grown
    }
  }

  return buffer.subarray(0, length)
}

/** What a capped read of a named file gives. */
export type CappedRead = {ok: true; bytes: Buffer} | {ok: false; tooLarge: true; size: number | undefined}

/** Options of `readFileCapped`. */
export interface CappedReadOptions {
  /** Largest size in bytes. */
  readonly maxSize: number
  /**
   * Refuse anything but a regular file, and open without waiting for a pipe’s
   * writer (default: `false`: pipes and devices are read, up to `maxSize`).
   */
  readonly regularOnly?: boolean | undefined
}

/**
 * Read a file, never more than `maxSize` bytes: a regular file larger than
 * that is refused before any read, anything else (a pipe, `/dev/zero`) is
 * read until it passes the limit.
 *
 * @param file
 *   Path.
 * @param options
 *   Limit and what is accepted.
 * @returns
 *   The bytes, or that the file is too large.
 * @throws {Error}
 *   `fs` errors (`ENOENT`…), and `ENOTREG` when `regularOnly` and the file is
 *   not a regular file.
 */
export async function readFileCapped(file: string, options: CappedReadOptions): Promise<CappedRead> {
  const handle = await open(file, constants.O_RDONLY | (options.regularOnly ? O_NONBLOCK : 0))
  try {
    const info = await handle.stat()
    if (info.isDirectory()) throw Object.assign(new Error('is a folder'), {code: 'EISDIR'})
    if (!info.isFile() && options.regularOnly) {
      throw Object.assign(new Error('not a regular file (a pipe, socket or device)'), {code: 'ENOTREG'})
    }

    if (info.isFile() && info.size > options.maxSize) return {ok: false, tooLarge: true, size: info.size}
    const bytes = await readCapped(handle, options.maxSize)
    if (bytes.byteLength > options.maxSize)
      return {ok: false, tooLarge: true, size: info.isFile() ? bytes.byteLength : undefined}
    return {ok: true, bytes}
  } finally {
    await handle.close()
  }
}

/**
 * Read an open file in chunks, stopping one byte past a limit.
 *
 * @param handle
 *   Open file.
 * @param limit
 *   Largest size wanted.
 * @returns
 *   Bytes (longer than `limit` when there was more).
 */
async function readCapped(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Array<Buffer> = []
  let length = 0
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK_SIZE, limit + 1 - length))
    const {bytesRead} = await handle.read(chunk, 0, chunk.byteLength, null)
    if (bytesRead === 0) break
    chunks.push(chunk.subarray(0, bytesRead))
    length += bytesRead
    if (length > limit) break
  }

  return Buffer.concat(chunks, length)
}

/**
 * A refused input.
 *
 * @param reason
 *   Why.
 * @param ruleId
 *   Identifier.
 * @returns
 *   Result.
 */
function refused(reason: string, ruleId: string): ArticleRead {
  return {ok: false, reason, ruleId, refused: true}
}

/**
 * A file over the size limit.
 *
 * @param size
 *   Its size.
 * @param limit
 *   The limit.
 * @returns
 *   Result.
 */
function tooLarge(size: number, limit: number): ArticleRead {
  return {ok: false, reason: fileTooLarge(size, limit), ruleId: 'file-too-large', refused: false}
}

/**
 * The message for a file over `--max-size`.
 *
 * @param size
 *   Its size, when known (`undefined`: a pipe or device that went past the limit).
 * @param limit
 *   The limit.
 * @returns
 *   Message.
 */
export function fileTooLarge(size: number | undefined, limit: number): string {
  return size === undefined
    ? `File too large (more than ${formatBytes(limit)}; see --max-size)`
    : `File too large (${formatBytes(size)}, limit ${formatBytes(limit)}; see --max-size)`
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
