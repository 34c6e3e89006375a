/**
 * Rebuilding the site pages with the same inputs: what depends only on the
 * records and settings is left as it is (not laid out again), what depends
 * on the time of the run is made again, and the folder always ends up as a
 * fresh build at that time would leave it.
 */

import {lstat, mkdtemp, readdir, readFile, rm, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it} from 'vitest'
import {stableJson} from '../src/cli/site/digest.js'
import {writeSite, type SiteOutputSettings} from '../src/cli/site/index.js'
import type {ArticleRecord} from '../src/cli/site/record.js'
import {article, makeTree, run} from './cli-helpers.js'
import {BASE_URL, NOW, sampleRecords} from './site/records.js'

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

const settings: SiteOutputSettings = {site: {siteName: 'أخبار', baseUrl: BASE_URL}, now: NOW}

/** Two days and an hour after `NOW`: the news sitemap's window has moved past every article. */
const LATER = '2025-09-07T13:00:00+03:00'

/**
 * A new temporary folder.
 *
 * @returns
 *   Path.
 */
async function folder(): Promise<string> {
  const created = await mkdtemp(path.join(tmpdir(), 'site-rebuild-'))
  folders.push(created)
  return created
}

/**
 * Every file of a folder with its contents.
 *
 * @param root
 *   Folder.
 * @returns
 *   Contents by relative path.
 */
async function contents(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(root, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files[path.relative(root, file)] = await readFile(file, 'utf8')
  }

  return files
}

describe('rebuilding the site with the same inputs', () => {
  it('writes nothing and reports every file unchanged', async () => {
    const root = await folder()
    const first = await writeSite(sampleRecords(), settings, root)
    const second = await writeSite(sampleRecords(), settings, root)
    expect(second.files).toEqual([])
    expect([...second.unchanged].sort()).toEqual([...first.files].sort())
    expect(second.messages).toEqual(first.messages)
  })

  it('makes again what depends on the time, and leaves the folder as a fresh build would', async () => {
    const root = await folder()
    const fresh = await folder()
    await writeSite(sampleRecords(), settings, root)
    const second = await writeSite(sampleRecords(), {...settings, now: LATER}, root)
    // The articles of the last two days are no longer recent: only the news sitemap changes.
    expect(second.files).toEqual(['sitemap-news.xml'])
    await writeSite(sampleRecords(), {...settings, now: LATER}, fresh)
    expect(await contents(root)).toEqual(await contents(fresh))
  })

  it('makes again the feeds of a list without dates, which show the time of the run', async () => {
    const records = sampleRecords().map((record): ArticleRecord => {
      const {datePublished: _published, dateModified: _modified, ...undated} = record
      return record.section === 'رياضة' ? undated : record
    })
    const root = await folder()
    const fresh = await folder()
    await writeSite(records, settings, root)
    const second = await writeSite(records, {...settings, now: LATER}, root)
    expect(second.files).toEqual(expect.arrayContaining(['sections/رياضة/feed.xml', 'sections/رياضة/rss.xml']))
    expect(second.files).not.toContain('index.html')
    expect(second.files).not.toContain('feed.xml')
    await writeSite(records, {...settings, now: LATER}, fresh)
    expect(await contents(root)).toEqual(await contents(fresh))
  })

  it('writes the pages again when a record or a setting changed', async () => {
    const root = await folder()
    await writeSite(sampleRecords(), settings, root)
    const records = sampleRecords().map((record, index) => (index === 0 ? {...record, headline: 'عنوان جديد'} : record))
    const second = await writeSite(records, settings, root)
    expect(second.files).toEqual(
      expect.arrayContaining(['index.html', 'sections/اقتصاد/index.html', 'authors/سارة-العلي/index.html'])
    )
    expect(second.files).not.toContain('sections/رياضة/index.html')
    expect(await readFile(path.join(root, 'index.html'), 'utf8')).toContain('عنوان جديد')
    const third = await writeSite(records, {...settings, perPage: 2}, root)
    expect(third.files).toContain('page/2/index.html')
  })

  it('writes back a page that was removed or changed in size', async () => {
    const root = await folder()
    await writeSite(sampleRecords(), settings, root)
    await rm(path.join(root, 'sections/رياضة/index.html'))
    await writeFile(path.join(root, 'index.html'), 'changed')
    const second = await writeSite(sampleRecords(), settings, root)
    expect([...second.files].sort()).toEqual(['index.html', 'sections/رياضة/index.html'])
  })

  it('says again which site files an article stands in the way of', async () => {
    const records = sampleRecords()
    records.push({
      input: 'sport.txt',
      output: 'sections/رياضة/index.html',
      url: BASE_URL + 'sport/',
      headline: 'صفحة في مكان القسم',
      language: 'ar',
      authors: []
    })
    const root = await folder()
    const first = await writeSite(records, settings, root)
    expect(first.messages).toEqual([expect.objectContaining({ruleId: 'site-path-taken'})])
    const second = await writeSite(records, settings, root)
    expect(second.files).toEqual([])
    expect(second.messages).toEqual(first.messages)
  })

  it('lays out the pages again with a layout of the site’s own', async () => {
    const root = await folder()
    const layout = path.join(root, 'layout.mjs')
    await writeFile(layout, 'let n = 0\nexport default () => `<p>${++n}</p>\\n`\n')
    const withLayout = {...settings, layout, css: false as const}
    await writeSite(sampleRecords(), withLayout, root)
    const second = await writeSite(sampleRecords(), withLayout, root)
    expect(second.files).toContain('index.html')
  })
})

describe('stableJson', () => {
  it('writes the keys of objects in order and leaves out what JSON leaves out', () => {
    expect(stableJson({b: 1, a: [{d: undefined, c: 'x'}], e: new URL('https://a.example/')})).toBe(
      '{"a":[{"c":"x"}],"b":1,"e":"https://a.example/"}'
    )
    expect(stableJson({a: 1, b: 2})).toBe(stableJson({b: 2, a: 1}))
  })
})

describe('rebuilding a folder with nothing changed', () => {
  /**
   * Modification time and inode of every file of a folder.
   *
   * @param root
   *   Folder.
   * @returns
   *   By relative path.
   */
  async function stamps(root: string): Promise<Record<string, string>> {
    const found: Record<string, string> = {}
    for (const entry of await readdir(root, {recursive: true, withFileTypes: true})) {
      if (!entry.isFile()) continue
      const file = path.join(entry.parentPath, entry.name)
      const stats = await lstat(file)
      found[path.relative(root, file)] = `${stats.ino}:${stats.mtimeMs}`
    }

    return found
  }

  it('writes no file at all, reports every article unchanged, and writes the site pages again when an article changed', async () => {
    // Dated articles: the feeds of a list without dates show the time of each build.
    const dated = (headline: string) => '---\ndate: 2025-09-04T10:30:00+03:00\n---\n' + article(headline)
    const input = await makeTree({'a.txt': dated('أ'), 'sport/b.txt': dated('ب')})
    folders.push(input)
    // Older than the last build by more than its margin, as in a real folder: trusted by size and time.
    const old = Date.now() / 1000 - 120
    for (const name of ['a.txt', 'sport/b.txt']) await utimes(path.join(input, name), old, old)
    const output = path.join(input, 'out')
    const build = async () => {
      const result = await run(['build', input, '-o', output, '-j', '1', '--json', '--base-url', BASE_URL])
      return (JSON.parse(result.stdout) as {summary: Record<string, number>}).summary
    }

    expect(await build()).toMatchObject({written: 2, unchanged: 0})
    const before = await stamps(output)
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['index.html', 'sitemap.xml', '.arabic-news-site.json']))
    expect(await build()).toMatchObject({written: 0, unchanged: 2})
    expect(await stamps(output)).toEqual(before)

    await writeFile(path.join(input, 'a.txt'), dated('عنوان آخر'))
    expect(await build()).toMatchObject({written: 1, unchanged: 1})
    const after = await stamps(output)
    expect(after['index.html']).not.toBe(before['index.html'])
    expect(after['sport/b.html']).toBe(before['sport/b.html'])
    expect(await readFile(path.join(output, 'index.html'), 'utf8')).toContain('عنوان آخر')
  })
})
