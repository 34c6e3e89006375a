/**
 * Finding article files in a folder.
 */

import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {isList} from '../options.js'

/**
 * Check and normalise a list of file extensions: lower case, with a dot.
 *
 * @param extensions
 *   Extensions as given (`'txt'` or `'.txt'`).
 * @param name
 *   Option name, for the error message.
 * @returns
 *   Extensions such as `['.txt']`.
 */
export function normalizeExtensions(extensions: ReadonlyArray<string>, name: string): Array<string> {
  if (!isList(extensions) || extensions.length === 0) {
    throw new TypeError('Expected `' + name + '` to be a non-empty list of file extensions')
  }

  return extensions.map((extension: unknown) => {
    if (typeof extension !== 'string' || !/^\.?[\w-]+$/.test(extension)) {
      throw new TypeError(
        'Expected `' + name + '` to hold file extensions such as `txt`, not `' + String(extension) + '`'
      )
    }

    return (extension.startsWith('.') ? extension : '.' + extension).toLowerCase()
  })
}

/**
 * List files with one of the given extensions under a folder, recursively,
 * skipping hidden files and folders, in a stable order.
 *
 * @param folder
 *   Absolute path of the folder.
 * @param extensions
 *   Normalised extensions (`['.txt']`).
 * @returns
 *   Absolute paths, sorted.
 */
export async function listFiles(folder: string, extensions: ReadonlyArray<string>): Promise<Array<string>> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  const files: Array<string> = []

  for (const entry of entries) {
    if (!entry.isFile()) continue
    const filePath = path.join(entry.parentPath, entry.name)
    const relative = path.relative(folder, filePath)
    if (relative.split(path.sep).some((part) => part.startsWith('.'))) continue
    if (extensions.includes(path.extname(entry.name).toLowerCase())) files.push(filePath)
  }

  return files.sort()
}
