/**
 * Atomic writes, asynchronous and synchronous: folders made on the way,
 * long names shortened for the temporary file, and nothing left behind when
 * the write or the rename fails.
 */

import {chmod, mkdir, readdir, readFile, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {afterEach, describe, expect, it} from 'vitest'
import {truncateBytes, writeFileAtomic, writeFileAtomicSync} from '../src/cli/atomic.js'
import {makeTree} from './cli-helpers.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) {
    await chmod(folder, 0o700).catch(() => undefined)
    await rm(folder, {recursive: true, force: true})
  }
})

/** @returns A new empty folder. */
async function folder(): Promise<string> {
  const root = await makeTree({})
  folders.push(root)
  return root
}

describe.each([
  ['writeFileAtomic', (file: string, data: string) => writeFileAtomic(file, data)],
  ['writeFileAtomicSync', async (file: string, data: string) => writeFileAtomicSync(file, data)]
])('%s', (_name, write) => {
  it('makes the missing folders, and replaces a file whole', async () => {
    const root = await folder()
    await write(path.join(root, 'a/b/page.html'), 'first')
    await write(path.join(root, 'a/b/page.html'), 'second')
    expect(await readFile(path.join(root, 'a/b/page.html'), 'utf8')).toBe('second')
    expect(await readdir(path.join(root, 'a/b'))).toEqual(['page.html'])
  })

  it('writes a name of 255 bytes (its temporary name is shortened to fit)', async () => {
    const root = await folder()
    const name = 'ب'.repeat(125) + '.html'
    expect(Buffer.byteLength(name)).toBe(255)
    await write(path.join(root, name), 'x')
    expect(await readdir(root)).toEqual([name])
  })

  it('leaves no temporary file when the rename fails (a folder is in the way)', async () => {
    const root = await folder()
    await mkdir(path.join(root, 'taken.html'))
    await expect(write(path.join(root, 'taken.html'), 'x')).rejects.toThrow()
    expect(await readdir(root)).toEqual(['taken.html'])
    expect((await stat(path.join(root, 'taken.html'))).isDirectory()).toBe(true)
  })

  it.skipIf(process.getuid?.() === 0)('throws, leaving nothing, when the folder cannot be written', async () => {
    const root = await folder()
    await chmod(root, 0o500)
    await expect(write(path.join(root, 'page.html'), 'x')).rejects.toThrow(/EACCES/)
    await chmod(root, 0o700)
    expect(await readdir(root)).toEqual([])
  })
})

describe('truncateBytes', () => {
  it('cuts at a character boundary, never inside one', () => {
    expect(truncateBytes('abc', 5)).toBe('abc')
    expect(truncateBytes('سلام', 5)).toBe('سل')
    expect(truncateBytes('👋👋', 7)).toBe('👋')
  })
})
