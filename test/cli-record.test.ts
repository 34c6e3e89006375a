/**
 * The record of a built article is read from its resolved facts, and a
 * record read back from JSON is checked field by field.
 */

import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {arabicNews} from '../src/arabic-news.js'
import {asRecord, recordOf} from '../src/cli/article-record.js'

const place = {
  input: 'economy/port.txt',
  output: 'economy/port.html',
  url: 'https://news.example.com/economy/port.html'
}

describe('recordOf', () => {
  it('reads the facts of a processed file, the input folder standing for a missing section', async () => {
    const file = new VFile({
      path: 'economy/port.txt',
      value: '---\ntitle: توسعة الميناء\ndate: 2025-09-05T09:30:00+03:00\nauthor: سارة العلي\n---\nجدة - نص الخبر.\n'
    })
    await arabicNews().process(file)
    expect(recordOf(file, {...place, baseUrl: 'https://news.example.com/'})).toEqual({
      ...place,
      headline: 'توسعة الميناء',
      language: 'ar',
      authors: ['سارة العلي'],
      description: expect.any(String),
      // YAML reads an unquoted date as an instant: it is kept in UTC.
      datePublished: '2025-09-05T06:30:00+00:00',
      section: 'economy'
    })
  })

  it('refuses a file the preset never processed, rather than guess from other data', () => {
    const file = new VFile({path: 'a.txt', value: 'نص'})
    file.data.newsArticle = {'@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'عنوان'}
    expect(() => recordOf(file, place)).toThrow(/articleFacts/)
  })
})

describe('asRecord', () => {
  const valid = {...place, headline: 'عنوان', language: 'ar', authors: ['سارة العلي']}

  it('keeps a valid record and its optional text fields', () => {
    expect(asRecord({...valid, section: 'اقتصاد', extra: 1})).toEqual({...valid, section: 'اقتصاد'})
  })

  it('refuses what is not a record, a missing field, a wrong type or an author that is not text', () => {
    expect(asRecord(null)).toBeUndefined()
    expect(asRecord([valid])).toBeUndefined()
    expect(asRecord({...valid, headline: undefined})).toBeUndefined()
    expect(asRecord({...valid, authors: 'سارة العلي'})).toBeUndefined()
    expect(asRecord({...valid, authors: [1]})).toBeUndefined()
    expect(asRecord({...valid, datePublished: 20250905})).toBeUndefined()
  })
})
