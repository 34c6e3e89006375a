/**
 * Removing one stale page by its manifest entry: each outcome, on its own.
 * Only the page as written is removed; anything else there is kept and
 * reported as changed, and no path leaves the output folder.
 */

import {existsSync} from 'node:fs'
import {mkdir, readFile, realpath, rm, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {hash, type ManifestEntry} from '../src/cli/manifest.js'
import {removeStalePage} from '../src/cli/stale.js'
import {makeTree} from './cli-helpers.js'

const PAGE = '<p>صفحة</p>\n'

let root = ''
let output = ''

beforeEach(async () => {
  root = await realpath(await makeTree({}))
  output = path.join(root, 'out')
  await mkdir(output)
})

afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

/**
 * @param page
 *   Output path of the entry.
 * @param pageHash
 *   Hash of the page written there (default: of `PAGE`).
 * @returns
 *   A manifest entry for it.
 */
function entry(page: string, pageHash = hash(PAGE)): ManifestEntry {
  return ['0'.repeat(32), 1, 1, page, pageHash]
}

describe('removeStalePage', () => {
  it('removes the page while it is what was written, in a folder too', async () => {
    await mkdir(path.join(output, 'news'))
    await writeFile(path.join(output, 'news/page.html'), PAGE)
    expect(await removeStalePage(output, entry('news/page.html'))).toBe('removed')
    expect(existsSync(path.join(output, 'news/page.html'))).toBe(false)
  })

  it('keeps a page whose content changed since', async () => {
    await writeFile(path.join(output, 'page.html'), 'edited\n')
    expect(await removeStalePage(output, entry('page.html'))).toBe('changed')
    expect(await readFile(path.join(output, 'page.html'), 'utf8')).toBe('edited\n')
  })

  it('keeps a folder, or a link, standing where the page was', async () => {
    await mkdir(path.join(output, 'folder.html'))
    await writeFile(path.join(root, 'target.html'), PAGE)
    await symlink(path.join(root, 'target.html'), path.join(output, 'link.html'))
    expect(await removeStalePage(output, entry('folder.html'))).toBe('changed')
    expect(await removeStalePage(output, entry('link.html'))).toBe('changed')
    expect(existsSync(path.join(output, 'folder.html'))).toBe(true)
    expect(existsSync(path.join(output, 'link.html'))).toBe(true)
    expect(existsSync(path.join(root, 'target.html'))).toBe(true)
  })

  it('says a page, or its folder, already gone is missing', async () => {
    expect(await removeStalePage(output, entry('page.html'))).toBe('missing')
    expect(await removeStalePage(output, entry('gone/page.html'))).toBe('missing')
  })

  it('says a page whose name cannot be looked up is not the page written', async () => {
    // A name longer than file systems allow: looking it up fails, not with “no such file”.
    expect(await removeStalePage(output, entry('ب'.repeat(200) + '.html'))).toBe('changed')
  })

  it('refuses a path that leaves the output folder, by its name or through a linked folder', async () => {
    await writeFile(path.join(root, 'victim.html'), PAGE)
    await symlink(root, path.join(output, 'up'))
    expect(await removeStalePage(output, entry('../victim.html'))).toBe('refused')
    expect(await removeStalePage(output, entry(path.join(root, 'victim.html')))).toBe('refused')
    expect(await removeStalePage(output, entry('up/victim.html'))).toBe('refused')
    expect(await readFile(path.join(root, 'victim.html'), 'utf8')).toBe(PAGE)
  })
})
