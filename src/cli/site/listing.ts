/**
 * The listing of site files a run wrote (`.arabic-news-site.json`), so that
 * the next run can remove what is gone. The listing sits in the output
 * folder, where anyone may have written it: it is read without following
 * links or blocking on a pipe, and a listed file is removed only when it is
 * inside the output folder (real paths), a regular file, and still holds
 * exactly what was written there.
 */

import {createHash} from 'node:crypto'
import {constants} from 'node:fs'
import {lstat, open, readFile, realpath, rm} from 'node:fs/promises'
import path from 'node:path'
import {isRecord} from '../../metadata/values.js'

/** Name of the listing in the output folder. */
export const SITE_LISTING = '.arabic-news-site.json'

/** Version of the listing's format; listings of other versions are ignored. */
const LISTING_VERSION = 2

/** Largest listing read (bytes); a larger one is ignored. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024

/** Output path → SHA-256 of what was written there (hex). */
export type SiteListing = Map<string, string>

/**
 * Hash of a file's contents, as the listing records it.
 *
 * @param data
 *   Contents.
 * @returns
 *   SHA-256, hex.
 */
export function contentHash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/**
 * Serialise a listing.
 *
 * @param listing
 *   What this run wrote.
 * @returns
 *   JSON text.
 */
export function serialiseListing(listing: SiteListing): string {
  return JSON.stringify({version: LISTING_VERSION, files: Object.fromEntries(listing)}) + '\n'
}

/**
 * Read the listing the last run wrote.
 *
 * @param root
 *   Output folder (absolute).
 * @returns
 *   The listing (empty when there is none, or it is not a regular file, too
 *   large, or not one of ours).
 */
export async function readListing(root: string): Promise<SiteListing> {
  const listing: SiteListing = new Map()
  let text: string
  try {
    const handle = await open(
      path.join(root, SITE_LISTING),
      constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK
    )
    try {
      const stats = await handle.stat()
      if (!stats.isFile() || stats.size > MAX_LISTING_BYTES) return listing
      text = await handle.readFile('utf8')
    } finally {
      await handle.close()
    }
  } catch {
    return listing
  }

  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return listing
  }

  if (typeof data !== 'object' || data === null || !('version' in data) || data.version !== LISTING_VERSION) {
    return listing
  }

  const files = 'files' in data ? data.files : undefined
  if (!isRecord(files)) return listing
  for (const [output, hash] of Object.entries(files)) {
    if (isListedPath(output) && typeof hash === 'string' && /^[\da-f]{64}$/.test(hash)) listing.set(output, hash)
  }

  return listing
}

/**
 * Remove files the last run wrote that this run did not, when they are
 * still exactly what it wrote.
 *
 * @param root
 *   Output folder (absolute).
 * @param previous
 *   The last run's listing.
 * @param keep
 *   Output paths to keep whatever the listing says.
 * @returns
 *   Nothing.
 */
export async function removeStale(root: string, previous: SiteListing, keep: ReadonlySet<string>): Promise<undefined> {
  let realRoot: string
  try {
    realRoot = await realpath(root)
  } catch {
    return undefined
  }

  for (const [output, hash] of previous) {
    if (keep.has(output)) continue
    const target = path.join(root, ...output.split('/'))
    if (await holds(realRoot, target, hash)) await rm(target, {force: true})
  }

  return undefined
}

/**
 * Whether a file is inside the output folder (its real folder), a regular
 * file, and holds exactly the listed contents.
 *
 * @param realRoot
 *   Real path of the output folder.
 * @param target
 *   File.
 * @param hash
 *   Listed hash.
 * @returns
 *   Whether it may be removed.
 */
async function holds(realRoot: string, target: string, hash: string): Promise<boolean> {
  try {
    const folder = await realpath(path.dirname(target))
    if (folder !== realRoot && !folder.startsWith(realRoot + path.sep)) return false
    const stats = await lstat(target)
    if (!stats.isFile()) return false
    return contentHash(await readFile(target)) === hash
  } catch {
    return false
  }
}

/**
 * Whether a listed path is a plain relative path: `/`-separated segments,
 * none empty, `.`, `..`, or holding a backslash or a control character.
 *
 * @param output
 *   Listed path.
 * @returns
 *   Whether it is.
 */
function isListedPath(output: string): boolean {
  if (output === '' || /[\\\u0000-\u001F\u007F]/.test(output)) return false
  return output.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}
