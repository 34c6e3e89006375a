/**
 * Metadata of real articles: the corpus index (headline, author, URL, date
 * as outlets published them) goes through the NewsArticle builder, and a
 * sample of the articles through the whole preset. The corpus is read at run
 * time from `CORPUS_DIR` (default `../shared/corpus`) and never copied.
 */

import {existsSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {arabicNews} from 'remark-arabic-news'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildNewsArticle, type NewsArticleSettings} from '../src/metadata/news-article.js'
import {serializeJsonLd} from '../src/metadata/serialize.js'
import {collapseWhiteSpace} from '../src/metadata/text.js'

const corpus = resolve(process.env['CORPUS_DIR'] ?? new URL('../../shared/corpus', import.meta.url).pathname)
const indexPath = join(corpus, 'index.tsv')
const available = existsSync(indexPath)

interface Row {
  file: string
  outlet: string
  date: string
  url: string
  title: string
  author: string
}

function readIndex(): Array<Row> {
  const [header = '', ...lines] = readFileSync(indexPath, 'utf8').split('\n').filter(Boolean)
  const columns = header.split('\t')
  return lines.map((line) => {
    const cells = line.split('\t')
    const get = (name: string) => cells[columns.indexOf(name)] ?? ''
    return {
      file: get('file'),
      outlet: get('outlet'),
      date: get('date'),
      url: get('url'),
      title: get('title'),
      author: get('author')
    }
  })
}

const settings: NewsArticleSettings = {
  timeZone: 'Asia/Riyadh',
  language: 'ar',
  organizations: [],
  articleBody: false,
  headlineMaxLength: 110,
  descriptionMaxLength: 160,
  now: () => Date.UTC(2026, 0, 1)
}

describe.skipIf(!available)('NewsArticle metadata of the corpus', () => {
  const rows = available ? readIndex() : []

  it('reads the whole index', () => {
    expect(rows.length).toBeGreaterThan(2000)
  })

  it('turns every row into a valid, script-safe NewsArticle', () => {
    let organizations = 0
    let persons = 0
    let notNames = 0

    for (const row of rows) {
      const matter: Record<string, unknown> = {title: row.title, date: row.date, url: row.url, author: row.author}
      const {article, problems} = buildNewsArticle(matter, {}, settings)
      const data = article as unknown as Record<string, unknown>
      const where = row.file

      if (row.title.trim() !== '') expect(data['headline'], where).toBe(collapseWhiteSpace(row.title))

      // Outlet dates are wall-clock time in the newsroom: same digits, with the offset.
      expect(data['datePublished'], where).toBe(row.date.replace(' ', 'T') + '+03:00')

      if (/^https?:\/\//.test(row.url)) {
        expect(data['url'], where).toBe(new URL(row.url).href)
        expect(data['mainEntityOfPage'], where).toEqual({'@type': 'WebPage', '@id': new URL(row.url).href})
      } else {
        expect(data['url'], where).toBeUndefined()
      }

      for (const author of (data['author'] ?? []) as Array<{'@type': string; name: string}>) {
        expect(author.name.trim(), where).not.toBe('')
        expect(author.name, where).not.toMatch(/^[\s|:\-–—]|[\s|:\-–—]$/)
        if (author['@type'] === 'Organization') organizations++
        else persons++
      }

      // Some exported bylines hold a date instead of a name: those are dropped and reported.
      notNames += problems.filter((problem) => problem.ruleId === 'invalid-author').length
      expect(
        problems.filter((problem) => problem.ruleId !== 'invalid-url' && problem.ruleId !== 'invalid-author'),
        where
      ).toEqual([])
      const json = serializeJsonLd(article)
      expect(json).not.toMatch(/[<>&\u2028\u2029]/)
      expect(JSON.parse(json)).toEqual(article)
    }

    // Bylines of agencies («واس - الرياض», «الوئام - رويترز:») are organisations; most others persons.
    expect(organizations).toBeGreaterThan(50)
    expect(persons).toBeGreaterThan(organizations)
    expect(notNames).toBeLessThan(rows.length / 20)
  })

  it('classifies agency bylines as organisations', () => {
    for (const row of rows.filter((item) => /^(?:واس|رويترز)\b/u.test(item.author.trim()))) {
      const {article} = buildNewsArticle({author: row.author}, {}, settings)
      const authors = (article as unknown as {author: Array<{'@type': string}>}).author
      expect(
        authors.map((author) => author['@type']),
        row.author
      ).toEqual(['Organization'])
    }
  })

  it('describes a sample of real articles through the preset', async () => {
    const sample = rows.filter((_, index) => index % 29 === 0)
    let weekdayWarnings = 0

    for (const row of sample) {
      const text = readFileSync(join(corpus, 'articles', row.file), 'utf8')
      const file = new VFile({value: text})
      file.data.astro = {frontmatter: {date: row.date, url: row.url, author: row.author || undefined}}
      await arabicNews({jsonLd: {timeZone: 'Asia/Riyadh', now: '2026-01-01T00:00:00Z'}}).process(file)
      const html = String(file)
      const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
      expect(scripts, row.file).toHaveLength(1)
      expect(JSON.parse(scripts[0]?.[1] ?? ''), row.file).toEqual(file.data.newsArticle)
      expect(file.data.newsArticle, row.file).toMatchObject({
        headline: expect.any(String),
        wordCount: expect.any(Number)
      })
      weekdayWarnings += file.messages.filter((message) => message.ruleId === 'weekday-mismatch').length
      for (const message of file.messages) {
        // Front matter handed over by a host (as Astro does) has no place in the text.
        if (message.place === undefined) expect(message.ruleId, row.file).toMatch(/^invalid-/)
        else expect(message.line, row.file).toBeGreaterThan(0)
      }
    }

    // Articles are crawled some hours after publication; a few name the day of the event, not of the crawl.
    expect(weekdayWarnings).toBeLessThan(sample.length)
  })
})
