/**
 * Sitemaps checked against the sitemaps.org limits and Google's rules for
 * news sitemaps, parsed with `fast-xml-parser`; `robots.txt` names them.
 */

import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {afterEach, describe, expect, it} from 'vitest'
import {writeSite} from '../src/cli/site/index.js'
import type {ArticleRecord} from '../src/cli/site/record.js'
import {resolveSiteSettings} from '../src/cli/site/settings.js'
import {generalSitemaps, newsLanguage, newsSitemaps, SITEMAP_LIMITS, w3cDate} from '../src/cli/site/sitemaps.js'
import {BASE_URL, NOW, sampleRecords} from './site/records.js'

const parser = new XMLParser({ignoreAttributes: false, isArray: (name) => ['url', 'sitemap'].includes(name)})
const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

interface NewsUrl {
  loc: string
  'news:news': {
    'news:publication': {'news:name': string; 'news:language': string}
    'news:publication_date': string
    'news:title': string
  }
}

/**
 * Check one news sitemap against Google’s rules.
 *
 * @param xml
 *   Sitemap.
 * @param now
 *   Build time.
 * @returns
 *   Its entries.
 */
function checkNewsSitemap(xml: string, now: string): Array<NewsUrl> {
  expect(XMLValidator.validate(xml)).toBe(true)
  const document = parser.parse(xml) as {urlset: {'@_xmlns': string; '@_xmlns:news': string; url?: Array<NewsUrl>}}
  expect(document.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
  expect(document.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9')
  const urls = document.urlset.url ?? []
  expect(urls.length).toBeLessThanOrEqual(1000)
  for (const url of urls) {
    expect(new URL(url.loc).protocol).toBe('https:')
    const news = url['news:news']
    expect(news['news:publication']['news:name']).toBe('دار المدينة')
    expect(news['news:publication']['news:language']).toMatch(/^[a-z]{2,3}$|^zh-(cn|tw)$/)
    const date = news['news:publication_date']
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/)
    const age = Date.parse(now) - Date.parse(date)
    expect(age).toBeGreaterThanOrEqual(0)
    expect(age).toBeLessThanOrEqual(2 * 24 * 60 * 60 * 1000)
    expect(String(news['news:title'])).not.toBe('')
  }

  return urls
}

/**
 * Many articles, one every `step` minutes back from `NOW`.
 *
 * @param count
 *   How many.
 * @param step
 *   Minutes between two.
 * @returns
 *   Records.
 */
function manyRecords(count: number, step: number): Array<ArticleRecord> {
  return Array.from({length: count}, (_, index) => ({
    input: `a/${index}.txt`,
    output: `a/${index}.html`,
    url: `${BASE_URL}a/${index}.html`,
    headline: `خبر رقم ${index}`,
    datePublished: new Date(Date.parse(NOW) - index * step * 60_000).toISOString(),
    language: 'ar',
    authors: []
  }))
}

describe('sitemaps', () => {
  it('lists every page and article in sitemap.xml, and only the last two days in the news sitemap', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'site-sitemaps-'))
    folders.push(folder)
    await writeSite(
      sampleRecords(),
      {site: {siteName: 'أخبار المدينة', baseUrl: BASE_URL, publisher: 'دار المدينة'}, now: NOW},
      folder
    )
    const sitemap = parser.parse(await readFile(path.join(folder, 'sitemap.xml'), 'utf8')) as {
      urlset: {url: Array<{loc: string; lastmod?: string}>}
    }
    const locs = sitemap.urlset.url.map((url) => url.loc)
    expect(locs).toContain(BASE_URL)
    expect(locs).toContain(BASE_URL + 'sections/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF/')
    expect(locs).toContain(BASE_URL + 'economy/dates.html')
    expect(locs).toContain(BASE_URL + 'undated.html')
    expect(sitemap.urlset.url.find((url) => url.loc === BASE_URL + 'economy/dates.html')?.lastmod).toBe(
      '2025-09-02T07:00:00.000Z'
    )

    const news = checkNewsSitemap(await readFile(path.join(folder, 'sitemap-news.xml'), 'utf8'), NOW)
    // 1 September is more than two days before 5 September; undated articles are never news.
    expect(news.map((url) => url.loc)).toEqual([
      BASE_URL + 'tech.html',
      BASE_URL + 'economy/port.html',
      BASE_URL + 'marathon.html'
    ])
    expect(news[0]?.['news:news']['news:publication_date']).toBe('2025-09-05T11:00:00+03:00')

    expect(await readFile(path.join(folder, 'robots.txt'), 'utf8')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example.com/sitemap.xml\nSitemap: https://news.example.com/sitemap-news.xml\n'
    )
  })

  it('splits news sitemaps at 1,000 entries and leaves out what is older or in the future', async () => {
    const settings = resolveSiteSettings({site: {baseUrl: BASE_URL, publisher: 'دار المدينة'}, now: NOW})
    // One article a minute for 3,000 minutes back (2,881 within two days), and one tomorrow.
    const records = [
      ...manyRecords(3000, 1),
      {...manyRecords(1, 1)[0]!, url: BASE_URL + 'tomorrow.html', datePublished: '2025-09-06T12:00:00+03:00'}
    ]
    const files = await newsSitemaps(records, settings, new URL(BASE_URL))
    expect(files.map((file) => file.output)).toEqual(['sitemap-news.xml', 'sitemap-news-2.xml', 'sitemap-news-3.xml'])
    const counts = files.map((file) => checkNewsSitemap(file.text, NOW).length)
    expect(counts).toEqual([1000, 1000, 881])
    expect(files.some((file) => file.text.includes('tomorrow.html'))).toBe(false)
  })

  it('writes no robots.txt for a site below the root of its host, and says what the host should add', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'site-sitemaps-sub-path-'))
    folders.push(folder)
    const base = 'https://news.example.com/ar/'
    const records = sampleRecords().map((record) => ({...record, url: record.url.replace(BASE_URL, base)}))
    const report = await writeSite(
      records,
      {site: {siteName: 'أخبار المدينة', baseUrl: base, publisher: 'دار المدينة'}, now: NOW},
      folder
    )
    // Crawlers never read `/ar/robots.txt`: one there would only mislead.
    await expect(readFile(path.join(folder, 'robots.txt'), 'utf8')).rejects.toThrow(/ENOENT/)
    expect(report.files).not.toContain('robots.txt')
    const messages = report.messages.filter((message) => message.ruleId === 'site-robots-sub-path')
    expect(messages).toHaveLength(1)
    expect(messages[0]?.fatal).toBe(false)
    expect(messages[0]?.reason).toContain('https://news.example.com/robots.txt')
    expect(messages[0]?.reason).toContain('Sitemap: https://news.example.com/ar/sitemap.xml')
    expect(messages[0]?.reason).toContain('Sitemap: https://news.example.com/ar/sitemap-news.xml')
    // The sitemaps stay in the site's folder, listing its addresses.
    const sitemap = parser.parse(await readFile(path.join(folder, 'sitemap.xml'), 'utf8')) as {
      urlset: {url: Array<{loc: string}>}
    }
    expect(sitemap.urlset.url.map((url) => url.loc)).toContain(base + 'economy/port.html')
  })

  it('writes a valid empty news sitemap when nothing is recent', async () => {
    const settings = resolveSiteSettings({
      site: {baseUrl: BASE_URL, publisher: 'دار المدينة'},
      now: '2030-01-01T00:00:00Z'
    })
    const [file] = await newsSitemaps(sampleRecords(), settings, new URL(BASE_URL))
    expect(file?.output).toBe('sitemap-news.xml')
    expect(checkNewsSitemap(file?.text ?? '', '2030-01-01T00:00:00Z')).toEqual([])
  })

  it('turns sitemap.xml into an index past the address or byte limit', async () => {
    const base = new URL(BASE_URL)
    const entries = manyRecords(25, 60).map((record) => ({url: record.url, lastmod: record.datePublished}))
    const byCount = await generalSitemaps(entries, base, {...SITEMAP_LIMITS, urls: 10})
    expect(byCount.map((file) => file.output)).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml'
    ])
    const index = parser.parse(byCount[0]?.text ?? '') as {
      sitemapindex: {sitemap: Array<{loc: string; lastmod: string}>}
    }
    expect(index.sitemapindex.sitemap.map((item) => item.loc)).toEqual(
      [1, 2, 3].map((n) => `${BASE_URL}sitemap-${n}.xml`)
    )
    expect(index.sitemapindex.sitemap[0]?.lastmod).toBe(new Date(NOW).toISOString())
    const sizes = byCount
      .slice(1)
      .map((file) => (parser.parse(file.text) as {urlset: {url: Array<unknown>}}).urlset.url.length)
    expect(sizes).toEqual([10, 10, 5])

    const byBytes = await generalSitemaps(entries, base, {...SITEMAP_LIMITS, bytes: 2000})
    expect(byBytes.length).toBeGreaterThan(2)
    for (const file of byBytes.slice(1)) expect(Buffer.byteLength(file.text)).toBeLessThanOrEqual(2000)
    expect(
      byBytes
        .slice(1)
        .reduce((sum, file) => sum + (parser.parse(file.text) as {urlset: {url: Array<unknown>}}).urlset.url.length, 0)
    ).toBe(25)
  })

  it('gives news sitemaps ISO 639 languages and W3C dates with an offset', () => {
    expect(newsLanguage('ar-EG')).toBe('ar')
    expect(newsLanguage('zh-TW')).toBe('zh-tw')
    expect(newsLanguage('zh-Hans')).toBe('zh-cn')
    expect(w3cDate('2025-09-04T10:00:00+03:00')).toBe('2025-09-04T10:00:00+03:00')
    expect(w3cDate('2025-09-04')).toBe('2025-09-04T00:00:00.000Z')
  })
})
