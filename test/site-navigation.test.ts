/**
 * Article pages of a site lead back: a breadcrumb to the home page and to
 * the page of the article's section, whose addresses resolve to pages the
 * build wrote, from any folder depth; names that make the same folder are
 * one section. A single `render`, or fragments, have no site to lead to.
 */

import {readFile, rm} from 'node:fs/promises'
import path from 'node:path'
import type {Element, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {afterEach, describe, expect, it} from 'vitest'
import {makeTree, run} from './cli-helpers.js'

/**
 * @param tree
 *   Page.
 * @param test
 *   Whether an element (with its ancestors' tag names) is wanted.
 * @returns
 *   The elements that pass, in document order.
 */
function elements(tree: Root | Element, test: (node: Element, ancestors: Array<string>) => boolean): Array<Element> {
  const found: Array<Element> = []
  const walk = (node: Root | Element, names: Array<string>): undefined => {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      if (test(child, names)) found.push(child)
      walk(child, [...names, child.tagName])
    }

    return undefined
  }

  walk(tree, tree.type === 'element' ? [tree.tagName] : [])
  return found
}

/**
 * @param file
 *   Path of a page.
 * @returns
 *   Its tree.
 */
async function page(file: string): Promise<Root> {
  return unified()
    .use(rehypeParse)
    .parse(await readFile(file, 'utf8'))
}

/**
 * @param node
 * @returns
 *   Its classes.
 */
function classes(node: Element): Array<string> {
  const value = node.properties['className']
  return Array.isArray(value) ? value.map(String) : []
}

const folders: Array<string> = []

afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
})

/**
 * @param headline
 * @param section
 *   Front matter `section`, if any.
 * @returns
 *   Article text.
 */
function article(headline: string, section?: string): string {
  const matter = section === undefined ? '' : `section: ${section}\n`
  return `---\ntitle: ${headline}\ndate: 2025-09-04T10:30:00+03:00\n${matter}---\nالرياض - نص الخبر.\n`
}

/**
 * @param files
 *   Inputs.
 * @param flags
 *   More flags.
 * @returns
 *   Output folder.
 */
async function build(files: Record<string, string>, ...flags: Array<string>): Promise<string> {
  const root = await makeTree(Object.fromEntries(Object.entries(files).map(([name, text]) => ['in/' + name, text])))
  folders.push(root)
  const out = path.join(root, 'out')
  const result = await run([
    'build',
    path.join(root, 'in'),
    '--out',
    out,
    '--jobs',
    '1',
    '--site-name',
    'أخبار المدينة',
    ...flags
  ])
  expect(result.code, result.stderr).toBe(0)
  return out
}

/**
 * @param out
 *   Output folder.
 * @param file
 *   Article page, relative to the output folder.
 * @returns
 *   Text and target (output path of the page it opens) of each breadcrumb link.
 */
async function breadcrumb(out: string, file: string): Promise<Array<{text: string; target: string}>> {
  const tree = await page(path.join(out, file))
  const navs = elements(tree, (node) => node.tagName === 'nav' && classes(node).includes('site-breadcrumb'))
  const nav = navs[0]
  if (!nav) return []
  expect(navs).toHaveLength(1)
  // At the start of the body, before the article's `<main>`.
  const body = elements(tree, (node) => node.tagName === 'body')[0]
  expect(body?.children.find((child) => child.type === 'element')).toBe(nav)
  expect(nav.properties['ariaLabel']).toBe('مسار التصفح')
  return elements(nav, (node) => node.tagName === 'a').map((link) => {
    const href = decodeURIComponent(String(link.properties['href']))
    const target = path.posix.join(path.posix.dirname(file), href).replace(/^\.\/?/, '')
    return {text: toText(link), target: target === '' || target.endsWith('/') ? target + 'index.html' : target}
  })
}

describe('article navigation', () => {
  it('links home and to the section page, at any depth, and both pages exist', async () => {
    const out = await build({
      'top.txt': article('خبر في الأعلى', 'اقتصاد'),
      'world/deep/far.txt': article('خبر بعيد', 'اقتصاد'),
      'world/plain.txt': article('خبر في قسم مجلده')
    })
    expect(await breadcrumb(out, 'top.html')).toEqual([
      {text: 'أخبار المدينة', target: 'index.html'},
      {text: 'اقتصاد', target: 'sections/اقتصاد/index.html'}
    ])
    expect(await breadcrumb(out, 'world/deep/far.html')).toEqual([
      {text: 'أخبار المدينة', target: 'index.html'},
      {text: 'اقتصاد', target: 'sections/اقتصاد/index.html'}
    ])
    // Without front matter `section`, the input folder is the section, as on the site pages.
    expect(await breadcrumb(out, 'world/plain.html')).toEqual([
      {text: 'أخبار المدينة', target: 'index.html'},
      {text: 'world', target: 'sections/world/index.html'}
    ])
    for (const file of ['index.html', 'sections/اقتصاد/index.html', 'sections/world/index.html']) {
      expect(await readFile(path.join(out, file), 'utf8')).toContain('<html')
    }
  })

  it('links only home for an article with no section', async () => {
    const out = await build({'alone.txt': article('خبر وحيد')})
    expect(await breadcrumb(out, 'alone.html')).toEqual([{text: 'أخبار المدينة', target: 'index.html'}])
  })

  it('makes one section of names that make the same folder, and links every article to it', async () => {
    const out = await build({
      'a.txt': article('خبر أول', 'Sport'),
      'b.txt': article('خبر ثان', 'sport')
    })
    const home = await page(path.join(out, 'index.html'))
    const sections = elements(home, (node, ancestors) => node.tagName === 'a' && ancestors.includes('nav'))
    expect(sections.map((link) => toText(link))).toEqual(['Sport'])
    const list = await page(path.join(out, 'sections/sport/index.html'))
    const headlines = elements(list, (node) => node.tagName === 'h2').map((heading) => toText(heading))
    expect(headlines.sort()).toEqual(['خبر أول', 'خبر ثان'])
    for (const file of ['a.html', 'b.html']) {
      expect((await breadcrumb(out, file))[1]?.target).toBe('sections/sport/index.html')
    }
  })

  it('writes no breadcrumb into fragments', async () => {
    const out = await build({'a.txt': article('خبر', 'اقتصاد')}, '--fragment')
    expect(await readFile(path.join(out, 'a.html'), 'utf8')).not.toContain('site-breadcrumb')
  })

  it('writes no breadcrumb when rendering one article', async () => {
    const root = await makeTree({'a.txt': article('خبر', 'اقتصاد')})
    folders.push(root)
    const result = await run(['render', path.join(root, 'a.txt')])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('<main>')
    expect(result.stdout).not.toContain('site-breadcrumb')
  })
})
