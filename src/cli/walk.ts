/**
 * Asynchronous walk of an input folder: yields the articles to build one by
 * one (never the whole list), in a stable order, with the problems found on
 * the way (links leaving the folder, two inputs for one output).
 */

import type {Dirent} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {inShard, type Shard} from './shard.js'

/** Extensions read as articles (lowercase). */
export const ARTICLE_EXTENSIONS: ReadonlyArray<string> = ['.txt', '.md']

/** Folder names never entered (besides hidden folders, whose names start with `.`). */
export const SKIPPED_FOLDERS: ReadonlyArray<string> = ['node_modules']

/** An article to build. */
export interface WalkFile {
  kind: 'file'
  /** Absolute path to read. */
  absolute: string
  /** Path relative to the input folder, `/`-separated. */
  relative: string
  /** Output path relative to the output folder, `/`-separated. */
  output: string
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
  const exclude = new Set(options.exclude ?? [])
  const shard = options.shard
  // Stack of folders still to read, relative to root; popped from the end.
  const pending: Array<string> = ['']

  while (pending.length > 0) {
    const folder = pending.pop() ?? ''
    let entries: Array<Dirent>
    try {
      entries = await readdir(path.join(root, folder), {withFileTypes: true})
    } catch (error) {
      yield problem(folder || '.', undefined, 'Cannot read folder: ' + errorCode(error), true, 'unreadable-folder')
      continue
    }

    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const subfolders: Array<string> = []
    // Files of this folder by output path, to find two inputs for one output.
    const byOutput = new Map<string, Array<string>>()

    for (const entry of entries) {
      const relative = folder ? folder + '/' + entry.name : entry.name
      const absolute = path.join(root, relative)

      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || SKIPPED_FOLDERS.includes(entry.name) || exclude.has(absolute)) continue
        subfolders.push(relative)
        continue
      }

      const output = outputPathFor(relative)
      if (output === undefined) continue

      if (entry.isSymbolicLink()) {
        const target = await resolveLink(root, absolute)
        if (typeof target === 'string') {
          if (inShard(output, shard)) yield problem(relative, output, target, false, 'link-not-followed')
          continue
        }
      } else if (!entry.isFile()) {
        // A pipe, socket or device named like an article: reading it could block forever.
        if (inShard(output, shard)) {
          yield problem(
            relative,
            output,
            'Not read: not a regular file (a pipe, socket or device)',
            false,
            'not-a-file'
          )
        }

        continue
      }

      const list = byOutput.get(output)
      if (list) list.push(relative)
      else byOutput.set(output, [relative])
    }

    for (const [output, inputs] of byOutput) {
      if (!inShard(output, shard)) continue
      const [only] = inputs
      if (inputs.length === 1 && only !== undefined) {
        yield {kind: 'file', absolute: path.join(root, only), relative: only, output}
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

    // Reverse so that the stack pops folders in name order.
    for (let index = subfolders.length - 1; index >= 0; index--) pending.push(subfolders[index] ?? '')
  }

  return undefined
}

/**
 * Check a symbolic link to an article.
 *
 * @param root
 *   Real path of the input folder.
 * @param absolute
 *   Path of the link.
 * @returns
 *   `true` when it may be followed, or the reason it is not.
 */
async function resolveLink(root: string, absolute: string): Promise<string | true> {
  let target: string
  try {
    target = await realpath(absolute)
  } catch {
    return 'Not followed: broken symbolic link'
  }
  if (target !== root && !target.startsWith(root + path.sep)) {
    return 'Not followed: symbolic link points outside the input folder'
  }
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

/**
 * Short description of a file system error.
 *
 * @param error
 *   Error thrown by `node:fs`.
 * @returns
 *   Code and message.
 */
export function errorCode(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    return code
      ? code + (code === 'EACCES' ? ' (permission denied)' : code === 'ENOENT' ? ' (not found)' : '')
      : error.message
  }
  return String(error)
}
