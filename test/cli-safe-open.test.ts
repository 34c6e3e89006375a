/**
 * Opening articles and pages safely, on its own: what is refused (links not
 * followed, links out of the folder, pipes), what cannot be read (a folder,
 * a missing file), the size limit, and files whose size the system does not
 * know in advance (as under /proc), which are read in growing steps up to
 * the limit.
 */

import {execFileSync} from 'node:child_process'
import {mkdir, realpath, rm, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {fileTooLarge, formatBytes, readArticleSync, readFileCapped, type ReadRules} from '../src/cli/safe-open.js'
import {makeTree} from './cli-helpers.js'

let root = ''
let rules: ReadRules

beforeEach(async () => {
  root = await realpath(await makeTree({'in/a.txt': 'نص الخبر', 'outside.txt': 'خارج المجلد'}))
  rules = {root: path.join(root, 'in'), exclude: [], follow: false, maxSize: 1024}
})

afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

/**
 * @param file
 *   Path to make a named pipe at.
 * @returns
 *   Whether one was made (`mkfifo` may be missing).
 */
function makePipe(file: string): boolean {
  try {
    execFileSync('mkfifo', [file])
    return true
  } catch {
    return false
  }
}

describe('readArticleSync', () => {
  it('reads a regular file inside the folder', () => {
    const read = readArticleSync(path.join(root, 'in/a.txt'), rules)
    expect(read).toMatchObject({ok: true, size: Buffer.byteLength('نص الخبر')})
    expect(read.ok && read.bytes.toString()).toBe('نص الخبر')
  })

  it('cannot read a folder or a missing file, and refuses nothing for them', async () => {
    await mkdir(path.join(root, 'in/folder.txt'))
    expect(readArticleSync(path.join(root, 'in/folder.txt'), rules)).toEqual({
      ok: false,
      reason: 'Cannot read file: EISDIR (a folder)',
      ruleId: 'unreadable-file',
      refused: false
    })
    expect(readArticleSync(path.join(root, 'in/gone.txt'), rules)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Cannot read file: ENOENT/),
      refused: false
    })
  })

  it('refuses a link it was not told to follow, and one that leads out of the folder', async () => {
    await symlink(path.join(root, 'outside.txt'), path.join(root, 'in/link.txt'))
    expect(readArticleSync(path.join(root, 'in/link.txt'), rules)).toMatchObject({
      ok: false,
      ruleId: 'link-not-followed',
      refused: true
    })
    expect(readArticleSync(path.join(root, 'in/link.txt'), {...rules, follow: true})).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^Not followed: the path /),
      ruleId: 'link-not-followed',
      refused: true
    })
  })

  it('refuses a pipe without waiting on it', async (context) => {
    if (!makePipe(path.join(root, 'in/pipe.txt'))) context.skip()
    expect(readArticleSync(path.join(root, 'in/pipe.txt'), rules)).toMatchObject({ruleId: 'not-a-file', refused: true})
  })

  it('says a file over the limit is too large', async () => {
    await writeFile(path.join(root, 'in/big.txt'), 'x'.repeat(2048))
    expect(readArticleSync(path.join(root, 'in/big.txt'), rules)).toMatchObject({
      ok: false,
      reason: 'File too large (2.0 KB, limit 1.0 KB; see --max-size)',
      ruleId: 'file-too-large'
    })
  })

  it.runIf(process.platform === 'linux')(
    'reads a file whose size is unknown in growing steps, and stops past the limit',
    () => {
      const proc = {...rules, root: '/proc', follow: true, maxSize: 1024 ** 2}
      const read = readArticleSync('/proc/self/status', proc)
      expect(read.ok && read.bytes.toString()).toMatch(/^Name:/)
      expect(read.ok && read.size).toBe(0)
      expect(readArticleSync('/proc/self/status', {...proc, maxSize: 10})).toMatchObject({ruleId: 'file-too-large'})
    }
  )
})

describe('readFileCapped', () => {
  it('reads a file, and says one over the limit is too large with its size', async () => {
    expect(await readFileCapped(path.join(root, 'in/a.txt'), {maxSize: 1024})).toMatchObject({ok: true})
    expect(await readFileCapped(path.join(root, 'in/a.txt'), {maxSize: 4})).toEqual({
      ok: false,
      tooLarge: true,
      size: Buffer.byteLength('نص الخبر')
    })
  })

  it('throws for a folder, and for a pipe when only regular files are wanted', async (context) => {
    await expect(readFileCapped(path.join(root, 'in'), {maxSize: 1024})).rejects.toMatchObject({code: 'EISDIR'})
    if (!makePipe(path.join(root, 'in/pipe.txt'))) context.skip()
    await expect(
      readFileCapped(path.join(root, 'in/pipe.txt'), {maxSize: 1024, regularOnly: true})
    ).rejects.toMatchObject({code: 'ENOTREG'})
  })

  it('stops reading a device past the limit, without a size', async () => {
    expect(await readFileCapped('/dev/zero', {maxSize: 100})).toEqual({ok: false, tooLarge: true, size: undefined})
  })
})

describe('sizes in messages', () => {
  it('reads in bytes, kilobytes and megabytes', () => {
    expect(formatBytes(1023)).toBe('1023 B')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(5 * 1024 ** 2)).toBe('5.0 MB')
    expect(fileTooLarge(undefined, 1024 ** 2)).toBe('File too large (more than 1.0 MB; see --max-size)')
  })
})
