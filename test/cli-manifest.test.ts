/**
 * The build manifest as read back: an entry this version would not have
 * written (a hash of another length, a negative size, a path leaving its
 * folder, a record of another page) is dropped, so its article is built
 * again, and the entries beside it are kept.
 */

import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {MANIFEST_VERSION, manifestName, readManifest, writeManifest, type ManifestEntry} from '../src/cli/manifest.js'

const HASH = 'a'.repeat(32)
const PAGE = 'b'.repeat(32)

describe('readManifest', () => {
  it('keeps the entries it would write and drops every other', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'arabic-news-manifest-'))
    const record = {input: 'with-record.txt', output: 'with-record.html', url: '/with-record.html', authors: []}
    const files: Record<string, unknown> = {
      'good.txt': [HASH, 10, 1000.5, 'good.html', PAGE],
      'with-record.txt': [HASH, 10, 1000, 'with-record.html', PAGE, record],
      'other-record.txt': [HASH, 10, 1000, 'other-record.html', PAGE, {...record, output: 'elsewhere.html'}],
      'short-hash.txt': ['abc', 10, 1000, 'short-hash.html', PAGE],
      'page-hash.txt': [HASH, 10, 1000, 'page-hash.html', 42],
      'negative-size.txt': [HASH, -1, 1000, 'negative-size.html', PAGE],
      'fractional-size.txt': [HASH, 1.5, 1000, 'fractional-size.html', PAGE],
      'time.txt': [HASH, 10, 'yesterday', 'time.html', PAGE],
      'not-html.txt': [HASH, 10, 1000, 'not-html.txt', PAGE],
      'leaves.txt': [HASH, 10, 1000, '../leaves.html', PAGE],
      '../outside.txt': [HASH, 10, 1000, 'outside.html', PAGE],
      'too-short.txt': [HASH, 10, 1000, 'too-short.html'],
      'not-a-list.txt': {hash: HASH}
    }
    const manifest = {version: MANIFEST_VERSION, input: '/input', options: 'same', builtAt: 5000, files}
    await writeFile(path.join(folder, manifestName(undefined)), JSON.stringify(manifest))

    const previous = await readManifest(folder, undefined, 'same', '/input')
    expect(previous.sameOptions).toBe(true)
    expect(previous.builtAt).toBe(5000)
    expect([...previous.entries.keys()].sort()).toEqual(['good.txt', 'other-record.txt', 'with-record.txt'])
    // A record that is not one, or of another page, is dropped; the entry is kept.
    expect(previous.entries.get('with-record.txt')?.[5]).toBeUndefined()
    expect(previous.entries.get('other-record.txt')?.[5]).toBeUndefined()

    expect(await readManifest(folder, undefined, 'changed', '/input')).toMatchObject({sameOptions: false})
    expect(await readManifest(folder, undefined, 'same', '/elsewhere')).toEqual({
      entries: new Map(),
      sameOptions: false,
      builtAt: 0,
      otherInput: '/input'
    })
  })

  it('reads what it writes, and nothing from a manifest of another version or no JSON', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'arabic-news-manifest-'))
    const entries = new Map<string, ManifestEntry>([
      ['b.txt', [HASH, 2, 20, 'b.html', PAGE]],
      ['a.txt', [HASH, 1, 10, 'a.html', PAGE]]
    ])
    await writeManifest(folder, {index: 2, count: 3}, '/input', 'options', 1234, entries)
    const previous = await readManifest(folder, {index: 2, count: 3}, 'options', '/input')
    expect([...previous.entries].map(([key, entry]) => [key, entry.slice(0, 5)])).toEqual([
      ['a.txt', [HASH, 1, 10, 'a.html', PAGE]],
      ['b.txt', [HASH, 2, 20, 'b.html', PAGE]]
    ])
    expect(previous.builtAt).toBe(1234)

    const name = path.join(folder, manifestName(undefined))
    expect(await readManifest(folder, undefined, 'o', '/input')).toEqual({
      entries: new Map(),
      sameOptions: false,
      builtAt: 0
    })
    for (const text of ['{"version": 1, "input": "/input", "options": "o", "builtAt": 1, "files": {}}', '{', '[]']) {
      await writeFile(name, text)
      expect(await readManifest(folder, undefined, 'o', '/input')).toEqual({
        entries: new Map(),
        sameOptions: false,
        builtAt: 0
      })
    }
  })
})
