/**
 * Writing site files: atomically (a temporary file beside the target,
 * renamed over it), so a server never hands out half a page, and never
 * outside the output folder.
 */

import {randomBytes} from 'node:crypto'
import {lstatSync} from 'node:fs'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'

/** Writes the files of one run into an output folder. */
export class SiteWriter {
  readonly #root: string
  /** Tells this run's temporary files from those of any other run, in this process or another. */
  readonly #run = `${process.pid}-site-${randomBytes(4).toString('hex')}`
  #count = 0

  /**
   * Create a writer.
   *
   * @param root
   *   Output folder (absolute).
   */
  constructor(root: string) {
    this.#root = root
  }

  /**
   * Write a file inside the output folder atomically, making its folders.
   *
   * @param output
   *   Path relative to it, `/`-separated.
   * @param data
   *   Contents.
   * @returns
   *   Nothing.
   * @throws {Error}
   *   When the path leaves the folder.
   */
  async write(output: string, data: string | Uint8Array): Promise<undefined> {
    const target = path.resolve(this.#root, output)
    if (!target.startsWith(this.#root + path.sep)) throw new Error('Site file outside the output folder: ' + output)
    await mkdir(path.dirname(target), {recursive: true})
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${this.#run}-${++this.#count}.tmp`)
    try {
      await writeFile(temporary, data, {flag: 'wx'})
      await rename(temporary, target)
    } catch (error) {
      await rm(temporary, {force: true})
      throw error
    }

    return undefined
  }
}

/**
 * Whether a file the last run wrote is still in place with the same size,
 * so that writing the same contents again can be skipped (a rebuild with
 * nothing changed then writes no site file, as it writes no article).
 * Synchronous: a run checks many files one after the other, and a call
 * through the libuv pool would only queue each.
 *
 * @param root
 *   Output folder (absolute).
 * @param output
 *   Path relative to it, `/`-separated.
 * @param size
 *   Size in bytes of the contents the last run wrote there.
 * @returns
 *   Whether the file is a regular file of that size.
 */
export function isInPlace(root: string, output: string, size: number): boolean {
  try {
    const stats = lstatSync(path.resolve(root, output))
    return stats.isFile() && stats.size === size
  } catch {
    return false
  }
}
