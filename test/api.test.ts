import * as api from 'remark-arabic-news'
import {describe, expect, it} from 'vitest'

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })

  it('documents every default', () => {
    // Every `DEFAULT_*` export, with its value: a new default fails here until it is listed.
    const expected: Record<string, unknown> = {
      DEFAULT_AGENCIES: api.DEFAULT_AGENCIES,
      DEFAULT_ARTICLE_BODY: false,
      DEFAULT_ASIDES: true,
      DEFAULT_DATELINE: true,
      DEFAULT_DESCRIPTION_MAX_LENGTH: 160,
      DEFAULT_DIGITS: 'locale',
      DEFAULT_DIRECTION: 'rtl',
      DEFAULT_DOCUMENT_DIRECTION: 'rtl',
      DEFAULT_DOCUMENT_LANGUAGE: 'ar',
      DEFAULT_FRONT_MATTER: true,
      DEFAULT_HEADLINE_FROM_FIRST_LINE: true,
      DEFAULT_HEADLINE_MAX_LENGTH: 110,
      DEFAULT_HIJRI: false,
      DEFAULT_IN_LANGUAGE: 'ar',
      DEFAULT_ISOLATE_LTR: true,
      DEFAULT_KEEP_INLINE: false,
      DEFAULT_LANGUAGE: 'ar',
      DEFAULT_LINE_BREAKS: 'paragraph',
      DEFAULT_MAX_HEADLINE_WORDS: 30,
      DEFAULT_MAX_MESSAGES_PER_RULE: 5,
      DEFAULT_MAX_QUOTE_PARAGRAPHS: 4,
      DEFAULT_MAX_SUBHEADING_WORDS: 10,
      DEFAULT_MIN_BLOCK_WORDS: 6,
      DEFAULT_OPEN_GRAPH: true,
      DEFAULT_RESPONSIVE: true,
      DEFAULT_SCRIPT: true,
      DEFAULT_SPEECH_VERBS: [],
      DEFAULT_SPLIT_JOINED_PARAGRAPHS: true,
      DEFAULT_SUBHEADINGS: true,
      DEFAULT_TIME_ZONE: 'UTC',
      DEFAULT_TITLES: [],
      DEFAULT_TITLE_SEPARATOR: ' - ',
      DEFAULT_TWITTER: true
    }
    const exported = Object.fromEntries(Object.entries(api).filter(([name]) => name.startsWith('DEFAULT_')))
    expect(exported).toEqual(expected)
    expect(api.DEFAULT_AGENCIES).toContain('رويترز')
  })
})

describe('arabicNews', () => {
  it('renders text to an RTL article', async () => {
    expect(String(await api.arabicNews({jsonLd: false}).process('العنوان\n\nالنص'))).toBe(
      '<article dir="rtl" lang="ar">\n<h1>العنوان</h1>\n<p>النص</p>\n</article>\n'
    )
  })

  it('adds the NewsArticle JSON-LD by default', async () => {
    const html = String(await api.arabicNews().process('العنوان\n\nالنص'))
    expect(html).toMatch(
      /^<article dir="rtl" lang="ar">\n<h1>العنوان<\/h1>\n<p>النص<\/p>\n<\/article>\n<script type="application\/ld\+json">\{/
    )
  })

  it('makes a full page with `document`', async () => {
    const html = String(await api.arabicNews({document: true}).process('العنوان\n\nالنص'))
    expect(html).toMatch(/^<!doctype html>\n<html dir="rtl" lang="ar">/)
    expect(html).toContain('<title>العنوان</title>')
  })

  it('takes language and direction', async () => {
    const html = String(await api.arabicNews({language: 'ar-EG', direction: 'auto'}).process('نص'))
    expect(html).toMatch(/^<article dir="auto" lang="ar-EG">/)
  })

  it('lets front matter override language and direction', async () => {
    const html = String(await api.arabicNews({language: 'ar-EG'}).process('---\nlanguage: fa\ndir: rtl\n---\nنص'))
    expect(html).toMatch(/^<article dir="rtl" lang="fa">/)
  })

  it('throws a TypeError naming the option', () => {
    expect(() => api.arabicNews('x' as never)).toThrow(TypeError)
    expect(() => api.arabicNews({language: 'arabic language'}).freeze()).toThrow(/`language`/)
    expect(() => api.arabicNews({direction: 'up' as never}).freeze()).toThrow(/`direction`/)
    expect(() => api.arabicNews({structure: {lineBreaks: 'x' as never}}).freeze()).toThrow(/`lineBreaks`/)
  })

  it('never throws on odd strings', async () => {
    for (const value of ['', ' ', '\u0000', '\uD800', '---', '«', '»«', '"', '\u202E', '---\n: :\n---', '<<<>>>']) {
      await expect(api.arabicNews().process(value)).resolves.toBeDefined()
    }
  })
})
