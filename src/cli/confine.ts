/**
 * Paths that come from outside the command line (file names, the manifest,
 * front matter) are checked here before anything is written or removed:
 * they stay inside their folder.
 */

import path from 'node:path'

/** Folder names never entered (besides hidden folders, whose names start with `.`). */
export const SKIPPED_FOLDERS: ReadonlyArray<string> = ['node_modules']

/**
 * Whether a `/`-separated relative path is plain: not empty, not absolute,
 * no empty, `.` or `..` segment, no NUL, and no `\` where that separates
 * folders (Windows).
 *
 * @param relative
 *   Path to check.
 * @returns
 *   Whether joining it to a folder stays in that folder.
 */
export function isPlainRelativePath(relative: unknown): relative is string {
  if (typeof relative !== 'string' || relative === '' || relative.includes('\u0000')) return false
  if (path.sep === '\\' && (relative.includes('\\') || relative.includes(':'))) return false
  if (relative.startsWith('/')) return false
  return relative.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}

/**
 * Whether an absolute path is a folder or inside it.
 *
 * @param folder
 *   Absolute folder path.
 * @param target
 *   Absolute path.
 * @returns
 *   Whether `target` is `folder` or below it.
 */
export function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target)
  return relative === '' || (!relative.startsWith('..' + path.sep) && relative !== '..' && !path.isAbsolute(relative))
}

/**
 * Why a real path may not be read as an article of an input folder: outside
 * it, inside a hidden folder or `node_modules`, or inside an excluded folder
 * (such as the output folder).
 *
 * @param root
 *   Real path of the input folder.
 * @param target
 *   Real path of the file.
 * @param exclude
 *   Real paths of folders never read.
 * @returns
 *   The reason, or `undefined` when the file may be read.
 */
export function refusedTarget(root: string, target: string, exclude: ReadonlyArray<string>): string | undefined {
  if (target === root || !isInside(root, target)) return 'points outside the input folder'
  for (const folder of exclude) {
    if (isInside(folder, target)) return 'points into the output folder'
  }

  const folders = path.relative(root, target).split(path.sep).slice(0, -1)
  if (folders.some((name) => name.startsWith('.') || SKIPPED_FOLDERS.includes(name))) {
    return 'points into a hidden folder or `node_modules`'
  }

  return undefined
}
