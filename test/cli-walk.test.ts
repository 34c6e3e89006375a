/**
 * The walk of an input folder, on its own: what it yields for each kind of
 * entry, in which order, and what it says about entries it does not read.
 */

import {execFileSync} from 'node:child_process'
import {mkdir, realpath, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {walk, type WalkItem} from '../src/cli/walk.js'
import {temporaryFolders} from './cli-helpers.js'

const temporary = temporaryFolders('arabic-news-walk-')

afterAll(temporary.remove)

/**
 * Everything a walk yields.
 *
 * @param root
 *   Folder.
 * @param options
 *   Walk options.
 * @returns
 *   Items, in order.
 */
async function walked(root: string, options?: Parameters<typeof walk>[1]): Promise<Array<WalkItem>> {
  const items: Array<WalkItem> = []
  for await (const item of walk(root, options)) items.push(item)
  return items
}

describe('walk', () => {
  it('yields articles depth-first in name order, and says why it leaves entries out', async () => {
    const root = await realpath(await temporary.make())
    await mkdir(path.join(root, 'b-section', 'inner'), {recursive: true})
    await mkdir(path.join(root, '.hidden'))
    await mkdir(path.join(root, 'node_modules'))
    await mkdir(path.join(root, 'a-folder'))
    await writeFile(path.join(root, 'z.txt'), 'خبر')
    await writeFile(path.join(root, 'c.md'), 'خبر')
    await writeFile(path.join(root, 'notes.json'), '{}')
    await writeFile(path.join(root, 'b-section', 'one.txt'), 'خبر')
    await writeFile(path.join(root, 'b-section', 'inner', 'two.TXT'), 'خبر')
    await writeFile(path.join(root, '.hidden', 'secret.txt'), 'خبر')
    await writeFile(path.join(root, 'node_modules', 'package.txt'), 'خبر')
    // Links: to an article inside (followed), to a folder, and to nothing.
    await symlink(path.join(root, 'c.md'), path.join(root, 'linked.txt'))
    await symlink(path.join(root, 'a-folder'), path.join(root, 'folder-link.txt'))
    await symlink(path.join(root, 'gone.txt'), path.join(root, 'broken.txt'))
    // A FIFO named like an article is never opened.
    execFileSync('mkfifo', [path.join(root, 'pipe.txt')])
    // Names that are not UTF-8: a file named like an article, and a folder.
    const invalid = Buffer.from([0x62, 0xff, 0x2e, 0x74, 0x78, 0x74])
    await writeFile(Buffer.concat([Buffer.from(root + '/b-section/'), invalid]), 'خبر')
    await mkdir(Buffer.concat([Buffer.from(root + '/'), Buffer.from([0x64, 0xfe])]))
    // Not UTF-8 and not named like an article: left out without a word.
    await writeFile(Buffer.concat([Buffer.from(root + '/'), Buffer.from([0x6e, 0xff, 0x2e, 0x6a, 0x70, 0x67])]), '')

    const items = await walked(root)
    const summary = items.map((item) =>
      item.kind === 'file'
        ? `file ${item.relative} → ${item.output}${item.link ? ' (link)' : ''}`
        : `${item.ruleId} ${item.relative}${item.fatal ? ' (fatal)' : ''}: ${item.reason}`
    )
    expect(summary).toEqual([
      'invalid-file-name d\\xfe: Not entered: the folder name is not valid UTF-8; rename it',
      'link-not-followed broken.txt: Not followed: broken symbolic link',
      'link-not-followed folder-link.txt: Not followed: symbolic link to something other than a file',
      'not-a-file pipe.txt: Not read: not a regular file (a pipe, socket or device)',
      'file c.md → c.html',
      'file linked.txt → linked.html (link)',
      'file z.txt → z.html',
      'invalid-file-name b-section/b\\xff.txt: Not read: the file name is not valid UTF-8; rename it',
      'file b-section/one.txt → b-section/one.html',
      'file b-section/inner/two.TXT → b-section/inner/two.html'
    ])
  })

  it('leaves out the folders it is told to, and reports two inputs for one output', async () => {
    const root = await realpath(await temporary.make())
    await mkdir(path.join(root, 'out'))
    await writeFile(path.join(root, 'out', 'page.txt'), 'خبر')
    await writeFile(path.join(root, 'same.txt'), 'خبر')
    await writeFile(path.join(root, 'same.md'), 'خبر')
    await symlink(path.join(root, 'out', 'page.txt'), path.join(root, 'into-output.txt'))

    const items = await walked(root, {exclude: [path.join(root, 'out')]})
    expect(items).toEqual([
      {
        kind: 'problem',
        relative: 'into-output.txt',
        output: 'into-output.html',
        reason: expect.stringMatching(/^Not followed: symbolic link /),
        fatal: false,
        ruleId: 'link-not-followed'
      },
      {
        kind: 'problem',
        relative: 'same.md',
        output: 'same.html',
        reason: 'Two inputs map to one output: `same.md` and `same.txt` → `same.html`',
        fatal: true,
        ruleId: 'output-collision'
      },
      {
        kind: 'problem',
        relative: 'same.txt',
        output: 'same.html',
        reason: 'Two inputs map to one output: `same.md` and `same.txt` → `same.html`',
        fatal: true,
        ruleId: 'output-collision'
      }
    ])
  })

  it('splits articles and their problems into shards, each in exactly one', async () => {
    const root = await realpath(await temporary.make())
    await mkdir(path.join(root, 'section'))
    for (let index = 0; index < 12; index++) {
      await writeFile(path.join(root, index % 2 ? 'section' : '', `a${index}.txt`), 'خبر')
    }
    await symlink(path.join(root, 'gone.txt'), path.join(root, 'broken.txt'))
    execFileSync('mkfifo', [path.join(root, 'pipe.txt')])
    const key = (item: WalkItem): string => item.kind + ' ' + item.relative
    const whole = (await walked(root)).map(key).sort()
    expect(whole).toHaveLength(14)
    const shards = [1, 2, 3].map((index) => walked(root, {shard: {index, count: 3}}))
    const parts = (await Promise.all(shards)).map((items) => items.map(key))
    for (const part of parts) expect(part.length).toBeLessThan(whole.length)
    expect(parts.flat().sort()).toEqual(whole)
  })

  it('reports a folder it cannot read as one fatal problem', async () => {
    const root = await realpath(await temporary.make())
    await writeFile(path.join(root, 'file.txt'), 'خبر')
    expect(await walked(path.join(root, 'file.txt'))).toEqual([
      {
        kind: 'problem',
        relative: '.',
        output: undefined,
        reason: 'Cannot read folder: ENOTDIR',
        fatal: true,
        ruleId: 'unreadable-folder'
      }
    ])
  })
})
