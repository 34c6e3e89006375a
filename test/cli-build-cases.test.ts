/**
 * `arabic-news build` cases not covered elsewhere: an input that is a file,
 * the progress bar when asked for, and when output is coloured.
 */

import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {useColor} from '../src/cli/build.js'
import {article, run, treesRemovedAfterEach} from './cli-helpers.js'

const tree = treesRemovedAfterEach()

describe('arabic-news build', () => {
  it('says when the input is a file, not a folder', async () => {
    const root = await tree({'a.txt': article('الأول')})
    const result = await run(['build', 'a.txt', '--out', 'out'], {cwd: root})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Input `a.txt` is not a folder')
  })

  it('draws a progress bar over all the articles with --progress, and clears it for the summary', async () => {
    const root = await tree({'in/a.txt': article('الأول'), 'in/b.txt': article('الثاني'), 'in/.hidden/c.txt': 'x'})
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1', '--progress'], {cwd: root})
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain('\r\u001B[2K')
    expect(result.stderr).toMatch(/2\/2/)
    expect(result.stderr).toMatch(/\r\u001B\[2K✔ 2 files/)
  })
})

describe('useColor', () => {
  const terminal = {write: () => true, isTTY: true}
  const pipe = {write: () => true}

  /**
   * @param env
   *   Environment.
   * @param stderr
   *   Error stream.
   * @returns
   *   Whether output is coloured.
   */
  function color(env: Record<string, string>, stderr: {write: () => boolean; isTTY?: boolean} = pipe): boolean {
    return useColor({stdout: pipe, stderr, env, cwd: path.sep})
  }

  it('colours a terminal, not a pipe', () => {
    expect(color({}, terminal)).toBe(true)
    expect(color({})).toBe(false)
  })

  it('never colours with NO_COLOR set, and always with FORCE_COLOR set to anything but 0', () => {
    expect(color({NO_COLOR: '1', FORCE_COLOR: '1'}, terminal)).toBe(false)
    expect(color({NO_COLOR: ''}, terminal)).toBe(true)
    expect(color({FORCE_COLOR: '1'})).toBe(true)
    expect(color({FORCE_COLOR: '0'})).toBe(false)
    expect(color({FORCE_COLOR: ''})).toBe(false)
  })
})
