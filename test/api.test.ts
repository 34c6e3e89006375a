import * as api from 'remark-arabic-news'
import {describe, expect, it} from 'vitest'

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })

  it('documents every default', () => {
    expect(api.DEFAULT_LANGUAGE).toBe('ar')
    expect(api.DEFAULT_DIRECTION).toBe('rtl')
    expect(api.DEFAULT_FRONT_MATTER).toBe(true)
    expect(api.DEFAULT_SPLIT_JOINED_PARAGRAPHS).toBe(true)
    expect(api.DEFAULT_LINE_BREAKS).toBe('paragraph')
    expect(api.DEFAULT_HEADLINE_FROM_FIRST_LINE).toBe(true)
    expect(api.DEFAULT_MAX_HEADLINE_WORDS).toBe(30)
    expect(api.DEFAULT_SUBHEADINGS).toBe(true)
    expect(api.DEFAULT_MAX_SUBHEADING_WORDS).toBe(10)
    expect(api.DEFAULT_DATELINE).toBe(true)
    expect(api.DEFAULT_ASIDES).toBe(true)
    expect(api.DEFAULT_ISOLATE_LTR).toBe(true)
    expect(api.DEFAULT_AGENCIES).toContain('رويترز')
    expect(api.DEFAULT_DIGITS).toBe('locale')
    expect(api.DEFAULT_HIJRI).toBe(false)
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
