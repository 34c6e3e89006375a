import {describe, expect, it} from 'vitest'
import {
  buildNewsArticle,
  deriveHeadline,
  readMentions,
  type NewsArticleSettings,
  type TextData
} from '../src/metadata/news-article.js'
import type {FrontMatter, QuoteData} from '../src/types.js'

const settings: NewsArticleSettings = {
  timeZone: 'Asia/Riyadh',
  language: 'ar',
  organizations: [],
  articleBody: false,
  headlineMaxLength: 110,
  descriptionMaxLength: 160,
  now: () => Date.UTC(2025, 8, 10)
}

const lead =
  'أعلنت وزارة الصحة اليوم الخميس افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية بطاقة استيعابية تبلغ ألف سرير.'

function build(matter: FrontMatter, text: TextData = {}, overrides: Partial<NewsArticleSettings> = {}) {
  return buildNewsArticle(matter, text, {...settings, ...overrides})
}

function px(value: number) {
  return {'@type': 'QuantitativeValue', value, unitCode: 'E37'}
}

function quote(speaker: string | undefined, kind: QuoteData['kind'] = 'block'): QuoteData {
  return {text: 'نص', kind, open: '«', close: '»', speaker}
}

describe('buildNewsArticle', () => {
  it('invents nothing: without data only the type and language remain', () => {
    const result = build({})
    expect(result.article).toEqual({'@context': 'https://schema.org', '@type': 'NewsArticle', inLanguage: 'ar'})
    expect(result.problems).toEqual([])
    expect(result.published).toBeUndefined()
  })

  it('takes the headline from front matter, then from the text', () => {
    expect(build({title: ' عنوان  من الترويسة '}, {headline: 'عنوان من النص'}).article.headline).toBe(
      'عنوان من الترويسة'
    )
    expect(build({headline: 'أ', title: 'ب'}).article.headline).toBe('أ')
    const fromText = build({}, {headline: 'عنوان من النص', lead})
    expect(fromText.article.headline).toBe('عنوان من النص')
    expect(fromText.headlineDerived).toBe(false)
    expect(fromText.problems).toEqual([])
  })

  it('derives a headline from the lead and says so', () => {
    const result = build({}, {lead})
    expect(result.article.headline).toBe(lead.slice(0, -1))
    expect(result.headlineDerived).toBe(true)
    expect(result.problems.map((problem) => problem.ruleId)).toEqual(['derived-headline'])
  })

  it('derives headlines that fit', () => {
    expect(deriveHeadline(lead, 110)).toBe(lead.slice(0, -1))
    expect(deriveHeadline('الجملة الأولى قصيرة. ' + 'والثانية طويلة جدا '.repeat(10), 60)).toBe('الجملة الأولى قصيرة')
    const cut = deriveHeadline(lead, 40) ?? ''
    expect(cut.endsWith('…')).toBe(true)
    expect([...cut].length).toBeLessThanOrEqual(40)
    expect(deriveHeadline('   ', 40)).toBeUndefined()
  })

  it('takes the description from front matter, else the lead cut at a word', () => {
    expect(build({description: 'ملخص'}, {lead}).article.description).toBe('ملخص')
    expect(build({}, {lead}).article.description).toBe(lead)
    const short = build({}, {lead}, {descriptionMaxLength: 50}).article.description
    expect(short).toMatch(/…$/)
    expect(lead.startsWith(String(short).slice(0, -1))).toBe(true)
  })

  it('writes dates with the offset of the time zone', () => {
    const result = build({date: '2025-09-04', modified: '2025-09-04T18:45'})
    expect(result.article.datePublished).toBe('2025-09-04T00:00:00+03:00')
    expect(result.article.dateModified).toBe('2025-09-04T18:45:00+03:00')
    expect(result.published?.weekday).toBe(4)
    expect(build({datePublished: '2025-09-04', date: '2025-01-01'}).article.datePublished).toBe(
      '2025-09-04T00:00:00+03:00'
    )
    expect(build({published: new Date('2025-09-04')}, {}, {timeZone: 'America/New_York'}).article.datePublished).toBe(
      '2025-09-04T00:00:00-04:00'
    )
  })

  it('lets front matter choose the time zone', () => {
    expect(build({date: '2025-09-04', timeZone: 'Africa/Cairo'}).article.datePublished).toBe(
      '2025-09-04T00:00:00+03:00'
    )
    expect(build({date: '2025-01-04', timezone: 'Africa/Cairo'}).article.datePublished).toBe(
      '2025-01-04T00:00:00+02:00'
    )
    const bad = build({date: '2025-09-04', timeZone: 'Cairo'})
    expect(bad.article.datePublished).toBe('2025-09-04T00:00:00+03:00')
    expect(bad.problems).toContainEqual(expect.objectContaining({ruleId: 'invalid-time-zone', key: 'timeZone'}))
  })

  it('reports invalid dates and leaves them out', () => {
    const result = build({date: '04/09/2025'})
    expect(result.article.datePublished).toBeUndefined()
    expect(result.problems).toContainEqual(expect.objectContaining({ruleId: 'invalid-date', key: 'date'}))
  })

  it('warns about a publication date in the future, relative to `now`', () => {
    expect(build({date: '2025-09-11'}).problems).toContainEqual(
      expect.objectContaining({ruleId: 'future-date', key: 'date'})
    )
    expect(build({date: '2025-09-09'}).problems).toEqual([])
    expect(build({date: '2025-09-11'}, {}, {now: () => Date.UTC(2030, 0, 1)}).problems).toEqual([])
  })

  it('warns about a modification before the publication', () => {
    const result = build({date: '2025-09-04T10:00', modified: '2025-09-03'})
    expect(result.problems).toContainEqual(
      expect.objectContaining({ruleId: 'modified-before-published', key: 'modified'})
    )
  })

  it('writes one object per author, with URL, and tells organisations', () => {
    const result = build(
      {
        author: [
          'سارة أحمد',
          {name: 'بقلم: محمد علي', url: '/authors/mohammed', sameAs: ['https://x.example/m']},
          'وكالة الأنباء السعودية (واس)'
        ]
      },
      {},
      {baseUrl: 'https://alufuq.example/'}
    )
    expect(result.article.author).toEqual([
      {'@type': 'Person', name: 'سارة أحمد'},
      {
        '@type': 'Person',
        name: 'محمد علي',
        url: 'https://alufuq.example/authors/mohammed',
        sameAs: 'https://x.example/m'
      },
      {'@type': 'Organization', name: 'وكالة الأنباء السعودية (واس)'}
    ])
  })

  it('splits a list of names written in one string, and drops repeats', () => {
    expect(build({authors: 'سارة أحمد، محمد علي, سارة أحمد'}).article.author).toEqual([
      {'@type': 'Person', name: 'سارة أحمد'},
      {'@type': 'Person', name: 'محمد علي'}
    ])
  })

  it('cleans names as exported by sites, and drops what is no name', () => {
    const result = build({author: '| أحمد الشميري (صنعاء) | Tuesday, 11 August 2015 - 00:00 am'})
    expect(result.article.author).toEqual([{'@type': 'Person', name: 'أحمد الشميري'}])
    expect(result.problems.map((problem) => problem.ruleId)).toEqual(['invalid-author', 'invalid-author'])
    expect(build({author: 'وكالة الأنباء السعودية (واس)'}).article.author).toEqual([
      {'@type': 'Organization', name: 'وكالة الأنباء السعودية (واس)'}
    ])
    expect(build({author: 'الرياض - واس :'}).article.author).toEqual([{'@type': 'Organization', name: 'الرياض - واس'}])
    expect(build({author: 'يوم الخميس'}).article.author).toBeUndefined()
  })

  it('respects an explicit type', () => {
    expect(build({author: {name: 'الأفق', type: 'Organization'}}).article.author).toEqual([
      {'@type': 'Organization', name: 'الأفق'}
    ])
  })

  it('drops unsafe author URLs with a problem', () => {
    const result = build({author: {name: 'سارة', url: 'javascript:alert(1)'}})
    expect(result.article.author).toEqual([{'@type': 'Person', name: 'سارة'}])
    expect(result.problems).toContainEqual(expect.objectContaining({ruleId: 'invalid-url', key: 'author'}))
  })

  it('falls back to bylines in the text, then to the default author', () => {
    const bylines: TextData = {
      asides: [
        {kind: 'byline', text: 'كتب: وائل السيد', name: 'وائل السيد'},
        {kind: 'byline', text: 'تصوير - منى الحربي', name: 'منى الحربي'},
        {kind: 'boilerplate', text: 'x'}
      ]
    }
    expect(build({}, bylines, {defaultAuthor: 'المحرر'}).article.author).toEqual([
      {'@type': 'Person', name: 'وائل السيد'}
    ])
    expect(
      build({}, {}, {defaultAuthor: {name: 'فريق الأفق', url: 'https://alufuq.example/team'}}).article.author
    ).toEqual([{'@type': 'Organization', name: 'فريق الأفق', url: 'https://alufuq.example/team'}])
    expect(build({author: 'سارة'}, bylines, {defaultAuthor: 'المحرر'}).article.author).toEqual([
      {'@type': 'Person', name: 'سارة'}
    ])
  })

  it('writes the publisher from options, or from front matter', () => {
    const publisher = {name: 'صحيفة الأفق', url: '/', logo: {url: '/logo.png', width: 600, height: 60}}
    expect(build({}, {}, {publisher, baseUrl: 'https://alufuq.example/'}).article.publisher).toEqual({
      '@type': 'Organization',
      name: 'صحيفة الأفق',
      url: 'https://alufuq.example/',
      logo: {'@type': 'ImageObject', url: 'https://alufuq.example/logo.png', width: px(600), height: px(60)}
    })
    expect(build({publisher: 'دار النشر'}, {}, {publisher}).article.publisher).toEqual({
      '@type': 'Organization',
      name: 'دار النشر'
    })
    expect(build({}, {}, {publisher: {name: 'الأفق', logo: 'https://alufuq.example/l.png'}}).article.publisher).toEqual(
      {
        '@type': 'Organization',
        name: 'الأفق',
        logo: {'@type': 'ImageObject', url: 'https://alufuq.example/l.png'}
      }
    )
  })

  it('writes images as URLs or ImageObjects, dropping bad ones', () => {
    const result = build(
      {
        images: [
          '/a.jpg',
          {src: 'https://cdn.example/b.jpg', width: 1200, height: '675', alt: 'وصف'},
          'data:image/png;base64,AAAA',
          7
        ]
      },
      {},
      {baseUrl: 'https://alufuq.example/'}
    )
    expect(result.article.image).toEqual([
      'https://alufuq.example/a.jpg',
      {'@type': 'ImageObject', url: 'https://cdn.example/b.jpg', width: px(1200), height: px(675), caption: 'وصف'}
    ])
    expect(result.problems.map((problem) => problem.ruleId)).toEqual(['invalid-url', 'invalid-front-matter'])
  })

  it('reads language, section and keywords', () => {
    const result = build({
      lang: 'AR-eg',
      section: 'اقتصاد',
      tags: ['نفط', 'أسعار', 'نفط'],
      keywords: 'أوبك، نفط, إنتاج'
    })
    expect(result.article.inLanguage).toBe('ar-EG')
    expect(result.article.articleSection).toBe('اقتصاد')
    expect(result.article.keywords).toEqual(['أوبك', 'نفط', 'إنتاج'])
    expect(build({category: ['محليات', 'صحة']}).article.articleSection).toEqual(['محليات', 'صحة'])
    const bad = build({language: 'not a tag!'})
    expect(bad.article.inLanguage).toBe('ar')
    expect(bad.problems).toContainEqual(expect.objectContaining({ruleId: 'invalid-front-matter', key: 'language'}))
  })

  it('takes the word count from the text, or counts the body', () => {
    expect(build({}, {wordCount: 250}).article.wordCount).toBe(250)
    expect(build({}, {wordCount: 0, bodyText: ['قال الوزير', 'إن الاتفاق قريب']}).article.wordCount).toBe(5)
    expect(build({}, {wordCount: 0, bodyText: []}).article.wordCount).toBeUndefined()
  })

  it('writes the dateline without trailing separators', () => {
    expect(build({}, {dateline: {text: 'القاهرة - أ ش أ:', place: 'القاهرة', agency: 'أ ش أ'}}).article.dateline).toBe(
      'القاهرة - أ ش أ'
    )
    expect(build({dateline: 'الرياض'}, {dateline: {text: 'جدة -'}}).article.dateline).toBe('الرياض')
  })

  it('mentions quoted speakers that are named persons, once each', () => {
    const quotes = [
      quote('ماريا زاخاروفا'),
      quote('مصدر أمني'),
      quote('البيان'),
      quote('فلاديمير بوتين'),
      quote('ماريا  زاخاروفا'),
      quote('كير ستارمر', 'inline'),
      quote(undefined),
      quote('فولوديمير زيلينسكي')
    ]
    expect(readMentions({quotes}, settings)).toEqual([
      {'@type': 'Person', name: 'ماريا زاخاروفا'},
      {'@type': 'Person', name: 'فلاديمير بوتين'},
      {'@type': 'Person', name: 'فولوديمير زيلينسكي'}
    ])
    expect(build({}, {quotes: [quote('مصدر أمني')]}).article.mentions).toBeUndefined()
  })

  it('writes the URL and main entity, resolving relative URLs', () => {
    const result = build({url: 'news/1'}, {}, {baseUrl: 'https://alufuq.example/ar/'})
    expect(result.article.url).toBe('https://alufuq.example/ar/news/1')
    expect(result.article.mainEntityOfPage).toEqual({'@type': 'WebPage', '@id': 'https://alufuq.example/ar/news/1'})
    const relative = build({url: '/news/1'})
    expect(relative.article.url).toBeUndefined()
    expect(relative.article.mainEntityOfPage).toBeUndefined()
    expect(relative.problems).toContainEqual(expect.objectContaining({ruleId: 'invalid-url', key: 'url'}))
  })

  it('writes isAccessibleForFree from options or front matter', () => {
    expect(build({}).article.isAccessibleForFree).toBeUndefined()
    expect(build({}, {}, {isAccessibleForFree: true}).article.isAccessibleForFree).toBe(true)
    expect(build({free: false}, {}, {isAccessibleForFree: true}).article.isAccessibleForFree).toBe(false)
    expect(build({isAccessibleForFree: 'yes'}).problems).toContainEqual(
      expect.objectContaining({ruleId: 'invalid-front-matter'})
    )
  })

  it('adds the article body only when asked', () => {
    const text: TextData = {bodyText: ['الفقرة  الأولى', 'الفقرة الثانية']}
    expect(build({}, text).article.articleBody).toBeUndefined()
    expect(build({}, text, {articleBody: true}).article.articleBody).toBe('الفقرة الأولى\n\nالفقرة الثانية')
    const withByline: TextData = {
      bodyText: ['كتب: سارة', 'الفقرة'],
      asides: [{kind: 'byline', text: 'كتب: سارة', name: 'سارة'}]
    }
    expect(build({}, withByline, {articleBody: true}).article.articleBody).toBe('الفقرة')
  })

  it('writes properties in a stable order', () => {
    const result = build(
      {
        title: 'ع',
        description: 'و',
        date: '2025-09-04',
        modified: '2025-09-05',
        author: 'س',
        image: 'https://a.example/i.jpg',
        section: 'ق',
        tags: 'ك',
        url: 'https://a.example/n',
        free: true
      },
      {wordCount: 3, dateline: {text: 'جدة'}, quotes: [quote('كير ستارمر')], bodyText: ['ن']},
      {publisher: {name: 'ن'}, articleBody: true}
    )
    expect(Object.keys(result.article)).toEqual([
      '@context',
      '@type',
      'headline',
      'description',
      'datePublished',
      'dateModified',
      'author',
      'publisher',
      'image',
      'inLanguage',
      'articleSection',
      'keywords',
      'wordCount',
      'dateline',
      'mentions',
      'url',
      'mainEntityOfPage',
      'isAccessibleForFree',
      'articleBody'
    ])
  })
})
