/**
 * Feeds as feed readers see them: parsed by `rss-parser` (RSS 2.0 and
 * Atom) and as JSON (JSON Feed), with the language, absolute addresses,
 * valid dates and titles that stay right to left.
 */

import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import Parser from 'rss-parser'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {rtlSafe} from '../src/cli/site/feeds.js'
import {writeSite} from '../src/cli/site/index.js'
import {BASE_URL, NOW, sampleRecords} from './site/records.js'

let folder = ''
const parser = new Parser()
const read = (file: string) => readFile(path.join(folder, file), 'utf8')

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'site-feeds-'))
  await writeSite(
    sampleRecords(),
    {site: {siteName: 'أخبار المدينة', baseUrl: BASE_URL, publisher: 'دار المدينة'}, now: NOW, feedSize: 3},
    folder
  )
})

afterAll(async () => {
  await rm(folder, {recursive: true, force: true})
})

describe('feeds', () => {
  it('writes RSS 2.0 in Arabic with absolute links and RFC 822 dates, latest first, at most N', async () => {
    const xml = await read('rss.xml')
    const feed = await parser.parseString(xml)
    expect(feed.title).toBe('أخبار المدينة')
    expect(feed.link).toBe(BASE_URL)
    expect(xml).toContain('<language>ar</language>')
    expect(feed.items.map((item) => item.link)).toEqual([
      BASE_URL + 'tech.html',
      BASE_URL + 'economy/port.html',
      BASE_URL + 'marathon.html'
    ])
    for (const item of feed.items) {
      expect(item.pubDate).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/)
      expect(Number.isNaN(Date.parse(item.pubDate ?? ''))).toBe(false)
      expect(new URL(item.link ?? '').protocol).toBe('https:')
    }
    expect(Date.parse(feed.items[1]?.pubDate ?? '')).toBe(Date.parse('2025-09-05T09:30:00+03:00'))
    expect(feed.items[1]?.content).toBe(
      '<div dir="rtl" lang="ar"><p>الرصيف الجديد يرفع طاقة الميناء بنحو الثلث.</p></div>'
    )
  })

  it('writes Atom with xml:lang, published and updated dates, authors and the section', async () => {
    const xml = await read('feed.xml')
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">')
    const feed = await parser.parseString(xml)
    expect(feed.items).toHaveLength(3)
    const port = feed.items[1]
    expect(port?.title).toBe('توسعة الميناء تستقبل أول سفينة حاويات')
    expect(port?.id).toBe(BASE_URL + 'economy/port.html')
    expect(port?.isoDate).toBe('2025-09-05T06:30:00.000Z')
    expect(port?.['author']).toBe('سارة العلي')
    expect(xml).toContain('<category label="اقتصاد" term="اقتصاد"/>')
    expect(xml).toMatch(/<link rel="self" href="https:\/\/news\.example\.com\/feed\.xml"\/>/)
  })

  it('keeps titles right to left when they start with a Latin word, and keeps markup in titles as text', async () => {
    const feed = await parser.parseString(await read('feed.xml'))
    expect(feed.items[0]?.title).toBe('\u200FiPhone 17 يصل إلى الأسواق العربية')
    const economy = await parser.parseString(await read('sections/اقتصاد/feed.xml'))
    expect(economy.title).toBe('اقتصاد - أخبار المدينة')
    // `type="html"`: readers decode the entities to the headline’s characters, not to markup.
    expect(economy.items[1]?.title).toBe('موسم التمور يبدأ مبكرا &#x26; بإنتاج &#x3C;وفير>')
    expect(economy.items.map((item) => item.link)).toEqual([
      BASE_URL + 'economy/port.html',
      BASE_URL + 'economy/dates.html'
    ])
    expect(economy.items[1]?.isoDate).toBe('2025-09-01T05:00:00.000Z')
    expect(await read('sections/اقتصاد/feed.xml')).toContain('<updated>2025-09-02T07:00:00.000Z</updated>')
    expect(rtlSafe('2025: عام', 'ar')).toBe('2025: عام')
    expect(rtlSafe('Apple', 'en')).toBe('Apple')
  })

  it('writes a JSON Feed 1.1 with its language, and every author of an item', async () => {
    const feed = JSON.parse(await read('sections/رياضة/feed.json')) as {
      version: string
      language: string
      items: Array<{url: string; date_published: string; language: string; authors?: unknown; author?: unknown}>
      feed_url: string
    }
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.language).toBe('ar')
    expect(feed.feed_url).toBe(BASE_URL + 'sections/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9/feed.json')
    expect(feed.items.map((item) => item.url)).toEqual([BASE_URL + 'tech.html', BASE_URL + 'marathon.html'])
    expect(feed.items.map((item) => item.language)).toEqual(['ar', 'ar'])
    expect(feed.items[1]?.date_published).toBe('2025-09-03T21:00:00.000Z')
    // `authors` (1.1) holds both; `author` (1.0) the first, for older readers.
    expect(feed.items[1]?.authors).toEqual([{name: 'منى الحربي'}, {name: 'سارة العلي'}])
    expect(feed.items[1]?.author).toEqual({name: 'منى الحربي'})
    expect(feed.items[0]).not.toHaveProperty('authors')
  })

  it('gives an item the language of its article when it differs from the site', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'site-feeds-language-'))
    try {
      const records = sampleRecords().map((record) =>
        record.url.endsWith('tech.html') ? {...record, language: 'en'} : record
      )
      await writeSite(records, {site: {siteName: 'أخبار المدينة', baseUrl: BASE_URL}, now: NOW}, folder)
      const feed = JSON.parse(await readFile(path.join(folder, 'feed.json'), 'utf8')) as {
        language: string
        items: Array<{url: string; language: string}>
      }
      expect(feed.language).toBe('ar')
      expect(feed.items.find((item) => item.url.endsWith('tech.html'))?.language).toBe('en')
      expect(feed.items.find((item) => item.url.endsWith('port.html'))?.language).toBe('ar')
    } finally {
      await rm(folder, {recursive: true, force: true})
    }
  })

  it('leaves out articles without a date (a feed entry needs one)', async () => {
    const all = await readFile(path.join(folder, 'rss.xml'), 'utf8')
    expect(all).not.toContain('مقال بلا تاريخ')
  })
})
