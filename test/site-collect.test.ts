/**
 * The lists of a site: articles latest first (undated ones last, by
 * headline), and one list for names that make the same folder.
 */

import {describe, expect, it} from 'vitest'
import type {ArticleRecord} from '../src/cli/site/record.js'
import {latestFirst, siteLists} from '../src/cli/site/collect.js'

function record(headline: string, fields: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    input: headline + '.txt',
    output: headline + '.html',
    url: '/' + headline + '.html',
    headline,
    language: 'ar',
    authors: [],
    ...fields
  }
}

describe('site lists', () => {
  const dated = record('b', {
    authors: ['sara', 'Sara', 'sara'],
    section: 'sport',
    datePublished: '2025-01-02T00:00:00Z'
  })
  const undated = record('a', {authors: ['Sara'], section: 'Sport'})
  const badDate = record('c', {datePublished: 'not a date'})

  it('put dated articles first, then the others by headline, an unreadable date counting as none', () => {
    expect(latestFirst([undated, badDate, dated]).map((item) => item.headline)).toEqual(['b', 'a', 'c'])
  })

  it('make one list of the spellings of a name, named by the spelling that sorts first, each article once', () => {
    const lists = siteLists(latestFirst([dated, undated, badDate]))
    expect(
      lists.map((list) => [list.kind, list.name, list.folder, list.articles.map((item) => item.headline)])
    ).toEqual([
      ['home', undefined, '', ['b', 'a', 'c']],
      ['section', 'Sport', 'sections/sport/', ['b', 'a']],
      ['author', 'Sara', 'authors/sara/', ['b', 'a']]
    ])
  })
})
