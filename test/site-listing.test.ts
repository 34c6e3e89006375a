/**
 * The listing of site files (`.arabic-news-site.json`) read back: what this
 * version wrote comes back the same; anything else in the output folder's
 * listing (written by anyone) is left out, entry by entry.
 */

import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {contentHash, emptyListing, readListing, serialiseListing, SITE_LISTING} from '../src/cli/site/listing.js'
import {makeTree} from './cli-helpers.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

const hash = contentHash('<!doctype html>')

/**
 * @param text
 *   Contents of the listing, if any.
 * @returns
 *   Output folder.
 */
async function folder(text?: string): Promise<string> {
  const root = await makeTree({})
  folders.push(root)
  if (text !== undefined) await writeFile(path.join(root, SITE_LISTING), text)
  return root
}

/**
 * @param data
 *   Listing fields besides the version.
 * @returns
 *   JSON of a listing of this version.
 */
function listing(data: Record<string, unknown>): string {
  const written = JSON.parse(serialiseListing(emptyListing())) as {version: number}
  return JSON.stringify({version: written.version, ...data})
}

describe('readListing', () => {
  it('reads back what was written', async () => {
    const written = emptyListing()
    written.digest = 'abc'
    written.files.set('index.html', {hash, size: 15})
    written.files.set('sitemap-news.xml', {hash, size: 15})
    written.dated.add('sitemap-news.xml')
    written.taken.push('sections/x/index.html')
    const text = serialiseListing(written)
    const read = await readListing(await folder(text))
    expect(read).toEqual({...written, text})
  })

  it('is empty without a listing, for one not of this version, not JSON, or a folder in its place', async () => {
    const empty = {...emptyListing()}
    expect(await readListing(await folder())).toEqual(empty)
    expect(await readListing(await folder('{"version": 1, "files": {}}'))).toEqual(empty)
    expect(await readListing(await folder('null'))).toEqual(empty)
    expect(await readListing(await folder('{not json'))).toEqual(empty)
    expect(await readListing(await folder(listing({files: []})))).toEqual(empty)
    const root = await folder()
    await mkdir(path.join(root, SITE_LISTING))
    expect(await readListing(root)).toEqual(empty)
  })

  it('leaves out entries with a path, hash or size this version would not write, and then the digest', async () => {
    const text = listing({
      digest: 'abc',
      files: {
        'index.html': [hash, 15],
        '../outside.html': [hash, 15],
        'a\u0000.html': [hash, 15],
        'short.html': ['abc', 15],
        'negative.html': [hash, -1],
        'fraction.html': [hash, 1.5],
        'three.html': [hash, 15, 0],
        'object.html': {hash, size: 15}
      },
      dated: ['index.html', 'missing.html', 7],
      taken: ['sections/x/index.html', '../up.html', 3]
    })
    const read = await readListing(await folder(text))
    expect([...read.files.keys()]).toEqual(['index.html'])
    // A digest is only of use with every file it was made with.
    expect(read.digest).toBeUndefined()
    expect([...read.dated]).toEqual(['index.html'])
    expect(read.taken).toEqual(['sections/x/index.html'])
  })
})
