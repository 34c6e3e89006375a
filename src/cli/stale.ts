/**
 * Removing the pages of inputs that are gone (or no longer acceptable): only
 * pages this build wrote, by the manifest, and only while they are still
 * what was written. A page another tool wrote, or changed since, is never
 * removed, and no path leaves the output folder.
 */

import {lstat, realpath, rm} from 'node:fs/promises'
import path from 'node:path'
import {isInside, isPlainRelativePath} from './confine.js'
import {codeOf} from './errors.js'
import {hash, type ManifestEntry} from './manifest.js'
import {readFileCapped} from './safe-open.js'

/** Largest page compared before removal; a larger file is not one this build wrote. */
const MAX_PAGE_SIZE = 1024 ** 3

/** What happened to one stale page. */
export type StaleOutcome = 'removed' | 'missing' | 'changed' | 'refused'

/**
 * Remove one page the manifest says was written, when it still is.
 *
 * @param outputRoot
 *   Real path of the output folder.
 * @param entry
 *   Its manifest entry.
 * @returns
 *   `'removed'`; `'missing'` when it is already gone; `'changed'` when it is
 *   not the page written (another file, another content, a link, a folder);
 *   `'refused'` when its path would leave the output folder.
 */
export async function removeStalePage(outputRoot: string, entry: ManifestEntry): Promise<StaleOutcome> {
  const output = entry[3]
  if (!isPlainRelativePath(output)) return 'refused'
  const target = path.join(outputRoot, ...output.split('/'))
  let folder: string
  try {
    // A folder of the path may be a link: where it really is must be inside.
    folder = await realpath(path.dirname(target))
  } catch {
    return 'missing'
  }

  if (!isInside(outputRoot, folder)) return 'refused'
  const real = path.join(folder, path.basename(target))
  try {
    const info = await lstat(real)
    if (!info.isFile()) return 'changed'
    const read = await readFileCapped(real, {maxSize: MAX_PAGE_SIZE, regularOnly: true})
    if (!read.ok || hash(read.bytes) !== entry[4]) return 'changed'
    await rm(real)
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? 'missing' : 'changed'
  }

  return 'removed'
}
