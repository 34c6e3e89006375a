/**
 * Reading what hosts hand over, on its own: the headings of a rendered page
 * (ids kept, made, and made unique; headings inside other elements), and the
 * front matter of a tree parsed by remark (a `yaml` node), with or without
 * the source text to place its keys.
 */

import type {Root as MdastRoot} from 'mdast'
import {h} from 'hastscript'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {collectHeadings} from '../src/integrations/headings.js'
import {astroFrontmatter} from '../src/metadata/host.js'
import {collectFrontMatter} from '../src/metadata/matter.js'

describe('collectHeadings', () => {
  it('keeps ids, makes the missing ones from the text, unique in the page, and finds nested headings', () => {
    const tree = h(null, [
      h('h1', {id: 'top'}, 'العنوان'),
      h('section', [h('h2', 'الوضع الميداني'), h('div', [h('h3', 'الوضع الميداني')])]),
      h('h2', '؟!'),
      h('h4', '!؟'),
      h('p', 'نص')
    ])
    expect(collectHeadings(tree)).toEqual([
      {depth: 1, slug: 'top', text: 'العنوان'},
      {depth: 2, slug: 'الوضع-الميداني', text: 'الوضع الميداني'},
      {depth: 3, slug: 'الوضع-الميداني-1', text: 'الوضع الميداني'},
      {depth: 2, slug: 'heading', text: '؟!'},
      {depth: 4, slug: 'heading-1', text: '!؟'}
    ])
  })
})

/**
 * @param value
 *   YAML of the `yaml` node.
 * @param offset
 *   Offset of the node in the source (none: no position).
 * @returns
 *   A tree with a `yaml` node and a paragraph.
 */
function treeWithYaml(value: string, offset?: number): MdastRoot {
  return {
    type: 'root',
    children: [
      {
        type: 'yaml',
        value,
        ...(offset === undefined
          ? {}
          : {position: {start: {line: 1, column: 1, offset}, end: {line: 3, column: 4, offset: offset + 20}}})
      },
      {type: 'paragraph', children: [{type: 'text', value: 'نص'}]}
    ]
  }
}

describe('collectFrontMatter', () => {
  it('reads a yaml node, placing its keys in the source text', () => {
    const file = new VFile('---\ntitle: عنوان\n---\nنص\n')
    const {matter, positions} = collectFrontMatter(file, treeWithYaml('title: عنوان', 0))
    expect(matter).toEqual({title: 'عنوان'})
    expect(positions['title']?.start).toMatchObject({line: 2, column: 1})
  })

  it('reads a yaml node without places when there is no source text or position', () => {
    const noText = new VFile()
    expect(collectFrontMatter(noText, treeWithYaml('title: عنوان', 0))).toEqual({
      matter: {title: 'عنوان'},
      positions: {}
    })
    const file = new VFile('---\ntitle: عنوان\n---\nنص\n')
    expect(collectFrontMatter(file, treeWithYaml('title: عنوان'))).toEqual({matter: {title: 'عنوان'}, positions: {}})
  })

  it('keeps nothing from invalid YAML, and takes what the host read first', () => {
    const file = new VFile('---\ntitle: [\n---\n')
    expect(collectFrontMatter(file, treeWithYaml('title: [', 0))).toEqual({matter: {}, positions: {}})
    const read = new VFile({data: {matter: {title: 'من المضيف'}}})
    expect(collectFrontMatter(read, treeWithYaml('title: عنوان', 0)).matter).toEqual({title: 'من المضيف'})
    expect(collectFrontMatter(new VFile(), {type: 'root', children: []})).toEqual({matter: {}, positions: {}})
  })

  it('takes the front matter Astro hands over, and nothing that is not a record', () => {
    expect(astroFrontmatter(new VFile({data: {astro: {frontmatter: {title: 'أسترو'}}}}))).toEqual({title: 'أسترو'})
    expect(astroFrontmatter(new VFile({data: {astro: {frontmatter: 'نص'}}}))).toBeUndefined()
    expect(astroFrontmatter(new VFile({data: {astro: 'نص'}}))).toBeUndefined()
    expect(collectFrontMatter(new VFile({data: {astro: {frontmatter: {title: 'أسترو'}}}})).matter).toEqual({
      title: 'أسترو'
    })
  })
})
