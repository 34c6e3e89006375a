/**
 * Asynchronous walk of an input folder: yields the articles to build one by
 * one (never the whole list), in a stable order, with the problems found on
 * the way (links leaving the folder, two inputs for one output).
 */

import type {Dirent} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {refusedTarget, SKIPPED_FOLDERS} from './confine.js'
import {errorCode} from './errors.js'
import {showName} from './names.js'
import {inShard, type Shard} from './shard.js'

export {errorCode} from './errors.js'
export {SKIPPED_FOLDERS} from './confine.js'

/** Extensions read as articles (lowercase). */
export const ARTICLE_EXTENSIONS: ReadonlyArray<string> = ['.txt', '.md']

/** An article to build. */
export interface WalkFile {
  kind: 'file'
  /** Absolute path to read. */
  absolute: string
  /** Path relative to the input folder, `/`-separated. */
  relative: string
  /** Output path relative to the output folder, `/`-separated. */
  output: string
  /** A symbolic link to a file inside the folder, checked when listed (and again when read). */
  link?: boolean | undefined
}

/** Something found while walking that is reported and not built. */
export interface WalkProblem {
  kind: 'problem'
  /** Path relative to the input folder, `/`-separated. */
  relative: string
  /** Output path it would have had, when it is an article. */
  output?: string | undefined
  /** What is wrong. */
  reason: string
  /** Whether it counts as a failed file (exit code 1) rather than a warning. */
  fatal: boolean
  /** Stable identifier of the problem. */
  ruleId: string
}

/** What the walk yields. */
export type WalkItem = WalkFile | WalkProblem

/** Walk configuration. */
export interface WalkOptions {
  /** Absolute real paths of folders never entered (such as the output folder). */
  readonly exclude?: ReadonlyArray<string> | undefined
  /** Only yield this shard. */
  readonly shard?: Shard | undefined
}

/**
 * Map an input path to its output path (`a/b.txt` → `a/b.html`).
 *
 * @param relative
 *   Input path relative to the input folder.
 * @returns
 *   Output path, or `undefined` when the file is not an article.
 */
export function outputPathFor(relative: string): string | undefined {
  const extension = path.posix.extname(relative)
  if (!ARTICLE_EXTENSIONS.includes(extension.toLowerCase())) return undefined
  return relative.slice(0, relative.length - extension.length) + '.html'
}

/**
 * Walk an input folder depth-first, entries sorted by name.
 *
 * @param root
 *   Absolute real path of the input folder.
 * @param options
 *   Configuration.
 * @returns
 *   Articles and problems, one at a time.
 */
export async function* walk(root: string, options: WalkOptions = {}): AsyncGenerator<WalkItem, undefined, undefined> {
  const rules: FolderRules = {root, excluded: options.exclude ?? [], shard: options.shard}
  // Stack of folders still to read, relative to root; popped from the end.
  const pending: Array<string> = ['']

  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    const listing = await listFolder(root, folder)
    if (typeof listing === 'string') {
      yield problem(folder || '.', undefined, 'Cannot read folder: ' + listing, true, 'unreadable-folder')
      continue
    }
    yield* listing.problems
    const sorted = await sortFolder(folder, listing.entries, rules)
    yield* sorted.problems
    yield* articlesOf(sorted, rules)
    // Reverse so that the stack pops folders in name order.
    for (const subfolder of sorted.subfolders.reverse()) pending.push(subfolder)
  }

  return undefined
}

/** What decides which entries of a folder are walked. */
interface FolderRules {
  /** Absolute real path of the input folder. */
  root: string
  /** Absolute real paths of folders never entered. */
  excluded: ReadonlyArray<string>
  shard: Shard | undefined
}

/** An entry of a folder whose name is valid UTF-8. */
interface NamedEntry {
  entry: Dirent<Buffer>
  name: string
}

/** What one folder holds, sorted out. */
interface SortedFolder {
  /** Folders to walk, relative to the input folder, in name order. */
  subfolders: Array<string>
  /** Inputs by output path, to find two inputs for one output. */
  byOutput: Map<string, Array<string>>
  /** Inputs that are symbolic links (checked, to be checked again when read). */
  links: Set<string>
  /** Problems found, in name order. */
  problems: Array<WalkProblem>
}

/**
 * Read a folder's entries, sorted by name; a name that is not valid UTF-8 is
 * reported, not misread.
 *
 * @param root
 *   Absolute real path of the input folder.
 * @param folder
 *   Folder, relative to it.
 * @returns
 *   Entries and problems, or the error code when the folder cannot be read.
 */
async function listFolder(
  root: string,
  folder: string
): Promise<{entries: Array<NamedEntry>; problems: Array<WalkProblem>} | string> {
  let listed: Array<Dirent<Buffer>>
  try {
    listed = await readdir(path.join(root, folder), {withFileTypes: true, encoding: 'buffer'})
  } catch (error) {
    return errorCode(error)
  }

  const entries: Array<NamedEntry> = []
  const problems: Array<WalkProblem> = []
  for (const entry of listed) {
    const name = entry.name.toString('utf8')
    if (Buffer.from(name, 'utf8').equals(entry.name)) {
      entries.push({entry, name})
      continue
    }
    const shown = showName(entry.name)
    const relative = folder ? folder + '/' + shown : shown
    if (entry.isDirectory()) {
      problems.push(
        problem(
          relative,
          undefined,
          'Not entered: the folder name is not valid UTF-8; rename it',
          false,
          'invalid-file-name'
        )
      )
    } else if (outputPathFor(name) !== undefined) {
      problems.push(
        problem(
          relative,
          undefined,
          'Not read: the file name is not valid UTF-8; rename it',
          false,
          'invalid-file-name'
        )
      )
    }
  }
  // Names are unique in a folder (and decode the same way back), so never equal.
  entries.sort((a, b) => (a.name < b.name ? -1 : 1))
  return {entries, problems}
}

/**
 * Sort out a folder's entries: folders to walk, articles by output path,
 * and what is not read (links that lead out, pipes and devices).
 *
 * @param folder
 *   Folder, relative to the input folder.
 * @param entries
 *   Its entries, in name order.
 * @param rules
 *   What is walked.
 * @returns
 *   The folder sorted out.
 */
async function sortFolder(folder: string, entries: Array<NamedEntry>, rules: FolderRules): Promise<SortedFolder> {
  const sorted: SortedFolder = {subfolders: [], byOutput: new Map(), links: new Set(), problems: []}
  for (const {entry, name} of entries) {
    const relative = folder ? folder + '/' + name : name
    const absolute = path.join(rules.root, relative)

    if (entry.isDirectory()) {
      if (!name.startsWith('.') && !SKIPPED_FOLDERS.includes(name) && !rules.excluded.includes(absolute)) {
        sorted.subfolders.push(relative)
      }
      continue
    }

    const output = outputPathFor(relative)
    if (output === undefined) continue

    if (entry.isSymbolicLink()) {
      const target = await resolveLink(rules.root, absolute, rules.excluded)
      if (typeof target === 'string') {
        if (inShard(output, rules.shard))
          sorted.problems.push(problem(relative, output, target, false, 'link-not-followed'))
        continue
      }
      sorted.links.add(relative)
    } else if (!entry.isFile()) {
      // A pipe, socket or device named like an article: reading it could block forever.
      if (inShard(output, rules.shard)) {
        sorted.problems.push(
          problem(relative, output, 'Not read: not a regular file (a pipe, socket or device)', false, 'not-a-file')
        )
      }
      continue
    }

    const list = sorted.byOutput.get(output)
    if (list) list.push(relative)
    else sorted.byOutput.set(output, [relative])
  }
  return sorted
}

/**
 * The articles of a folder in this shard; two inputs for one output are
 * both reported instead.
 *
 * @param sorted
 *   The folder sorted out.
 * @param rules
 *   What is walked.
 * @returns
 *   Articles and problems.
 */
function* articlesOf(sorted: SortedFolder, rules: FolderRules): Generator<WalkItem, undefined, undefined> {
  for (const [output, inputs] of sorted.byOutput) {
    if (!inShard(output, rules.shard)) continue
    const [only] = inputs
    if (inputs.length === 1 && only !== undefined) {
      yield {kind: 'file', absolute: path.join(rules.root, only), relative: only, output, link: sorted.links.has(only)}
      continue
    }
    const names = inputs.map((name) => '`' + name + '`').join(' and ')
    for (const relative of inputs) {
      yield problem(
        relative,
        output,
        `Two inputs map to one output: ${names} → \`${output}\``,
        true,
        'output-collision'
      )
    }
  }
  return undefined
}

/**
 * Check a symbolic link to an article: it must lead to a regular file inside
 * the input folder, outside hidden folders, `node_modules` and the output
 * folder (the same rules as for the folders walked).
 *
 * @param root
 *   Real path of the input folder.
 * @param absolute
 *   Path of the link.
 * @param exclude
 *   Real paths of folders never read.
 * @returns
 *   `true` when it may be followed, or the reason it is not.
 */
async function resolveLink(root: string, absolute: string, exclude: ReadonlyArray<string>): Promise<string | true> {
  let target: string
  try {
    target = await realpath(absolute)
  } catch {
    return 'Not followed: broken symbolic link'
  }
  const why = refusedTarget(root, target, exclude)
  if (why !== undefined) return 'Not followed: symbolic link ' + why
  try {
    if (!(await stat(target)).isFile()) return 'Not followed: symbolic link to something other than a file'
  } catch (error) {
    return 'Not followed: ' + errorCode(error)
  }
  return true
}

/**
 * Create a problem.
 *
 * @param relative
 *   Input path.
 * @param output
 *   Output path, if any.
 * @param reason
 *   What is wrong.
 * @param fatal
 *   Whether the file counts as failed.
 * @param ruleId
 *   Identifier.
 * @returns
 *   Problem.
 */
function problem(
  relative: string,
  output: string | undefined,
  reason: string,
  fatal: boolean,
  ruleId: string
): WalkProblem {
  return {kind: 'problem', relative, output, reason, fatal, ruleId}
}
