/**
 * `--report` that cannot be written: the build says so, exits 1, and leaves
 * no half-written report or temporary file.
 */

import {mkdir, readdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {article, makeTree, run} from './cli-helpers.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

/** @returns A folder with one article in `in/`. */
async function tree(): Promise<string> {
  const root = await makeTree({'in/a.txt': article('عنوان الخبر')})
  folders.push(root)
  return root
}

describe('arabic-news build --report, when it cannot be written', () => {
  it('refuses a report in a missing folder before building (a usage error)', async () => {
    const root = await tree()
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1', '--report', 'nowhere/report.json'], {
      cwd: root
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Cannot write report `nowhere\/report\.json`: no folder `/)
    expect(await readdir(root)).toEqual(['in'])
  })

  it('reports a folder in the place of the report, and leaves no temporary file beside it', async () => {
    const root = await tree()
    await mkdir(path.join(root, 'report.json'))
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1', '--report', 'report.json'], {cwd: root})
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Cannot write report `[^`]*report\.json`: EISDIR \(a folder\)/)
    expect((await readdir(root)).sort()).toEqual(['in', 'out', 'report.json'])
    // The pages were still built.
    expect(await readdir(path.join(root, 'out'))).toContain('a.html')
  })
})
