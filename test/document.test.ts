import type {Element, Root} from 'hast'
import {HtmlValidate} from 'html-validate'
import rehypeParse from 'rehype-parse'
import rehypeStringify from 'rehype-stringify'
import {
  arabicNews,
  DEFAULT_DOCUMENT_DIRECTION,
  DEFAULT_DOCUMENT_LANGUAGE,
  DEFAULT_OPEN_GRAPH,
  DEFAULT_RESPONSIVE,
  DEFAULT_TITLE_SEPARATOR,
  DEFAULT_TWITTER,
  rehypeArabicNewsDocument,
  type ArabicNewsOptions,
  type DocumentOptions
} from 'remark-arabic-news'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {normalizeDocumentOptions, toOgLocale} from '../src/rehype-arabic-news-document.js'

const now = '2026-01-01T00:00:00Z'
const article = `---
title: افتتاح متحف الفنون الحديثة
description: متحف جديد يضم أعمال مئة فنان.
date: 2025-11-20T18:00
section: ثقافة
tags: [فنون, متاحف]
author: ندى سالم
image: {url: https://cdn.alufuq.example/museum.jpg, width: 1200, height: 800, caption: قاعة العرض}
url: https://alufuq.example/culture/museum
---
افتتحت وزارة الثقافة اليوم الخميس متحف الفنون الحديثة في وسط العاصمة.
ويضم المتحف أعمال مئة فنان من المنطقة.
`

async function page(options: ArabicNewsOptions = {}, text = article) {
  const file = await arabicNews({
    jsonLd: {timeZone: 'Asia/Riyadh', publisher: {name: 'صحيفة الأفق'}, now},
    document: true,
    ...options
  }).process(new VFile({value: text}))
  const html = String(file)
  return {file, html, tree: unified().use(rehypeParse).parse(html) as Root}
}

function elements(tree: Root, test: (node: Element) => boolean): Array<Element> {
  const found: Array<Element> = []
  visit(tree, 'element', (node) => {
    if (test(node)) found.push(node)
  })
  return found
}

function metaContent(tree: Root, key: string): Array<string> {
  return elements(
    tree,
    (node) => node.tagName === 'meta' && (node.properties['property'] === key || node.properties['name'] === key)
  ).map((node) => String(node.properties['content']))
}

describe('rehypeArabicNewsDocument defaults', () => {
  it('has documented defaults', () => {
    expect(DEFAULT_DOCUMENT_LANGUAGE).toBe('ar')
    expect(DEFAULT_DOCUMENT_DIRECTION).toBe('rtl')
    expect(DEFAULT_TITLE_SEPARATOR).toBe(' - ')
    expect(DEFAULT_OPEN_GRAPH).toBe(true)
    expect(DEFAULT_TWITTER).toBe(true)
    expect(DEFAULT_RESPONSIVE).toBe(true)
  })

  it('applies the defaults when no options are given', () => {
    expect(normalizeDocumentOptions(undefined)).toEqual({
      language: DEFAULT_DOCUMENT_LANGUAGE,
      direction: DEFAULT_DOCUMENT_DIRECTION,
      css: [],
      siteName: undefined,
      separator: DEFAULT_TITLE_SEPARATOR,
      og: DEFAULT_OPEN_GRAPH,
      twitter: DEFAULT_TWITTER,
      siteTwitter: undefined,
      responsive: DEFAULT_RESPONSIVE,
      ogLocale: undefined
    })
  })

  it('throws a TypeError naming the option', () => {
    const cases: Array<[unknown, string]> = [
      [42, 'options'],
      [{language: 'not a tag!'}, 'language'],
      [{language: 7}, 'language'],
      [{direction: 'up'}, 'direction'],
      [{css: ['']}, 'css'],
      [{css: 5}, 'css'],
      [{siteName: 1}, 'siteName'],
      [{separator: false}, 'separator'],
      [{og: 'yes'}, 'og'],
      [{twitter: 1}, 'twitter'],
      [{siteTwitter: {}}, 'siteTwitter'],
      [{responsive: 'no'}, 'responsive'],
      [{ogLocale: 3}, 'ogLocale']
    ]
    for (const [options, name] of cases) {
      expect(() => normalizeDocumentOptions(options as DocumentOptions), name).toThrow(TypeError)
      expect(() => normalizeDocumentOptions(options as DocumentOptions), name).toThrow('`' + name + '`')
    }
  })

  it('derives og:locale from the language', () => {
    expect(toOgLocale('ar')).toBe('ar_AR')
    expect(toOgLocale('ar-EG')).toBe('ar_EG')
    expect(toOgLocale('en-GB')).toBe('en_GB')
    expect(toOgLocale('en')).toBeUndefined()
    expect(toOgLocale('??')).toBeUndefined()
  })
})

describe('rehypeArabicNewsDocument', () => {
  it('makes a complete, valid right-to-left page', async () => {
    const {html, tree} = await page()
    expect(html.startsWith('<!doctype html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="utf-8">\n')).toBe(true)
    expect(elements(tree, (node) => node.tagName === 'html')).toHaveLength(1)
    expect(elements(tree, (node) => node.tagName === 'body')).toHaveLength(1)
    expect(elements(tree, (node) => node.tagName === 'article')).toHaveLength(1)
    const report = await new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {'no-trailing-whitespace': 'off', 'doctype-style': 'off'}
    }).validateString(html)
    expect(
      report.results.flatMap((result) => result.messages.map((message) => message.ruleId + ': ' + message.message))
    ).toEqual([])
  })

  it('writes title, description, canonical link, Open Graph, article and Twitter tags', async () => {
    const {tree} = await page()
    expect(
      elements(tree, (node) => node.tagName === 'title').map((node) => (node.children[0] as {value: string}).value)
    ).toEqual(['افتتاح متحف الفنون الحديثة - صحيفة الأفق'])
    expect(metaContent(tree, 'description')).toEqual(['متحف جديد يضم أعمال مئة فنان.'])
    expect(
      elements(tree, (node) => node.tagName === 'link' && String(node.properties['rel']) === 'canonical').map(
        (node) => node.properties['href']
      )
    ).toEqual(['https://alufuq.example/culture/museum'])
    expect(metaContent(tree, 'og:locale')).toEqual(['ar_AR'])
    expect(metaContent(tree, 'og:type')).toEqual(['article'])
    expect(metaContent(tree, 'og:site_name')).toEqual(['صحيفة الأفق'])
    expect(metaContent(tree, 'og:title')).toEqual(['افتتاح متحف الفنون الحديثة'])
    expect(metaContent(tree, 'og:url')).toEqual(['https://alufuq.example/culture/museum'])
    expect(metaContent(tree, 'og:image')).toEqual(['https://cdn.alufuq.example/museum.jpg'])
    expect(metaContent(tree, 'og:image:width')).toEqual(['1200'])
    expect(metaContent(tree, 'og:image:height')).toEqual(['800'])
    expect(metaContent(tree, 'og:image:alt')).toEqual(['قاعة العرض'])
    expect(metaContent(tree, 'article:published_time')).toEqual(['2025-11-20T18:00:00+03:00'])
    expect(metaContent(tree, 'article:section')).toEqual(['ثقافة'])
    expect(metaContent(tree, 'article:tag')).toEqual(['فنون', 'متاحف'])
    expect(metaContent(tree, 'author')).toEqual(['ندى سالم'])
    expect(metaContent(tree, 'twitter:card')).toEqual(['summary_large_image'])
  })

  it('localises the labels of Twitter data', async () => {
    const {html, tree} = await page()
    expect(metaContent(tree, 'twitter:label1')).toEqual(['القسم'])
    expect(metaContent(tree, 'twitter:data1')).toEqual(['ثقافة'])
    expect(html).not.toContain('Posted in')
    expect(html).not.toContain('Reading time')
  })

  it('moves the JSON-LD into the head, once', async () => {
    const {file, tree} = await page()
    const scripts = elements(tree, (node) => node.tagName === 'script')
    expect(scripts).toHaveLength(1)
    const head = elements(tree, (node) => node.tagName === 'head')[0]
    expect(head?.children).toContain(scripts[0])
    const json = (scripts[0]?.children[0] as {value: string}).value
    expect(JSON.parse(json)).toEqual(file.data.newsArticle)
  })

  it('takes language and direction from defaults < options < front matter', async () => {
    const plain = '---\ntitle: عنوان\n---\nنص.'
    const lang = (html: string) => /<html dir="([^"]+)" lang="([^"]+)">/.exec(html)?.slice(1)
    expect(lang((await page({}, plain)).html)).toEqual(['rtl', 'ar'])
    expect(lang((await page({language: 'ar-EG'}, plain)).html)).toEqual(['rtl', 'ar-EG'])
    expect(lang((await page({document: {language: 'fa', direction: 'rtl'}}, plain)).html)).toEqual(['rtl', 'fa'])
    const fromMatter = await page({language: 'ar-EG'}, '---\ntitle: Title\nlanguage: en\ndir: ltr\n---\nText.')
    expect(lang(fromMatter.html)).toEqual(['ltr', 'en'])
    expect(metaContent(fromMatter.tree, 'og:locale')).toEqual([])
    const invalid = await page({}, '---\ntitle: عنوان\nlang: 12\ndir: sideways\n---\nنص.')
    expect(lang(invalid.html)).toEqual(['rtl', 'ar'])
  })

  it('adds stylesheets and honours the switches', async () => {
    const {tree} = await page({
      document: {
        css: ['/style.css', '/print.css'],
        og: false,
        twitter: false,
        responsive: false,
        siteName: 'الأفق',
        separator: ' | '
      }
    })
    expect(
      elements(tree, (node) => node.tagName === 'link' && String(node.properties['rel']) === 'stylesheet').map(
        (node) => node.properties['href']
      )
    ).toEqual(['/style.css', '/print.css'])
    expect(
      elements(tree, (node) => node.tagName === 'title').map((node) => (node.children[0] as {value: string}).value)
    ).toEqual(['افتتاح متحف الفنون الحديثة | الأفق'])
    expect(metaContent(tree, 'og:title')).toEqual([])
    expect(metaContent(tree, 'og:locale')).toEqual([])
    expect(metaContent(tree, 'twitter:card')).toEqual([])
    expect(metaContent(tree, 'viewport')).toEqual([])
  })

  it('invents nothing: a text without metadata gets a bare page', async () => {
    const {tree} = await page({jsonLd: {now}}, 'عنوان\n\nنص قصير.')
    const names = elements(tree, (node) => node.tagName === 'meta').map((node) =>
      String(node.properties['property'] ?? node.properties['name'] ?? 'charset')
    )
    expect(names).toEqual(['charset', 'viewport', 'og:locale', 'description', 'og:type', 'og:title', 'og:description'])
    expect(elements(tree, (node) => node.tagName === 'link')).toEqual([])
  })

  it('works without the JSON-LD plugin, from front matter and the tree', async () => {
    const {html, tree} = await page({jsonLd: false}, '---\ndescription: وصف\n---\nعنوان الخبر\n\nنص.')
    expect(html).not.toContain('application/ld+json')
    expect(
      elements(tree, (node) => node.tagName === 'title').map((node) => (node.children[0] as {value: string}).value)
    ).toEqual(['عنوان الخبر'])
    expect(metaContent(tree, 'description')).toEqual(['وصف'])
  })

  it('falls back to the file name for the title', async () => {
    // No headline, and no lead to derive one from.
    const file = await unified()
      .use(rehypeParse, {fragment: true})
      .use(rehypeArabicNewsDocument)
      .use(rehypeStringify)
      .process(new VFile({path: 'akhbar.html', value: '<hr>'}))
    expect(String(file)).toContain('<title>akhbar</title>')
  })
})
