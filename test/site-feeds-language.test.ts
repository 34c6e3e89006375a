/**
 * Feeds of articles recorded without a language: each item takes the
 * site's language, in JSON Feed and in the direction of Atom summaries.
 */

import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeSite} from '../src/cli/site/index.js'
import {BASE_URL, NOW, sampleRecords} from './site/records.js'

let folder = ''

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'site-feeds-language-'))
  const records = sampleRecords().map((record) => ({...record, language: ''}))
  await writeSite(records, {site: {siteName: 'أخبار المدينة', baseUrl: BASE_URL, language: 'ar'}, now: NOW}, folder)
})

afterAll(async () => {
  await rm(folder, {recursive: true, force: true})
})

describe('feeds of articles with no language of their own', () => {
  it('give each JSON Feed item the site’s language', async () => {
    const json = await readFile(path.join(folder, 'feed.json'), 'utf8')
    const feed: unknown = JSON.parse(json)
    expect(feed).toMatchObject({
      language: 'ar',
      items: expect.arrayContaining([expect.objectContaining({language: 'ar'})])
    })
    expect(json).not.toMatch(/"language":\s*""/)
  })

  it('write Atom summaries right to left, in the site’s language', async () => {
    const xml = await readFile(path.join(folder, 'feed.xml'), 'utf8')
    expect(xml).toContain('xml:lang="ar"')
    expect(xml).toContain('dir="rtl"')
    expect(xml).toContain('lang="ar"')
  })
})

describe('an Atom feed whose language is not a plain tag', () => {
  it('is written with no xml:lang rather than with characters a tag cannot hold', async () => {
    const other = await mkdtemp(path.join(tmpdir(), 'site-feeds-language-'))
    try {
      const records = sampleRecords().map((record) => ({...record, language: ''}))
      await writeSite(records, {site: {siteName: 'أخبار', baseUrl: BASE_URL, language: 'ar"x'}, now: NOW}, other)
      const xml = await readFile(path.join(other, 'feed.xml'), 'utf8')
      expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
      expect(xml).not.toContain('xml:lang')
    } finally {
      await rm(other, {recursive: true, force: true})
    }
  })
})
