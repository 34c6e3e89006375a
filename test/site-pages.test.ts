/**
 * Site pages around the articles: home (paginated), sections and authors,
 * the stylesheet copied under a hashed name, a layout of one's own.
 */

import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {lstat, mkdtemp, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {slug} from '../src/cli/site/collect.js'
import {writeSite, type SiteOutputSettings} from '../src/cli/site/index.js'
import {relativeHref} from '../src/cli/site/pages.js'
import {resolveSiteSettings} from '../src/cli/site/settings.js'
import {formatCount, formatDate, digitsOption} from '../src/display/format.js'
import {BASE_URL, NOW, sampleRecords} from './site/records.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

/**
 * Build a site into a new temporary folder.
 *
 * @param settings
 *   Settings besides the site name and base URL.
 * @param records
 *   Articles.
 * @returns
 *   Folder, report, and a reader of its files.
 */
async function build(settings: Partial<SiteOutputSettings> = {}, records = sampleRecords()) {
  const folder = await mkdtemp(path.join(tmpdir(), 'site-pages-'))
  folders.push(folder)
  const report = await writeSite(
    records,
    {site: {siteName: 'أخبار المدينة', baseUrl: BASE_URL, publisher: 'دار المدينة'}, now: NOW, ...settings},
    folder
  )
  return {folder, report, read: (file: string) => readFile(path.join(folder, file), 'utf8')}
}

describe('writeSite pages', () => {
  it('writes the stylesheet, home, section and author pages, feeds and sitemaps', async () => {
    const {report} = await build()
    expect(report.messages).toEqual([])
    expect(report.files).toEqual([
      expect.stringMatching(/^style\.[0-9a-f]{10}\.css$/),
      'index.html',
      'sections/اقتصاد/index.html',
      'sections/رياضة/index.html',
      'authors/سارة-العلي/index.html',
      'authors/منى-الحربي/index.html',
      'feed.xml',
      'rss.xml',
      'feed.json',
      'sections/اقتصاد/feed.xml',
      'sections/اقتصاد/rss.xml',
      'sections/اقتصاد/feed.json',
      'sections/رياضة/feed.xml',
      'sections/رياضة/rss.xml',
      'sections/رياضة/feed.json',
      'sitemap.xml',
      'sitemap-news.xml',
      'robots.txt'
    ])
  })

  it('lists the latest first, escaped, with dates, sections, authors and links relative to the page', async () => {
    const {read, report} = await build()
    const home = await read('index.html')
    const order = ['iPhone 17', 'توسعة الميناء', 'ألفا عداء', 'موسم التمور', 'مقال بلا تاريخ'].map((text) =>
      home.indexOf(text)
    )
    expect(order.every((index) => index > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(home).toContain('موسم التمور يبدأ مبكرا &#x26; بإنتاج &#x3C;وفير>')
    expect(home).not.toContain('<وفير>')
    expect(home).toContain('<time datetime="2025-09-05T09:30:00+03:00">5 سبتمبر 2025 في 9:30 ص</time>')
    // A date without a time of day shows none.
    expect(home).toContain('<time datetime="2025-09-04T00:00:00+03:00">4 سبتمبر 2025</time>')
    expect(home).toContain('<a href="economy/port.html">')
    expect(home).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
    const css = report.files[0] ?? ''
    expect(home).toContain(`<link rel="stylesheet" href="${css}">`)
    expect(home).toContain('<link rel="canonical" href="https://news.example.com/">')
    expect(home).toContain('<link rel="alternate" type="application/atom+xml"')

    const section = await read('sections/اقتصاد/index.html')
    expect(section).toContain('<h1>اقتصاد</h1>')
    expect(section).toContain('<title>اقتصاد - أخبار المدينة</title>')
    expect(section).toContain('href="../../economy/port.html"')
    expect(section).toContain(`href="../../${css}"`)
    expect(section).not.toContain('ألفا عداء')
    expect(section).toContain('href="feed.xml"')

    const author = await read('authors/سارة-العلي/index.html')
    expect(author).toContain('توسعة الميناء')
    expect(author).toContain('ألفا عداء')
    expect(author).not.toContain('موسم التمور')
    expect(await read(css)).toContain('remark-arabic-news/style.css')
  })

  it('cuts lists into pages linked both ways', async () => {
    const {read, report} = await build({perPage: 2})
    expect(report.files).toContain('page/2/index.html')
    expect(report.files).toContain('page/3/index.html')
    expect(report.files).not.toContain('page/4/index.html')
    const first = await read('index.html')
    expect(first).toContain('<a rel="next" href="page/2/">')
    expect(first).not.toContain('rel="prev"')
    expect(first).toContain('الصفحة 1 من 3')
    const second = await read('page/2/index.html')
    expect(second).toContain('<a rel="prev" href="../../">')
    expect(second).toContain('<a rel="next" href="../3/">')
    expect(second).toContain('<title>أخبار المدينة - الصفحة 2 من 3</title>')
    expect(second).toContain('href="../../economy/dates.html"')
  })

  it('writes dates and counts in Arabic-Indic digits, with the Hijri date, when asked', async () => {
    const {read} = await build({digits: 'arab', hijri: true, perPage: 2})
    const home = await read('index.html')
    expect(home).toContain('٥ سبتمبر ٢٠٢٥ في ٩:٣٠ ص')
    expect(home).toContain('(١٣ ربيع الأول ١٤٤٧ هـ)')
    expect(home).toContain('الصفحة ١ من ٣')
    // The headline keeps its own digits.
    expect(home).toContain('iPhone 17 يصل')
  })

  it('leaves feeds and sitemaps out without a base URL, and says why', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'site-pages-'))
    folders.push(folder)
    const report = await writeSite(sampleRecords(), {site: {}, css: false, now: NOW}, folder)
    expect(report.files).not.toContain('feed.xml')
    expect(report.files).not.toContain('sitemap.xml')
    expect(report.files.some((file) => file.endsWith('.css'))).toBe(false)
    expect(report.messages).toEqual([expect.objectContaining({ruleId: 'site-no-base-url', fatal: false})])
    const home = await readFile(path.join(folder, 'index.html'), 'utf8')
    expect(home).toContain('<h1>أخبار</h1>')
    expect(home).not.toContain('stylesheet')
    expect(home).not.toContain('canonical')
  })

  it('never writes over an article', async () => {
    const records = sampleRecords()
    records.push({...records[0]!, input: 'index.txt', output: 'index.html', url: BASE_URL + 'index.html'})
    const {report} = await build({}, records)
    expect(report.files).not.toContain('index.html')
    expect(report.messages).toEqual([
      expect.objectContaining({ruleId: 'site-path-taken', reason: expect.stringContaining('index.html')})
    ])
  })

  it('takes a layout of one’s own, and a stylesheet of one’s own', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'site-layout-'))
    folders.push(folder)
    const layout = path.join(folder, 'layout.mjs')
    await writeFile(
      layout,
      "export default (page) => ({type: 'root', children: [{type: 'doctype'}, {type: 'element', tagName: 'html', properties: {lang: page.language}, children: [{type: 'text', value: page.kind + ':' + page.articles.map((a) => a.headline).join('|')}]}]})\n"
    )
    const css = path.join(folder, 'brand.css')
    await writeFile(css, 'body { color: red }\n')
    const {read, report} = await build({layout, css})
    expect(report.files[0]).toMatch(/^brand\.[0-9a-f]{10}\.css$/)
    expect(await read(report.files[0] ?? '')).toBe('body { color: red }\n')
    expect(await read('sections/اقتصاد/index.html')).toBe(
      '<!doctype html><html lang="ar">section:توسعة الميناء تستقبل أول سفينة حاويات|موسم التمور يبدأ مبكرا &#x26; بإنتاج &#x3C;وفير></html>\n'
    )
    await expect(build({layout: path.join(folder, 'missing.mjs')})).rejects.toThrow(/Cannot load layout/)
    await writeFile(path.join(folder, 'bad.mjs'), 'export const x = 1\n')
    await expect(build({layout: path.join(folder, 'bad.mjs')})).rejects.toThrow(/no default export/)
    await expect(build({css: path.join(folder, 'missing.css')})).rejects.toThrow(/Cannot read stylesheet/)
  })

  it('checks its settings', () => {
    expect(() => resolveSiteSettings({site: {}, perPage: 0})).toThrow(/perPage/)
    expect(() => resolveSiteSettings({site: {}, now: 'soon'})).toThrow(/now/)
    expect(resolveSiteSettings({site: {publisher: 'دار'}}).publicationName).toBe('دار')
    expect(resolveSiteSettings({site: {baseUrl: 'https://a.example/news'}}).baseUrl?.href).toBe(
      'https://a.example/news/'
    )
  })
})

describe('site paths', () => {
  it('makes path segments that keep Arabic letters and never leave the folder', () => {
    expect(slug('الشرق الأوسط')).toBe('الشرق-الأوسط')
    expect(slug('اقتصادٌ')).toBe('اقتصاد')
    expect(slug('World / Politics')).toBe('world-politics')
    expect(slug('..')).toMatch(/^[0-9a-f]{8}$/)
    expect(slug('../../etc')).toBe('etc')
    expect(slug('x'.repeat(100))).toHaveLength(60)
  })

  it('links relative to the page', () => {
    expect(relativeHref('index.html', '')).toBe('./')
    expect(relativeHref('index.html', 'sections/a/')).toBe('sections/a/')
    expect(relativeHref('sections/a/index.html', '')).toBe('../../')
    expect(relativeHref('sections/a/index.html', 'x y.html')).toBe('../../x%20y.html')
  })
})

describe('generated text', () => {
  it('formats dates in their own offset, in the digits asked for', () => {
    const settings = {language: 'ar', digits: 'latn' as const, hijri: false}
    expect(formatDate('2025-09-04T23:30:00-05:00', settings)?.text).toBe('4 سبتمبر 2025 في 11:30 م')
    expect(formatDate('2025-09-04', settings)?.text).toBe('4 سبتمبر 2025')
    expect(formatDate('2025-02-30', settings)).toBeUndefined()
    expect(formatDate('yesterday', settings)).toBeUndefined()
    expect(formatDate('2025-09-04', {...settings, language: 'ar-EG', digits: 'locale'})?.text).toBe('٤ سبتمبر ٢٠٢٥')
    expect(formatDate('2025-09-04', {...settings, language: 'ar-EG', hijri: true})?.hijri).toBe('12 ربيع الأول 1447 هـ')
    expect(formatCount(1234, {language: 'ar', digits: 'arab'})).toBe('١٬٢٣٤')
    expect(formatCount(3, {language: 'not a tag!', digits: 'latn'})).toBe('3')
  })

  it('checks the digits option', () => {
    expect(digitsOption(undefined)).toBe('locale')
    expect(digitsOption('arab')).toBe('arab')
    expect(() => digitsOption('roman')).toThrow(/`digits`/)
  })
})

describe('rebuilding a site', () => {
  const settings = {site: {siteName: 'أخبار', baseUrl: BASE_URL}, now: NOW}

  it('removes the pages and files of the last build that are gone, never an article', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'site-rebuild-'))
    folders.push(folder)
    const first = await writeSite(sampleRecords(), settings, folder)
    expect(first.files).toContain('sections/رياضة/index.html')
    // The sports articles are gone; an article now sits where a page was.
    const records = sampleRecords().filter((record) => record.section !== 'رياضة')
    records.push({
      ...records[0]!,
      input: 'authors.txt',
      output: 'authors/منى-الحربي/index.html',
      url: BASE_URL + 'authors/منى-الحربي/'
    })
    await writeFile(path.join(folder, 'authors/منى-الحربي/index.html'), 'article')
    const second = await writeSite(records, {...settings, css: false}, folder)
    const exists = async (file: string) =>
      readFile(path.join(folder, file)).then(
        () => true,
        () => false
      )
    expect(await exists('sections/رياضة/index.html')).toBe(false)
    expect(await exists('sections/رياضة/feed.xml')).toBe(false)
    expect(await exists(first.files[0] ?? '')).toBe(false)
    expect(await readFile(path.join(folder, 'authors/منى-الحربي/index.html'), 'utf8')).toBe('article')
    expect(second.files).toContain('sections/اقتصاد/index.html')
    const listing: unknown = JSON.parse(await readFile(path.join(folder, '.arabic-news-site.json'), 'utf8'))
    expect(listing).toMatchObject({version: 3})
    expect(Object.keys((listing as {files: Record<string, unknown>}).files).sort()).toEqual(
      [...second.files, ...second.unchanged].sort()
    )
  })

  it('writes no site file again when nothing changed, and writes back one that was removed', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'site-unchanged-'))
    folders.push(folder)
    const first = await writeSite(sampleRecords(), settings, folder)
    await rm(path.join(folder, 'index.html'))
    const second = await writeSite(sampleRecords(), settings, folder)
    expect(second.files).toEqual(['index.html'])
    expect(second.unchanged.sort()).toEqual(first.files.filter((file) => file !== 'index.html').sort())
    const third = await writeSite(sampleRecords(), {...settings, site: {...settings.site, siteName: 'أنباء'}}, folder)
    expect(third.files).toContain('index.html')
    expect(third.unchanged).not.toContain('index.html')
  })

  it('removes only listed files inside the folder that still hold what was written', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'arabic-news-listing-'))
    const outside = await mkdtemp(path.join(tmpdir(), 'arabic-news-outside-'))
    folders.push(folder, outside)
    await writeFile(path.join(outside, 'victim.html'), 'theirs')
    await writeFile(path.join(folder, 'about.html'), 'ours, not the build’s')
    await symlink(outside, path.join(folder, 'linked'))
    const hash = (text: string) => createHash('sha256').update(text).digest('hex')
    const files = {
      '../victim.html': [hash('theirs'), 6],
      'linked/victim.html': [hash('theirs'), 6],
      'about.html': [hash('something else'), 14]
    }
    // A listing of another format, as an older build or anyone else wrote it.
    await writeFile(path.join(folder, '.arabic-news-site.json'), JSON.stringify({files: Object.keys(files)}))
    await writeSite(sampleRecords(), {...settings, css: false}, folder)
    expect(await readFile(path.join(outside, 'victim.html'), 'utf8')).toBe('theirs')
    expect(await readFile(path.join(folder, 'about.html'), 'utf8')).toBe('ours, not the build’s')
    await writeFile(path.join(folder, '.arabic-news-site.json'), JSON.stringify({version: 3, files}))
    await writeSite(sampleRecords(), {...settings, css: false}, folder)
    expect(await readFile(path.join(outside, 'victim.html'), 'utf8')).toBe('theirs')
    expect(await readFile(path.join(folder, 'about.html'), 'utf8')).toBe('ours, not the build’s')
  })

  it('does not wait on a listing that is a pipe', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'arabic-news-listing-fifo-'))
    folders.push(folder)
    execFileSync('mkfifo', [path.join(folder, '.arabic-news-site.json')])
    await writeSite(sampleRecords(), {...settings, css: false}, folder)
    expect((await lstat(path.join(folder, '.arabic-news-site.json'))).isFile()).toBe(true)
  }, 20_000)
})

describe('records from elsewhere (shard reports)', () => {
  it('lists no record whose address is not http(s) or whose output leaves the folder', async () => {
    const records = sampleRecords().slice(0, 1)
    records.push(
      {...records[0]!, input: 'a.txt', output: 'a.html', url: 'javascript:alert(1)'},
      {...records[0]!, input: 'b.txt', output: '../b.html', url: BASE_URL + 'b.html'},
      {...records[0]!, input: 'c.txt', output: 'x//c.html', url: BASE_URL + 'c.html'}
    )
    const {report, read} = await build({}, records)
    expect(report.messages.map((message) => message.ruleId)).toEqual([
      'site-unsafe-record',
      'site-unsafe-record',
      'site-unsafe-record'
    ])
    expect(report.messages[0]?.reason).toContain('not http(s)')
    expect(await read('rss.xml')).not.toContain('javascript:')
    expect(await read('index.html')).not.toContain('b.html')
  })
})
