/**
 * Which input makes which output, to find two inputs for one page across
 * the whole build: the same path, the same path on a case-insensitive or
 * normalising file system (`A.html` and `a.html`, NFC and NFD), or a page
 * where another input needs a folder (`y.html` and `y.html/z.html`).
 */

import {outputKey} from './output-path.js'

/** Claims of output paths by inputs. */
export class OutputClaims {
  /** Input by output key. */
  readonly #files = new Map<string, {input: string; output: string}>()
  /** First input under each folder, by folder key. */
  readonly #folders = new Map<string, {input: string; output: string}>()

  /**
   * Claim an output for an input.
   *
   * @param output
   *   Output path, `/`-separated.
   * @param input
   *   Input path.
   * @returns
   *   `undefined` when the output is free, else why it is not (naming both inputs).
   */
  claim(output: string, input: string): string | undefined {
    const key = outputKey(output)
    const same = this.#files.get(key)
    if (same && same.input !== input) {
      return same.output === output
        ? `Two inputs map to one output: \`${same.input}\` and \`${input}\` → \`${output}\` (\`${same.input}\` is kept)`
        : `Two inputs map to one output on case-insensitive or normalising file systems: \`${same.input}\` → \`${same.output}\` and \`${input}\` → \`${output}\` (\`${same.input}\` is kept)`
    }
    const under = this.#folders.get(key)
    if (under) {
      return `Output \`${output}\` of \`${input}\` is a folder for \`${under.input}\` → \`${under.output}\` (\`${under.input}\` is kept)`
    }
    const parts = output.split('/')
    for (let index = 1; index < parts.length; index++) {
      const folder = parts.slice(0, index).join('/')
      const file = this.#files.get(outputKey(folder))
      if (file) {
        return `Output \`${output}\` of \`${input}\` needs a folder \`${folder}\` where \`${file.input}\` → \`${file.output}\` is a page (\`${file.input}\` is kept)`
      }
    }
    this.#files.set(key, {input, output})
    for (let index = 1; index < parts.length; index++) {
      const folderKey = outputKey(parts.slice(0, index).join('/'))
      if (!this.#folders.has(folderKey)) this.#folders.set(folderKey, {input, output})
    }
    return undefined
  }
}
