/**
 * Build manifest: what was built from what, so that a rebuild skips articles
 * whose content and options did not change. Stored as JSON in the output
 * folder and written atomically.
 */

import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {writeFileAtomic} from './atomic.js'
import type {Shard} from './shard.js'

/** Version of the manifest format; another version rebuilds everything. */
export const MANIFEST_VERSION = 1

/**
 * What the manifest remembers per input: content hash, size in bytes, and
 * modification time (ms since the epoch) when it was read. The output path
 * is not stored: it follows from the input path.
 */
export type ManifestEntry = readonly [hash: string, size: number, mtimeMs: number]

/** Manifest as stored (compact: it is read on every build). */
export interface Manifest {
  version: number
  /** Hash of everything besides the content that changes outputs. */
  options: string
  /** When the build that wrote it started (ms since the epoch). */
  builtAt: number
  /** Entries by input path relative to the input folder, `/`-separated. */
  files: Record<string, ManifestEntry>
}

/**
 * Name of the manifest file (one per shard, so shards can share a folder).
 *
 * @param shard
 *   Shard being built, if any.
 * @returns
 *   File name.
 */
export function manifestName(shard: Shard | undefined): string {
  return shard && shard.count > 1
    ? `.arabic-news-manifest.${shard.index}-of-${shard.count}.json`
    : '.arabic-news-manifest.json'
}

/**
 * Hash bytes or a string (SHA-256, first 128 bits, hex).
 *
 * @param data
 *   Data to hash.
 * @returns
 *   32 hex digits.
 */
export function hash(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 32)
}

/**
 * Read a manifest; a missing, unreadable or outdated one is empty.
 *
 * @param folder
 *   Output folder.
 * @param shard
 *   Shard being built, if any.
 * @param optionsHash
 *   Hash of the current options; entries made with other options are dropped.
 * @returns
 *   Entries by input path, whether they were made with the same options, and
 *   when that build started.
 */
export async function readManifest(
  folder: string,
  shard: Shard | undefined,
  optionsHash: string
): Promise<{entries: Map<string, ManifestEntry>; sameOptions: boolean; builtAt: number}> {
  const entries = new Map<string, ManifestEntry>()
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path.join(folder, manifestName(shard)), 'utf8'))
  } catch {
    return {entries, sameOptions: false, builtAt: 0}
  }
  if (!isManifest(raw)) return {entries, sameOptions: false, builtAt: 0}
  for (const key in raw.files) {
    if (!Object.hasOwn(raw.files, key)) continue
    const value: unknown = raw.files[key]
    if (
      Array.isArray(value) &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'number' &&
      typeof value[2] === 'number'
    ) {
      entries.set(key, value as unknown as ManifestEntry)
    }
  }
  return {entries, sameOptions: raw.options === optionsHash, builtAt: raw.builtAt}
}

/**
 * Write a manifest atomically.
 *
 * @param folder
 *   Output folder.
 * @param shard
 *   Shard being built, if any.
 * @param optionsHash
 *   Hash of the options used.
 * @param builtAt
 *   When the build started (ms since the epoch).
 * @param entries
 *   Entries by input path.
 * @returns
 *   Nothing.
 */
export async function writeManifest(
  folder: string,
  shard: Shard | undefined,
  optionsHash: string,
  builtAt: number,
  entries: ReadonlyMap<string, ManifestEntry>
): Promise<undefined> {
  const keys = [...entries.keys()].sort()
  const files: Record<string, ManifestEntry> = {}
  for (const key of keys) {
    const entry = entries.get(key)
    if (entry) files[key] = entry
  }
  const manifest: Manifest = {version: MANIFEST_VERSION, options: optionsHash, builtAt, files}
  await writeFileAtomic(path.join(folder, manifestName(shard)), JSON.stringify(manifest) + '\n')
  return undefined
}

/**
 * Check the shape of a parsed manifest.
 *
 * @param value
 *   Parsed JSON.
 * @returns
 *   Whether it is a manifest of the current version.
 */
function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return (
    record['version'] === MANIFEST_VERSION &&
    typeof record['options'] === 'string' &&
    typeof record['builtAt'] === 'number' &&
    typeof record['files'] === 'object' &&
    record['files'] !== null
  )
}
