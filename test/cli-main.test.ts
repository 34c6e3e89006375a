/**
 * The command line's entry in this process for the commands that run until
 * interrupted (`build --watch`, `serve`): interrupted before they start,
 * each builds once and stops.
 */

import {existsSync} from 'node:fs'
import {rm} from 'node:fs/promises'
import path from 'node:path'
import {Readable} from 'node:stream'
import {afterEach, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import {article, makeTree} from './cli-helpers.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

/**
 * Run a command already interrupted.
 *
 * @param argv
 *   Arguments.
 * @param cwd
 *   Working folder.
 * @returns
 *   Exit code and error output.
 */
async function interrupted(argv: ReadonlyArray<string>, cwd: string): Promise<{code: number; stderr: string}> {
  const controller = new AbortController()
  controller.abort()
  let stderr = ''
  const code = await main(argv, {
    stdout: {write: () => true},
    stderr: {write: (chunk: string) => (stderr += chunk)},
    stdin: Readable.from([]),
    env: {NO_COLOR: '1'},
    cwd,
    signal: controller.signal
  })
  return {code, stderr}
}

describe('main', () => {
  it('runs build --watch, which builds once and stops when interrupted before watching', async () => {
    const root = await makeTree({'in/a.txt': article('الأول')})
    folders.push(root)
    const result = await interrupted(['build', 'in', '--out', 'out', '--jobs', '1', '--watch'], root)
    expect(result.stderr).not.toContain('Watching')
    expect(result.code).toBe(130)
  })

  it('runs serve, which stops when interrupted', async () => {
    const root = await makeTree({'in/a.txt': article('الأول')})
    folders.push(root)
    const result = await interrupted(['serve', 'in', '--out', 'out', '--jobs', '1', '--port', '0', '--quiet'], root)
    expect(result.code).toBe(130)
    expect(existsSync(path.join(root, 'out'))).toBe(true)
  })
})
