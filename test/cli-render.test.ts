/**
 * `arabic-news render` past the happy path: standard input over the size
 * limit, a file too large by its size, a folder where a file should be,
 * `--quiet`, and a file's own configuration.
 */

import {mkdir, rm} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {article, makeTree, run} from './cli-helpers.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

/**
 * @param files
 * @returns
 *   Folder.
 */
async function tree(files: Record<string, string>): Promise<string> {
  const root = await makeTree(files)
  folders.push(root)
  return root
}

describe('arabic-news render, limits and faults', () => {
  it('refuses standard input past --max-size, without saying how large it was', async () => {
    const result = await run(['render', '-', '--max-size', '64'], {stdin: article('عنوان') + 'نص '.repeat(100)})
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/<stdin>/)
    expect(result.stderr).toMatch(/file-too-large/)
  })

  it('refuses a file past --max-size by its size', async () => {
    const root = await tree({'big.txt': article('عنوان') + 'نص '.repeat(100)})
    const result = await run(['render', path.join(root, 'big.txt'), '--max-size', '64'])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/file-too-large/)
  })

  it('reports a folder given as the file', async () => {
    const root = await tree({})
    await mkdir(path.join(root, 'folder.txt'))
    const result = await run(['render', path.join(root, 'folder.txt')])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Cannot read file: E|unreadable-file|not a regular file/)
  })

  it('keeps warnings off standard error with --quiet, and errors on it', async () => {
    const root = await tree({'plain.txt': 'سطر بلا عنوان ولا فراغ بعده\nوسطر آخر\n'})
    const loud = await run(['render', path.join(root, 'plain.txt'), '--fragment'])
    expect(loud.code).toBe(0)
    expect(loud.stderr).toMatch(/warning/)
    const quiet = await run(['render', path.join(root, 'plain.txt'), '--fragment', '--quiet'])
    expect(quiet.code).toBe(0)
    expect(quiet.stdout).toBe(loud.stdout)
    expect(quiet.stderr).toBe('')
    const failed = await run(['render', path.join(root, 'missing.txt'), '--quiet'])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('Cannot read file: ENOENT')
  })

  it('reads the configuration beside the file: fragments and the site name', async () => {
    const root = await tree({
      'news/a.txt': article('عنوان الخبر'),
      'news/arabic-news.config.json': JSON.stringify({fragment: true})
    })
    const result = await run(['render', path.join(root, 'news/a.txt')])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^<article /)
    expect(result.stdout.endsWith('\n')).toBe(true)
  })
})
