import type {Paragraph, Root, Text} from 'mdast'
import {remarkArabicNewsParse} from 'remark-arabic-news'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

/**
 * Parse text with the plain-text parser.
 *
 * @param value
 *   The text.
 * @param options
 *   Parser options.
 * @returns
 *   The tree and the file.
 */
function parse(value: string, options?: Parameters<typeof remarkArabicNewsParse>[0]): {tree: Root; file: VFile} {
  const file = new VFile({value})
  const tree = unified().use(remarkArabicNewsParse, options).parse(file) as Root
  return {tree, file}
}

/**
 * Texts of the paragraphs of a tree.
 *
 * @param tree
 *   The tree.
 * @returns
 *   One string per paragraph.
 */
function texts(tree: Root): Array<string> {
  return tree.children
    .filter((node): node is Paragraph => node.type === 'paragraph')
    .map((node) => (node.children[0] as Text).value)
}

describe('remarkArabicNewsParse', () => {
  it('makes one paragraph per non-empty line, trimmed', () => {
    const {tree} = parse('  أول \n\n\tثان\n   \nثالث')
    expect(texts(tree)).toEqual(['أول', 'ثان', 'ثالث'])
  })

  it('gives every node an exact position', () => {
    const {tree} = parse('أول\r\n  ثان')
    const second = tree.children[1] as Paragraph
    expect(second.position).toEqual({
      start: {line: 2, column: 3, offset: 7},
      end: {line: 2, column: 6, offset: 10}
    })
    expect(second.children[0]!.position).toEqual(second.position)
    expect(tree.position?.end).toEqual({line: 2, column: 6, offset: 10})
  })

  it('treats CRLF, CR, LF, U+2028 and U+2029 as line ends', () => {
    const {tree} = parse('a\r\nb\rc\nd\u2028e\u2029f')
    expect(texts(tree)).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(tree.children.map((node) => node.position?.start.line)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('drops a byte order mark but keeps columns', () => {
    const {tree} = parse('\uFEFFخبر')
    expect(texts(tree)).toEqual(['خبر'])
    expect(tree.children[0]!.position?.start).toEqual({line: 1, column: 2, offset: 1})
  })

  it('keeps markdown and HTML syntax as text', () => {
    const line = '# *a* _b_ 1. - > <b>x</b> &amp; \\'
    const {tree} = parse(line)
    expect(texts(tree)).toEqual([line])
  })

  it('reads YAML front matter into `file.data.matter` without shifting dates', () => {
    const {tree, file} = parse('---\ntitle: عنوان\ndate: 2025-09-04\n---\nنص')
    expect(file.data.matter).toEqual({title: 'عنوان', date: '2025-09-04'})
    expect(tree.children[0]).toMatchObject({type: 'yaml', value: 'title: عنوان\ndate: 2025-09-04'})
    expect(texts(tree)).toEqual(['نص'])
  })

  it('reads front matter after a BOM and with CRLF', () => {
    const {file} = parse('\uFEFF---\r\ntitle: x\r\n---\r\nنص')
    expect(file.data.matter).toEqual({title: 'x'})
  })

  it('reads empty front matter as an empty object', () => {
    const {file, tree} = parse('---\n---\nنص')
    expect(file.data.matter).toEqual({})
    expect(texts(tree)).toEqual(['نص'])
  })

  it('keeps invalid front matter as text, with a warning', () => {
    const {file, tree} = parse('---\ntitle: [x\n---\nنص')
    expect(file.data.matter).toBeUndefined()
    expect(texts(tree)).toEqual(['---', 'title: [x', '---', 'نص'])
    expect(file.messages[0]?.ruleId).toBe('front-matter-invalid')
    expect(file.messages[0]?.source).toBe('remark-arabic-news')
  })

  // Issue #14, item 13: a line between two `---` lines is never lost silently.
  it('keeps a line between `---` lines as text when it holds no settings', () => {
    for (const line of ['# تعليق', '~', 'القاهرة: خبر عاجل', 'عنوان الخبر']) {
      const {file, tree} = parse('---\n' + line + '\n---\nنص')
      expect(texts(tree), line).toEqual(['---', line, '---', 'نص'])
      expect(file.data.matter, line).toBeUndefined()
      expect(file.messages.map((message) => message.ruleId)).toEqual(['front-matter-invalid'])
    }
  })

  // Issue #14, item 19: titles and ids are text.
  it('keeps unquoted numbers that would be written differently as text', () => {
    const {file} = parse('---\ntitle: 007\nid: 12345678901234567890\nversion: 1.50\ncode: 0x10\nwidth: 800\n---\nنص')
    expect(file.data.matter).toEqual({
      title: '007',
      id: '12345678901234567890',
      version: '1.50',
      code: '0x10',
      width: 800
    })
  })

  it('records where each front matter key is written', () => {
    const {file} = parse('---\r\ntitle: x\r\nlang:  ar  \r\n---\r\nنص')
    expect(file.data.matterPositions).toEqual({
      title: {start: {line: 2, column: 1, offset: 5}, end: {line: 2, column: 9, offset: 13}},
      lang: {start: {line: 3, column: 1, offset: 15}, end: {line: 3, column: 10, offset: 24}}
    })
  })

  it('does not read front matter when turned off', () => {
    const {file, tree} = parse('---\ntitle: x\n---\nنص', {frontMatter: false})
    expect(file.data.matter).toBeUndefined()
    expect(texts(tree)).toEqual(['---', 'title: x', '---', 'نص'])
  })

  it('leaves an unclosed fence as text', () => {
    const {tree} = parse('---\nنص')
    expect(texts(tree)).toEqual(['---', 'نص'])
  })

  it('splits paragraphs joined by runs of spaces and no-break spaces', () => {
    const {tree} = parse('أولى. \u00A0 ثانية.  ثالثة\u00A0رابعة')
    expect(texts(tree)).toEqual(['أولى.', 'ثانية.  ثالثة\u00A0رابعة'])
    expect(tree.children[1]!.position?.start.column).toBe(9)
  })

  it('keeps joined paragraphs together when asked', () => {
    const {tree} = parse('أولى. \u00A0 ثانية.', {splitJoinedParagraphs: false})
    expect(texts(tree)).toEqual(['أولى. \u00A0 ثانية.'])
  })

  it('throws on invalid options', () => {
    expect(() => parse('x', {frontMatter: 'yes' as never})).toThrow(/`frontMatter`/)
    expect(() => parse('x', {splitJoinedParagraphs: 1 as never})).toThrow(TypeError)
    expect(() => parse('x', 'x' as never)).toThrow(TypeError)
  })

  it('never throws on odd strings', () => {
    for (const value of ['', '\n', '\uFEFF', '---', '---\n---', '\u0000\uD800', '\r\r\r']) {
      expect(() => parse(value)).not.toThrow()
    }
  })
})
