/**
 * Writing site files: atomically (a temporary file beside the target,
 * renamed over it), so a server never hands out half a page, and never
 * outside the output folder.
 */

import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'

let counter = 0

/**
 * Write a file inside a folder atomically, making its folders.
 *
 * @param root
 *   Output folder (absolute).
 * @param output
 *   Path relative to it, `/`-separated.
 * @param data
 *   Contents.
 * @returns
 *   Nothing.
 * @throws {Error}
 *   When the path leaves the folder.
 */
export async function writeInside(root: string, output: string, data: string | Uint8Array): Promise<undefined> {
  const target = path.resolve(root, output)
  if (!target.startsWith(root + path.sep)) throw new Error('Site file outside the output folder: ' + output)
  await mkdir(path.dirname(target), {recursive: true})
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-site-${++counter}.tmp`)
  try {
    await writeFile(temporary, data, {flag: 'wx'})
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }

  return undefined
}
