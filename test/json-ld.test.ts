import {readFileSync} from 'node:fs'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {
  arabicNews,
  DEFAULT_ARTICLE_BODY,
  DEFAULT_DESCRIPTION_MAX_LENGTH,
  DEFAULT_HEADLINE_MAX_LENGTH,
  DEFAULT_IN_LANGUAGE,
  DEFAULT_SCRIPT,
  DEFAULT_TIME_ZONE,
  rehypeArabicNewsJsonLd,
  type ArabicNewsOptions,
  type JsonLdOptions
} from 'remark-arabic-news'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkRehype from 'remark-rehype'
import {rehypeArabicNewsArticle} from '../src/rehype-arabic-news-article.js'
import {normalizeJsonLdOptions} from '../src/rehype-arabic-news-json-ld.js'
import {remarkArabicNewsParse} from '../src/remark-arabic-news-parse.js'
import {remarkArabicNewsQuotes} from '../src/remark-arabic-news-quotes.js'
import {remarkArabicNewsStructure} from '../src/remark-arabic-news-structure.js'

const seed = readFileSync(new URL('../../shared/seed-article.txt', import.meta.url), 'utf8')
const publisher = {name: 'صحيفة الأفق', url: 'https://alufuq.example/', logo: 'https://alufuq.example/logo.png'}
const now = '2026-01-01T00:00:00Z'

async function run(text: string, options: ArabicNewsOptions = {}, extra?: (file: VFile) => void) {
  const file = new VFile({value: text})
  extra?.(file)
  await arabicNews(options).process(file)
  return file
}

function ruleIds(file: VFile): Array<string | undefined> {
  return file.messages.map((message) => message.ruleId)
}

function withDate(date: string): string {
  return '---\ndate: ' + date + '\n---\n' + seed
}

describe('rehypeArabicNewsJsonLd defaults', () => {
  it('has documented defaults', () => {
    expect(DEFAULT_TIME_ZONE).toBe('UTC')
    expect(DEFAULT_IN_LANGUAGE).toBe('ar')
    expect(DEFAULT_HEADLINE_MAX_LENGTH).toBe(110)
    expect(DEFAULT_DESCRIPTION_MAX_LENGTH).toBe(160)
    expect(DEFAULT_ARTICLE_BODY).toBe(false)
    expect(DEFAULT_SCRIPT).toBe(true)
  })

  it('applies the defaults when no options are given', () => {
    const settings = normalizeJsonLdOptions(undefined)
    expect(settings).toMatchObject({
      timeZone: DEFAULT_TIME_ZONE,
      language: DEFAULT_IN_LANGUAGE,
      headlineMaxLength: DEFAULT_HEADLINE_MAX_LENGTH,
      descriptionMaxLength: DEFAULT_DESCRIPTION_MAX_LENGTH,
      articleBody: DEFAULT_ARTICLE_BODY,
      script: DEFAULT_SCRIPT,
      organizations: []
    })
    expect(settings.baseUrl).toBeUndefined()
    expect(settings.publisher).toBeUndefined()
    expect(Math.abs(settings.now() - Date.now())).toBeLessThan(60_000)
  })

  it('throws a TypeError naming the option', () => {
    const cases: Array<[unknown, string]> = [
      ['yes', 'options'],
      [{timeZone: 'Mars/Olympus'}, 'timeZone'],
      [{language: 'not a tag!'}, 'language'],
      [{baseUrl: '/relative'}, 'baseUrl'],
      [{baseUrl: 'javascript:alert(1)'}, 'baseUrl'],
      [{publisher: {url: 'https://a.example'}}, 'publisher'],
      [{publisher: {name: 'ن', logo: 'data:image/png;base64,AA'}}, 'publisher.logo'],
      [{defaultAuthor: 42}, 'defaultAuthor'],
      [{organizations: 'واس'}, 'organizations'],
      [{isAccessibleForFree: 'yes'}, 'isAccessibleForFree'],
      [{articleBody: 1}, 'articleBody'],
      [{script: 'no'}, 'script'],
      [{headlineMaxLength: 3}, 'headlineMaxLength'],
      [{descriptionMaxLength: 1.5}, 'descriptionMaxLength'],
      [{now: 'tomorrow'}, 'now']
    ]
    for (const [options, name] of cases) {
      expect(() => normalizeJsonLdOptions(options as JsonLdOptions), name).toThrow(TypeError)
      expect(() => normalizeJsonLdOptions(options as JsonLdOptions), name).toThrow('`' + name + '`')
    }
  })

  it('accepts `now` as Date, timestamp, string or function', () => {
    const instant = Date.UTC(2025, 0, 1)
    for (const value of [new Date(instant), instant, '2025-01-01T00:00:00Z', () => new Date(instant), () => instant]) {
      expect(normalizeJsonLdOptions({now: value}).now()).toBe(instant)
    }

    expect(() => normalizeJsonLdOptions({now: () => Number.NaN}).now()).toThrow(TypeError)
  })
})

describe('rehypeArabicNewsJsonLd on the seed article', () => {
  it('describes the seed article with a derived headline', async () => {
    const file = await run(withDate('2025-09-04'), {jsonLd: {publisher, now}})
    const article = file.data.newsArticle
    expect(article).toBeDefined()
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      inLanguage: 'ar',
      datePublished: '2025-09-04T00:00:00+00:00',
      publisher: {
        '@type': 'Organization',
        name: 'صحيفة الأفق',
        logo: {'@type': 'ImageObject', url: 'https://alufuq.example/logo.png'}
      }
    })
    const data = article as unknown as Record<string, unknown>
    expect(String(data['headline'])).toMatch(/^التقى المبعوث الأميركي الخاص ستيف ويتكوف/)
    expect([...String(data['headline'])].length).toBeLessThanOrEqual(DEFAULT_HEADLINE_MAX_LENGTH)
    expect(data['wordCount']).toBeGreaterThan(300)
    expect(data).not.toHaveProperty('author')
    expect(data).not.toHaveProperty('image')
    expect(data).not.toHaveProperty('dateModified')
    expect(data).not.toHaveProperty('url')
    // One message for the missing headline, from the structure plugin, at the first block.
    const missing = file.messages.filter((message) => message.ruleId === 'missing-headline')
    expect(missing.map((message) => [message.source, message.line])).toEqual([['remark-arabic-news', 4]])
    expect(ruleIds(file)).not.toContain('derived-headline')
    expect(ruleIds(file)).not.toContain('weekday-mismatch')
  })

  it('writes the date with the offset of the configured time zone', async () => {
    const file = await run(withDate('2025-09-04'), {jsonLd: {timeZone: 'Asia/Riyadh', now}})
    expect(file.data.newsArticle).toMatchObject({datePublished: '2025-09-04T00:00:00+03:00'})
  })

  it('warns where the text names another weekday as today', async () => {
    const file = await run(withDate('2025-09-05'), {jsonLd: {timeZone: 'Asia/Riyadh', now}})
    const warnings = file.messages.filter((message) => message.ruleId === 'weekday-mismatch')
    expect(warnings.length).toBe(3)
    const first = warnings[0]
    expect(first?.source).toBe('remark-arabic-news')
    expect(first?.reason).toContain('Friday 2025-09-05')
    // The first «اليوم الخميس» is in the first line of the body (line 4).
    const line = seed.split('\n')[0] ?? ''
    expect(first?.place).toEqual({
      start: {line: 4, column: line.indexOf('اليوم الخميس') + 1, offset: expect.any(Number)},
      end: {line: 4, column: line.indexOf('اليوم الخميس') + 13, offset: expect.any(Number)}
    })
  })

  it('reads the weekday in the article’s time zone', async () => {
    // 22:30 in New York on Wednesday is Thursday in Riyadh.
    const text = '---\ndate: 2025-09-03T22:30:00-04:00\n---\nعنوان\n\nأعلنت الوزارة اليوم الخميس نتائج الامتحانات.'
    expect(ruleIds(await run(text, {jsonLd: {timeZone: 'Asia/Riyadh', now}}))).not.toContain('weekday-mismatch')
    expect(ruleIds(await run(text, {jsonLd: {timeZone: 'America/New_York', now}}))).toContain('weekday-mismatch')
  })

  it('warns about a date in the future relative to `now`, at the date’s line', async () => {
    const file = await run(withDate('2025-09-04'), {jsonLd: {now: '2025-09-01T00:00:00Z'}})
    const future = file.messages.find((message) => message.ruleId === 'future-date')
    expect(future?.line).toBe(2)
    expect(future?.column).toBe(1)
    expect(ruleIds(await run(withDate('2025-09-04'), {jsonLd: {now}}))).not.toContain('future-date')
  })

  it('mentions quoted speakers recorded by the quotation plugin', async () => {
    const speakers = ['ماريا زاخاروفا', 'ماريا زاخاروفا', 'فلاديمير بوتين', 'فولوديمير زيلينسكي', 'مصدر أمني']
    const processor = unified()
      .use(rehypeParse, {fragment: true})
      .use(rehypeArabicNewsJsonLd, {now})
      .use(rehypeStringify)
    const file = new VFile({value: '<h1>عنوان</h1><p>نص</p>'})
    file.data.arabicNews = {
      headline: 'عنوان',
      lead: 'نص',
      asides: [],
      subheadings: [],
      wordCount: 1,
      bodyText: ['نص'],
      quotes: speakers.map((speaker) => ({text: 'قول', kind: 'block' as const, open: '«', close: '»', speaker}))
    }
    await processor.process(file)
    expect(file.data.newsArticle).toMatchObject({
      mentions: [
        {'@type': 'Person', name: 'ماريا زاخاروفا'},
        {'@type': 'Person', name: 'فلاديمير بوتين'},
        {'@type': 'Person', name: 'فولوديمير زيلينسكي'}
      ]
    })
  })

  it('warns about a derived headline at the lead when the structure plugin did not run', async () => {
    const file = await unified()
      .use(rehypeParse, {fragment: true})
      .use(rehypeArabicNewsJsonLd, {now})
      .use(rehypeStringify)
      .process('<p>أعلنت الوزارة النتائج.</p>\n<p>فقرة ثانية.</p>')
    expect(file.data.newsArticle).toMatchObject({headline: 'أعلنت الوزارة النتائج'})
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['derived-headline', 1, 1]
    ])
  })

  it('mentions the seed’s speakers found by the quotation plugin', async () => {
    const file = await unified()
      .use(remarkArabicNewsParse)
      .use(remarkArabicNewsStructure)
      .use(remarkArabicNewsQuotes)
      .use(remarkRehype)
      .use(rehypeArabicNewsArticle)
      .use(rehypeArabicNewsJsonLd, {now})
      .use(rehypeStringify)
      .process(withDate('2025-09-04'))
    const names = ((file.data.newsArticle as unknown as {mentions?: Array<{name: string}>}).mentions ?? []).map(
      (person) => person.name
    )
    expect(names).toEqual(expect.arrayContaining(['ماريا زاخاروفا', 'فلاديمير بوتين', 'فولوديمير زيلينسكي']))
    expect(file.data.newsArticle).not.toHaveProperty('author')
    expect(file.data.newsArticle).not.toHaveProperty('image')
  })
})

describe('rehypeArabicNewsJsonLd output', () => {
  it('appends one script after the article', async () => {
    const file = await run('---\ntitle: عنوان\n---\nنص الخبر.', {jsonLd: {now}})
    const html = String(file)
    expect(html).toMatch(/<\/article>\n<script type="application\/ld\+json">\{.+\}<\/script>\n$/)
    expect(html.match(/<script/g)?.length).toBe(1)
  })

  it('can leave the script out and keep the data', async () => {
    const file = await run('---\ntitle: عنوان\n---\nنص الخبر.', {jsonLd: {script: false, now}})
    expect(String(file)).not.toContain('<script')
    expect(file.data.newsArticle).toMatchObject({headline: 'عنوان'})
  })

  it('is left out of the preset with `jsonLd: false`', async () => {
    const file = await run('نص الخبر.', {jsonLd: false})
    expect(String(file)).not.toContain('<script')
    expect(file.data.newsArticle).toBeUndefined()
  })

  it('passes the preset’s language on', async () => {
    const file = await run('---\ntitle: عنوان\n---\nنص.', {language: 'ar-EG', jsonLd: {now}})
    expect(file.data.newsArticle).toMatchObject({inLanguage: 'ar-EG'})
    const fromMatter = await run('---\ntitle: عنوان\nlang: ar-SA\n---\nنص.', {language: 'ar-EG', jsonLd: {now}})
    expect(fromMatter.data.newsArticle).toMatchObject({inLanguage: 'ar-SA'})
  })

  it('reads Astro’s front matter when there is no other', async () => {
    const file = await run('نص الخبر.', {jsonLd: {now}}, (file) => {
      file.data.astro = {frontmatter: {title: 'عنوان من أسترو', date: new Date('2025-09-04'), author: 'سارة أحمد'}}
    })
    expect(file.data.newsArticle).toMatchObject({
      headline: 'عنوان من أسترو',
      datePublished: '2025-09-04T00:00:00+00:00',
      author: [{'@type': 'Person', name: 'سارة أحمد'}]
    })
  })

  it('works without the structure plugin, from the tree', async () => {
    const processor = unified()
      .use(rehypeParse, {fragment: true})
      .use(rehypeArabicNewsJsonLd, {now})
      .use(rehypeStringify)
    const file = await processor.process('<h1>عنوان الخبر</h1><p>الفقرة الأولى.</p><p>الفقرة الثانية فيها كلمات.</p>')
    expect(file.data.newsArticle).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'عنوان الخبر',
      description: 'الفقرة الأولى.',
      inLanguage: 'ar',
      wordCount: 6
    })
    expect(file.messages).toEqual([])
  })

  it('gives every message a place, rule and source', async () => {
    const text =
      '---\ndate: 2031-01-01\nurl: javascript:alert(1)\nauthor: {name: سارة, url: /a}\n---\nأعلنت الوزارة اليوم الأحد النتائج.'
    const file = await run(text, {jsonLd: {now}})
    expect(ruleIds(file)).toEqual(
      expect.arrayContaining(['missing-headline', 'future-date', 'invalid-url', 'weekday-mismatch'])
    )
    for (const message of file.messages) {
      expect(message.source).toBe('remark-arabic-news')
      expect(message.line).toBeGreaterThan(0)
    }

    const url = file.messages.find((message) => message.ruleId === 'invalid-url' && message.reason.includes('`url`'))
    expect(url?.line).toBe(3)
  })
})

describe('front matter key positions', () => {
  it('records where each key is written, once, by the parser', () => {
    const file = new VFile({value: '---\ntitle: ع\ndate: 2025-09-04\n---\ndate: لا'})
    unified().use(remarkArabicNewsParse).parse(file)
    expect(file.data.matterPositions?.['date']).toEqual({
      start: {line: 3, column: 1, offset: 13},
      end: {line: 3, column: 17, offset: 29}
    })
    expect(file.data.matterPositions?.['url']).toBeUndefined()
    const plain = new VFile({value: 'date: 2025'})
    unified().use(remarkArabicNewsParse).parse(plain)
    expect(plain.data.matterPositions).toBeUndefined()
  })
})
