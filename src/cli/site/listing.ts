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
import {isList} from '../../options.js'
import {isRecord} from '../../metadata/values.js'

/** Name of the listing in the output folder. */
export const SITE_LISTING = '.arabic-news-site.json'

/** Version of the listing's format; listings of other versions are ignored. */
const LISTING_VERSION = 3

/** Largest listing read (bytes); a larger one is ignored. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024

/** A file a run wrote. */
export interface ListedFile {
  /** SHA-256 of its contents (hex). */
  hash: string
  /** Size in bytes. */
  size: number
}

/** What a run wrote, and what it was made from. */
export interface SiteListing {
  /** Digest of what the pages were made from (see `siteDigest`), when it is known. */
  digest: string | undefined
  /** Files by output path. */
  files: Map<string, ListedFile>
  /** Files that depend on the time of the run (news sitemaps, `robots.txt`, feeds of lists without dates). */
  dated: Set<string>
  /** Outputs not written because an article is there. */
  taken: Array<string>
  /** The listing's text as read (so that the same listing is not written again). */
  text?: string | undefined
}

/**
 * An empty listing.
 *
 * @returns
 *   Listing.
 */
export function emptyListing(): SiteListing {
  return {digest: undefined, files: new Map(), dated: new Set(), taken: []}
}

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
  // In order of path, so that a run that kept files and one that wrote them all list them alike.
  const files: Record<string, [string, number]> = {}
  for (const output of [...listing.files.keys()].sort()) {
    const file = listing.files.get(output)
    if (file) files[output] = [file.hash, file.size]
  }

  return (
    JSON.stringify({
      version: LISTING_VERSION,
      digest: listing.digest,
      files,
      dated: [...listing.dated].sort(),
      taken: [...listing.taken].sort()
    }) + '\n'
  )
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
  const listing = emptyListing()
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
  for (const [output, file] of Object.entries(files)) {
    const listed = listedFile(output, file)
    if (listed) listing.files.set(output, listed)
  }

  // Without the files it names, a digest says nothing about the output folder.
  if ('digest' in data && typeof data.digest === 'string' && listing.files.size === Object.keys(files).length) {
    listing.digest = data.digest
  }

  for (const output of 'dated' in data && isList(data.dated) ? data.dated : []) {
    if (typeof output === 'string' && listing.files.has(output)) listing.dated.add(output)
  }

  for (const output of 'taken' in data && isList(data.taken) ? data.taken : []) {
    if (typeof output === 'string' && isListedPath(output)) listing.taken.push(output)
  }

  listing.text = text
  return listing
}

/**
 * Check one listed file.
 *
 * @param output
 *   Listed path.
 * @param value
 *   Listed hash and size.
 * @returns
 *   The file, when the path is plain and both values are what this version writes.
 */
function listedFile(output: string, value: unknown): ListedFile | undefined {
  if (!isListedPath(output) || !isList(value) || value.length !== 2) return undefined
  const [hash, size] = value
  if (typeof hash !== 'string' || !/^[\da-f]{64}$/.test(hash)) return undefined
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined
  return {hash, size}
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

  for (const [output, file] of previous.files) {
    if (keep.has(output)) continue
    const target = path.join(root, ...output.split('/'))
    if (await holds(realRoot, target, file.hash)) await rm(target, {force: true})
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
