/**
 * Atomic writes when the temporary name is taken: a file left under the same
 * name (by a write that died) is never written over; another name is tried,
 * and after a few clashes the write gives up. The random part of the name is
 * fixed here so that the clash can be set up.
 */

import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import process from 'node:process'
import {threadId} from 'node:worker_threads'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {writeFileAtomic, writeFileAtomicSync} from '../src/cli/atomic.js'
import {makeTree} from './cli-helpers.js'

/** Random numbers the next temporary names get, in order. */
const draws = vi.hoisted(() => ({next: [] as Array<number>}))

vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>()
  return {...crypto, randomInt: () => draws.next.shift() ?? 999}
})

let root = ''

beforeEach(async () => {
  root = await makeTree({})
})

afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

/**
 * @param name
 *   Target's name.
 * @param draw
 *   Random part.
 * @returns
 *   The temporary name a write of `name` uses with that draw.
 */
function temporaryName(name: string, draw: number): string {
  return `.${name}.${process.pid}-${threadId}-${draw}.tmp`
}

describe.each([
  ['writeFileAtomic', (file: string, data: string) => writeFileAtomic(file, data)],
  ['writeFileAtomicSync', async (file: string, data: string) => writeFileAtomicSync(file, data)]
])('%s', (_name, write) => {
  it('leaves a file under its temporary name alone and writes through another name', async () => {
    await writeFile(path.join(root, temporaryName('page.html', 1)), 'left over')
    draws.next = [1, 2]
    await write(path.join(root, 'page.html'), 'new')
    expect(draws.next).toEqual([])
    expect(await readFile(path.join(root, 'page.html'), 'utf8')).toBe('new')
    expect(await readFile(path.join(root, temporaryName('page.html', 1)), 'utf8')).toBe('left over')
    expect((await readdir(root)).sort()).toEqual([temporaryName('page.html', 1), 'page.html'].sort())
  })

  it('gives up when every name it tries is taken, writing nothing', async () => {
    for (const draw of [1, 2, 3, 4]) await writeFile(path.join(root, temporaryName('page.html', draw)), 'left over')
    draws.next = [1, 2, 3, 4]
    await expect(write(path.join(root, 'page.html'), 'new')).rejects.toThrow(/EEXIST/)
    expect(await readdir(root)).not.toContain('page.html')
  })

  it('fails, leaving nothing, when a file stands where a folder of the path should be', async () => {
    await writeFile(path.join(root, 'a'), 'a file')
    await expect(write(path.join(root, 'a/b/page.html'), 'new')).rejects.toThrow(/ENOTDIR/)
    expect(await readdir(root)).toEqual(['a'])
  })
})
