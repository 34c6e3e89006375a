/**
 * Build manifest: what was built from what, so that a rebuild skips articles
 * whose content and options did not change, and removes the pages it wrote
 * for inputs that are gone. Stored as JSON in the output folder and written
 * atomically.
 *
 * Anyone who can write the output folder can write the manifest, so it is
 * read as untrusted input: it counts only for the input folder it names,
 * every entry is checked, and an output path that would leave the output
 * folder drops the entry. Pages are removed only when they are still the
 * page the manifest says was written (`stale.ts`).
 */

import {createHash} from 'node:crypto'
import path from 'node:path'
import {isList} from '../options.js'
import {writeFileAtomic} from './atomic.js'
import {isPlainRelativePath} from './confine.js'
import {readFileCapped} from './safe-open.js'
import type {Shard} from './shard.js'
import {asRecord} from './article-record.js'
import type {ArticleRecord} from './site/record.js'

/** Version of the manifest format; another version rebuilds everything. */
export const MANIFEST_VERSION = 2

/** Largest manifest read (about ten million articles); a larger one is ignored. */
export const MAX_MANIFEST_SIZE = 1024 ** 3

/**
 * What the manifest remembers per input: content hash, size in bytes, and
 * modification time (ms since the epoch) when it was read; the output path
 * (relative to the output folder, `/`-separated; front matter may choose
 * it), the hash of the page written there, and the page's record (what it
 * contributes to the site pages and reports).
 */
export type ManifestEntry = readonly [
  hash: string,
  size: number,
  mtimeMs: number,
  output: string,
  pageHash: string,
  record?: ArticleRecord | undefined
]

/** Manifest as stored (compact: it is read on every build). */
export interface Manifest {
  version: number
  /** Real path of the input folder it was built from. */
  input: string
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

/** A manifest as read. */
export interface PreviousBuild {
  /** Entries by input path (empty when there is no usable manifest). */
  entries: Map<string, ManifestEntry>
  /** Whether the entries were made with the same options. */
  sameOptions: boolean
  /** When that build started (ms since the epoch). */
  builtAt: number
  /** Input folder the manifest was made for, when it is another one (its entries are then ignored). */
  otherInput?: string | undefined
}

/**
 * Read a manifest; a missing, unreadable, outdated or foreign one is empty,
 * and entries that do not check out are dropped.
 *
 * @param folder
 *   Output folder.
 * @param shard
 *   Shard being built, if any.
 * @param optionsHash
 *   Hash of the current options; entries made with other options are dropped.
 * @param input
 *   Real path of the input folder being built.
 * @returns
 *   The previous build.
 */
export async function readManifest(
  folder: string,
  shard: Shard | undefined,
  optionsHash: string,
  input: string
): Promise<PreviousBuild> {
  const entries = new Map<string, ManifestEntry>()
  let raw: unknown
  try {
    // A pipe or a device in its place is not read (it could block or never end).
    const read = await readFileCapped(path.join(folder, manifestName(shard)), {
      maxSize: MAX_MANIFEST_SIZE,
      regularOnly: true
    })
    raw = read.ok ? JSON.parse(read.bytes.toString('utf8')) : undefined
  } catch {
    raw = undefined
  }
  if (!isManifest(raw)) return {entries, sameOptions: false, builtAt: 0}
  if (raw.input !== input) return {entries, sameOptions: false, builtAt: 0, otherInput: raw.input}
  for (const key of Object.keys(raw.files)) {
    const entry = checkEntry(key, raw.files[key])
    if (entry) entries.set(key, entry)
  }
  // A time in the future would let any later change pass as unchanged.
  return {entries, sameOptions: raw.options === optionsHash, builtAt: Math.min(raw.builtAt, Date.now())}
}

/** 32 hex digits, as `hash` makes. */
const hashPattern = /^[\da-f]{32}$/

/**
 * Check one manifest entry.
 *
 * @param key
 *   Input path.
 * @param value
 *   Entry as parsed.
 * @returns
 *   The entry, when every field is what this version writes and both paths
 *   stay inside their folders.
 */
function checkEntry(key: string, value: unknown): ManifestEntry | undefined {
  if (!isList(value) || value.length < 5 || value.length > 6 || !isPlainRelativePath(key)) return undefined
  const [contentHash, size, mtimeMs, output, pageHash, rawRecord] = value
  if (typeof contentHash !== 'string' || !hashPattern.test(contentHash)) return undefined
  if (typeof pageHash !== 'string' || !hashPattern.test(pageHash)) return undefined
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return undefined
  if (typeof mtimeMs !== 'number' || !Number.isFinite(mtimeMs)) return undefined
  if (!isPlainRelativePath(output) || !output.toLowerCase().endsWith('.html')) return undefined
  // A record that does not describe this page is dropped (the page is rebuilt).
  const record = asRecord(rawRecord)
  return [
    contentHash,
    size,
    mtimeMs,
    output,
    pageHash,
    record?.output === output ? sharePaths(record, key, output) : undefined
  ]
}

/**
 * Make a record hold the very strings its entry keeps for its input and
 * output paths, when they are equal (a record read from JSON or sent by a
 * worker holds copies): the main thread keeps one record per article for
 * the site pages, and this is about a tenth of it.
 *
 * @param record
 *   Record (changed).
 * @param input
 *   Input path as the entry keeps it.
 * @param output
 *   Output path as the entry keeps it.
 * @returns
 *   The record.
 */
export function sharePaths(record: ArticleRecord, input: string, output: string): ArticleRecord {
  if (record.input === input) record.input = input
  if (record.output === output) record.output = output
  return record
}

/**
 * Write a manifest atomically.
 *
 * @param folder
 *   Output folder.
 * @param shard
 *   Shard being built, if any.
 * @param input
 *   Real path of the input folder.
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
  input: string,
  optionsHash: string,
  builtAt: number,
  entries: ReadonlyMap<string, ManifestEntry>
): Promise<undefined> {
  await writeFileAtomic(path.join(folder, manifestName(shard)), manifestChunks(input, optionsHash, builtAt, entries))
  return undefined
}

/** Characters of manifest text gathered before each write. */
const CHUNK_LENGTH = 64 * 1024

/**
 * The text of a manifest, in chunks, entries in order of input path: the
 * manifest of a large folder is never held whole as one string.
 *
 * @param input
 *   Real path of the input folder.
 * @param optionsHash
 *   Hash of the options used.
 * @param builtAt
 *   When the build started (ms since the epoch).
 * @param entries
 *   Entries by input path.
 * @returns
 *   Chunks of JSON text (`Manifest`, then a newline).
 */
export function* manifestChunks(
  input: string,
  optionsHash: string,
  builtAt: number,
  entries: ReadonlyMap<string, ManifestEntry>
): Generator<string, undefined, undefined> {
  const head: Omit<Manifest, 'files'> = {version: MANIFEST_VERSION, input, options: optionsHash, builtAt}
  let chunk = JSON.stringify(head).slice(0, -1) + ',"files":{'
  let first = true
  // Input paths are unique keys, so never equal.
  for (const [key, entry] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    chunk += (first ? '' : ',') + JSON.stringify(key) + ':' + JSON.stringify(entry)
    first = false
    if (chunk.length >= CHUNK_LENGTH) {
      yield chunk
      chunk = ''
    }
  }

  yield chunk + '}}\n'
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
    typeof record['input'] === 'string' &&
    typeof record['options'] === 'string' &&
    typeof record['builtAt'] === 'number' &&
    Number.isFinite(record['builtAt']) &&
    typeof record['files'] === 'object' &&
    record['files'] !== null &&
    !Array.isArray(record['files'])
  )
}
