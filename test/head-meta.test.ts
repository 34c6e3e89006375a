/**
 * The head tags of full pages are written directly (`src/metadata/head.ts`)
 * rather than through `rehype-meta`, whose selector lookups cost more than
 * the rest of the head. This test keeps the two in step: for any fields,
 * the tags written are the ones `rehype-meta` writes for the same options,
 * with the two changes the package has always made to them (dates keep the
 * offset they were given instead of being turned into UTC, and the Twitter
 * label of the section is in the page's language).
 */

import fc from 'fast-check'
import type {Element, Root} from 'hast'
import {toHtml} from 'hast-util-to-html'
import rehypeDocument from 'rehype-document'
import rehypeMeta, {type Options as MetaOptions} from 'rehype-meta'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {writeHeadMeta, type HeadFields} from '../src/metadata/head.js'

describe('head tags', () => {
  it('are the tags rehype-meta writes for the same fields', () => {
    fc.assert(
      fc.property(headFields(), (fields) => {
        expect(headWith((head) => writeHeadMeta(head, fields))).toBe(headThroughRehypeMeta(fields))
      }),
      {numRuns: 300}
    )
  })

  it('write the section label in Arabic on an Arabic page, in English otherwise', () => {
    const fields: HeadFields = {...emptyFields(), section: 'اقتصاد', language: 'ar-EG'}
    expect(headWith((head) => writeHeadMeta(head, fields))).toContain('content="القسم"')
    expect(headWith((head) => writeHeadMeta(head, {...fields, language: 'en'}))).toContain('content="Posted in"')
  })
})

/** Fields with nothing to say. */
function emptyFields(): HeadFields {
  return {og: true, twitter: true, title: 'عنوان', separator: ' | ', keywords: [], images: [], language: 'ar'}
}

/** Any fields the document plugin can pass. */
function headFields(): fc.Arbitrary<HeadFields> {
  const text = fc.string({unit: fc.constantFrom('ا', 'ب', 'س', 'a', 'Z', '1', ' ', '&', '"', '<'), minLength: 1})
  const optional = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(value, {nil: undefined})
  const image = fc.record({
    url: fc.webUrl(),
    width: optional(fc.integer({min: 1, max: 4000})),
    height: optional(fc.integer({min: 1, max: 4000})),
    alt: optional(text)
  })
  return fc.record({
    og: fc.boolean(),
    twitter: fc.boolean(),
    title: text,
    siteName: optional(text),
    separator: fc.constantFrom(' | ', ' - ', ' — '),
    description: optional(text),
    url: optional(fc.webUrl({withQueryParameters: true, withFragments: true}).map((value) => canonical(value))),
    published: optional(isoDate()),
    modified: optional(isoDate()),
    section: optional(text),
    keywords: fc.array(text, {maxLength: 8}),
    author: optional(text),
    images: fc.array(image, {maxLength: 8}),
    siteTwitter: optional(fc.stringMatching(/^@?[a-z_]{1,12}$/)),
    language: fc.constantFrom('ar', 'ar-EG', 'en', 'fr')
  })
}

/** An ISO 8601 date with an offset other than `Z`, as front matter gives it. */
function isoDate(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.date({min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true}),
      fc.integer({min: -12, max: 14})
    )
    .map(([date, hours]) => {
      const local = new Date(date.getTime() + hours * 3_600_000).toISOString().slice(0, 19)
      const sign = hours < 0 ? '-' : '+'
      return `${local}${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`
    })
}

/** A URL as the document plugin gives it: origin, path, query and fragment. */
function canonical(value: string): string {
  const url = new URL(value)
  return url.origin + url.pathname + url.search + url.hash
}

/**
 * The `<head>` of an empty `rehype-document` page after `change`, as HTML.
 *
 * @param change
 *   What to do to the head (and the page).
 * @returns
 *   HTML of the head.
 */
function headWith(change: (head: Element, page: Root) => undefined): string {
  const page = rehypeDocument({title: 'x'})({type: 'root', children: []}, new VFile())
  const head = findHead(page)
  // The tags start on a line of their own; rehype-document ends the head with a line break.
  if (head.children.at(-1)?.type === 'text') head.children.pop()
  change(head, page)
  return toHtml(head)
}

/**
 * The head `rehype-meta` writes for the fields, as the document plugin used
 * to call it.
 *
 * @param fields
 *   Fields.
 * @returns
 *   HTML of the head.
 */
function headThroughRehypeMeta(fields: HeadFields): string {
  const options: MetaOptions = {
    og: fields.og,
    twitter: fields.twitter,
    type: 'article',
    title: fields.title,
    name: fields.siteName,
    separator: fields.separator,
    description: fields.description,
    published: fields.published,
    modified: fields.modified,
    section: fields.section,
    tags: [...fields.keywords],
    author: fields.author,
    image: fields.images.map((image) => ({...image})),
    siteTwitter: fields.siteTwitter
  }
  if (fields.url) {
    const url = new URL(fields.url)
    options.origin = url.origin
    options.pathname = url.pathname + url.search + url.hash
  }

  return headWith((head, page) => {
    rehypeMeta(options)(page, new VFile())
    keepOffsetsAndLabels(head, fields)
    return undefined
  })
}

/** The two changes made to rehype-meta's tags: dates as given, a local label. */
function keepOffsetsAndLabels(head: Element, fields: HeadFields): undefined {
  const arabic = fields.language.split('-')[0] === 'ar'
  for (const child of head.children) {
    if (child.type !== 'element' || child.tagName !== 'meta') continue
    const {property, name, content} = child.properties
    if (property === 'article:published_time' && fields.published) child.properties['content'] = fields.published
    if (property === 'article:modified_time' && fields.modified) child.properties['content'] = fields.modified
    if (arabic && name === 'twitter:label1' && content === 'Posted in') child.properties['content'] = 'القسم'
  }

  return undefined
}

/** The `<head>` of a page. */
function findHead(page: Root): Element {
  const html = page.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html')
  const head = html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head')
  if (!head) throw new Error('rehype-document made no head')
  return head
}
