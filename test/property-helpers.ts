/**
 * Shared by the hardening tests (`property`, `adversarial*`, `html-validate`,
 * `axe`, `cli-faults`) and `scripts/check-html.ts`: generators of hostile
 * news articles (Arabic and Latin words, every quote mark, bidi controls,
 * emoji, lone surrogates, NUL and other controls, markdown and HTML
 * metacharacters, front matter with odd YAML), checks that hold for any
 * output (parses back to the same tree, one JSON-LD script that stays
 * inside, nothing injected), and the numbers each file prints. All words
 * here are written for these tests.
 */

import {appendFileSync} from 'node:fs'
import type {Element as HastElement, Root as HastRoot} from 'hast'
import fc from 'fast-check'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {afterEach} from 'vitest'
import {stringify} from 'yaml'

/** Arabic words of everyday news, with tashkeel, tatweel and Arabic-Indic digits. */
export const arabicWords: ReadonlyArray<string> = [
  'قال',
  'وقال',
  'الوزير',
  'إن',
  'الحكومة',
  'ستعلن',
  'خطة',
  'جديدة',
  'لدعم',
  'المدارس',
  'في',
  'الرياض',
  'القاهرة',
  'اليوم',
  'الخميس',
  'وأضاف',
  'المتحدث',
  'باسم',
  'الشركة',
  'أن',
  'العمل',
  'سيبدأ',
  'الشهر',
  'المقبل',
  'مؤتمر',
  'صحفي',
  'أ ش أ',
  'واس',
  'مُحَمَّد',
  'الـــوزارة',
  '١٢٣',
  '٢٠٢٥',
  'فى',
  'مسؤول',
  'وأكد',
  'مصدر',
  'لـ',
  'بحسب',
  'وكالة',
  'الأنباء',
  'كتب:',
  'المصدر:',
  '// انتهى //',
  'وزير الخارجية',
  'رئيس',
  'الوزراء',
  'وأوضح',
  'أمس',
  'السبت',
  'تصريحات'
]

/** Latin runs: names, acronyms, URLs, e-mail addresses, version numbers. */
export const latinWords: ReadonlyArray<string> = [
  'CNN',
  'Reuters',
  'COVID-19',
  'iPhone 15 Pro',
  "O'Neil",
  'AT&T',
  'https://example.com/a?b=1&c=<x>',
  'www.example.org',
  'news@example.com',
  'C++',
  'Node.js',
  'A',
  'x',
  'Élysée',
  'GDP 2.5%'
]

/** Every quote mark publishers use, straight and typographic. */
export const quoteMarks: ReadonlyArray<string> = ['«', '»', '“', '”', '„', '‹', '›', '"', "'", '‘', '’', '‚']

/** Bidi embeddings, overrides, isolates and their terminators, and the implicit marks. */
export const bidiControls: ReadonlyArray<string> = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C'
]

/** Emoji: plain, with a variation selector, a ZWJ sequence, a flag, a skin tone. */
export const emoji: ReadonlyArray<string> = ['😀', '❤️', '👨‍👩‍👧', '🇸🇦', '👍🏽', '🕌']

/** Characters HTML cannot carry as written: NUL, controls, lone surrogates, noncharacters. */
export const unrepresentable: ReadonlyArray<string> = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uFDD0',
  '\uFFFE',
  '\uFFFF'
]

/** Markdown metacharacters and line starts. */
export const markdownBits: ReadonlyArray<string> = [
  '*',
  '**',
  '_',
  '#',
  '##',
  '>',
  '-',
  '+',
  '1.',
  '[',
  ']',
  '(',
  ')',
  '`',
  '```',
  '~~~',
  '|',
  '!',
  '\\',
  '---',
  '***',
  '[x](javascript:alert(1))',
  '![i](x.png)',
  '<https://example.com>',
  '[^1]',
  '    '
]

/** HTML metacharacters, markup and references. */
export const htmlBits: ReadonlyArray<string> = [
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;',
  '&#0;',
  '&#x202E;',
  '&quot;',
  '&#39;',
  '<b>',
  '</p>',
  '<p>',
  '</article>',
  '<script>alert(1)</script>',
  '</script>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<style>',
  '</title>',
  '<textarea>',
  '<plaintext>',
  '"><',
  "'><",
  '`'
]

/** White space of all kinds (line breaks are made by the article generator). */
export const spaces: ReadonlyArray<string> = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\u00A0',
  '\u00A0 \u00A0',
  '\u200B',
  '\u3000',
  '\u000C',
  '\uFEFF'
]

/** Punctuation of Arabic and Latin text. */
export const punctuation: ReadonlyArray<string> = ['،', '؛', '؟', '.', ':', '-', '–', '—', '(', ')', '!', '…', '/', '%']

/** One token of article text. */
export const token: fc.Arbitrary<string> = fc.oneof(
  {weight: 12, arbitrary: fc.constantFrom(...arabicWords)},
  {weight: 3, arbitrary: fc.constantFrom(...latinWords)},
  {weight: 4, arbitrary: fc.constantFrom(...quoteMarks)},
  {weight: 2, arbitrary: fc.constantFrom(...bidiControls)},
  {weight: 1, arbitrary: fc.constantFrom(...emoji)},
  {weight: 1, arbitrary: fc.constantFrom(...unrepresentable)},
  {weight: 2, arbitrary: fc.constantFrom(...markdownBits)},
  {weight: 2, arbitrary: fc.constantFrom(...htmlBits)},
  {weight: 3, arbitrary: fc.constantFrom(...punctuation)},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 4})}
)

/** A line: tokens joined by spaces of any kind (or by nothing). */
export const line: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      token,
      fc.oneof(
        {weight: 6, arbitrary: fc.constant(' ')},
        {weight: 2, arbitrary: fc.constantFrom(...spaces)},
        {weight: 1, arbitrary: fc.constant('')}
      )
    ),
    {minLength: 0, maxLength: 24}
  )
  .map((pairs) => pairs.map(([word, space]) => word + space).join(''))

/** A speech line: a speaker, a verb and a quotation, possibly unbalanced. */
export const quotationLine: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('وقال الوزير', 'وأضاف المتحدث باسم الشركة', 'وأكد مصدر مسؤول', 'قال'),
    fc.constantFrom(': ', ' إن ', ' '),
    fc.constantFrom(...quoteMarks),
    line,
    fc.constantFrom(...quoteMarks, ''),
    fc.constantFrom('', '.', '، مضيفا أن العمل سيبدأ.', ' وتابع: «')
  )
  .map((parts) => parts.join(''))

/** Line terminators, blank lines included. */
export const lineBreak: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: fc.constant('\n\n')},
  {weight: 4, arbitrary: fc.constant('\n')},
  {weight: 1, arbitrary: fc.constantFrom('\r\n', '\r', '\r\n\r\n', '\u2028', '\u2029', '\n \n', '\n\u00A0\n')}
)

/** Front matter keys the library reads, and some it does not. */
export const frontMatterKeys: ReadonlyArray<string> = [
  'title',
  'description',
  'author',
  'authors',
  'url',
  'image',
  'keywords',
  'tags',
  'section',
  'category',
  'date',
  'published',
  'modified',
  'lang',
  'language',
  'dir',
  'direction',
  'publisher',
  'timeZone',
  'quotes',
  'free',
  'isAccessibleForFree',
  'other',
  '__proto__',
  'constructor'
]

/** Scalar values for front matter: hostile text, odd types, dates and URLs. */
export const frontMatterScalar: fc.Arbitrary<unknown> = fc.oneof(
  line,
  fc.constantFrom(
    '2025-09-04',
    '2025-09-04T10:00:00+03:00',
    '2025-13-45',
    '0000-00-00',
    '9999-12-31T23:59:59Z',
    'amanhã',
    'https://example.com/news/1',
    'http://example.com/i.jpg',
    '/relative/path',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@example.com/',
    'ar',
    'en',
    'ar-EG',
    'ltr',
    'rtl',
    'auto',
    'sideways',
    'Asia/Riyadh',
    'Mars/Olympus',
    '',
    ' '
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null)
)

/** A front matter value: a scalar, a list, or a small mapping. */
export const frontMatterValue: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 5, arbitrary: frontMatterScalar},
  {weight: 2, arbitrary: fc.array(frontMatterScalar, {maxLength: 4})},
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom('name', 'url', 'type', 'logo', 'width', 'height', 'caption', 'sameAs'),
      frontMatterScalar,
      {maxKeys: 4}
    )
  }
)

/** YAML written by hand that stresses the parser: anchors, tags, block scalars, merges, duplicates, broken syntax. */
export const oddYaml: ReadonlyArray<string> = [
  'title: &a عنوان\nauthor: *a',
  'title: |\n  سطر أول\n  سطر ثان',
  'title: >-\n  مطوي\n  النص',
  'title: !!binary aGVsbG8=',
  'title: !custom x',
  'base: &b {section: رياضة}\n<<: *b',
  'title: أ\ntitle: ب',
  '? [a, b]\n: c',
  'title: "غير مغلق',
  '- قائمة\n- لا خريطة',
  'مجرد نص',
  'title:\tمع مسافة جدولة',
  '%YAML 1.2\n---\ntitle: x',
  'a: &x [*x]',
  'title: "\\u202E\\u0000\\uD800"',
  'keywords: [«, », "</script>", <!--]',
  'author: {name: "</script><script>alert(1)</script>", url: "javascript:alert(1)"}',
  'image: [{url: "https://example.com/a.jpg", width: -1, height: 1e309}]',
  'date: 2025-09-04 10:00',
  'title: null\ndescription: ~',
  '',
  '# تعليق فقط',
  'lang: [ar]\ndir: {x: 1}',
  'quotes: 3',
  'quotes: {minBlockWords: -5}'
]

/** A front matter block: YAML made from generated data, or hand-written odd YAML. */
export const frontMatter: fc.Arbitrary<string> = fc
  .oneof(
    fc.dictionary(fc.constantFrom(...frontMatterKeys), frontMatterValue, {maxKeys: 6}).map((data) => {
      try {
        return stringify(data)
      } catch {
        return ''
      }
    }),
    fc.constantFrom(...oddYaml)
  )
  .map((yaml) => '---\n' + yaml.replace(/\n$/, '') + '\n---\n')

/** A whole article: optional BOM and front matter, optional headline, lines. */
export const article: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '', '\uFEFF'),
    fc.option(frontMatter, {freq: 3}),
    fc.option(line, {freq: 2}),
    fc.array(fc.tuple(fc.oneof({weight: 4, arbitrary: line}, {weight: 1, arbitrary: quotationLine}), lineBreak), {
      maxLength: 12
    })
  )
  .map(([bom, matter, headline, lines]) => {
    let text = bom + (matter ?? '')
    if (headline !== null) text += headline + '\n\n'
    for (const [value, terminator] of lines) text += value + terminator
    return text
  })

/** Every special character of these generators, and line breaks, for strings made of nothing else. */
const specialCharacters: ReadonlyArray<string> = [
  ...quoteMarks,
  ...bidiControls,
  ...emoji,
  ...unrepresentable,
  ...spaces,
  ...punctuation,
  '\n',
  '\r',
  '\u2028',
  '<',
  '>',
  '&',
  '*',
  '#',
  '-',
  '`',
  'ب',
  'a'
]

/** An article as generated above, or a string of any UTF-16 code units, or of special characters only. */
export const anyArticle: fc.Arbitrary<string> = fc.oneof(
  {weight: 6, arbitrary: article},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 200})},
  {weight: 1, arbitrary: fc.string({unit: fc.constantFrom(...specialCharacters), maxLength: 200})},
  {
    weight: 1,
    arbitrary: fc
      .tuple(frontMatter, fc.string({unit: fc.constantFrom(...specialCharacters), maxLength: 100}))
      .map(([a, b]) => a + b)
  }
)

/** Elements the library writes; anything else in an output was injected. */
export const allowedElements: ReadonlySet<string> = new Set([
  'html',
  'head',
  'body',
  'main',
  'meta',
  'title',
  'link',
  'script',
  'article',
  'header',
  'footer',
  'section',
  'h1',
  'h2',
  'p',
  'span',
  'bdi',
  'figure',
  'figcaption',
  'blockquote',
  'cite',
  'time',
  'a',
  'ul',
  'ol',
  'li',
  'br',
  'q'
])

const parser = unified().use(rehypeParse, {fragment: true})
const documentParser = unified().use(rehypeParse)

/**
 * Parse HTML as a browser does.
 *
 * @param html
 *   HTML.
 * @param isDocument
 *   Whether it is a full page (else a fragment).
 * @returns
 *   The tree, with positions.
 */
export function parseHtml(html: string, isDocument: boolean): HastRoot {
  return (isDocument ? documentParser : parser).parse(html)
}

/**
 * Check that HTML parses back to the tree it was made from: the parser
 * (the HTML standard's algorithm) gives the same elements, attributes and
 * text, so nothing was reinterpreted as markup and no element moved.
 *
 * White space that HTML drops or moves around `<html>`, `<head>` and
 * `<body>` is ignored; adjacent text nodes are merged.
 *
 * @param tree
 *   The tree the library serialised.
 * @param html
 *   The HTML it wrote.
 * @param isDocument
 *   Whether it is a full page (else a fragment).
 * @returns
 *   Where they differ, or `undefined`.
 */
export function checkRoundTrip(tree: HastRoot, html: string, isDocument: boolean): string | undefined {
  const expected = comparable(tree)
  const actual = comparable(parseHtml(html, isDocument))
  return findDifference(expected, actual, 'root')
}

/** A tree reduced to what HTML means: no positions, no data, merged text, no layout white space around the page’s sections. */
function comparable(node: HastRoot | HastElement): unknown {
  const children: Array<unknown> = []
  const loose = node.type === 'root' || node.tagName === 'html' || node.tagName === 'head'
  for (const child of node.children) {
    if (child.type === 'text') {
      const previous = children.at(-1)
      if (typeof previous === 'string') children[children.length - 1] = previous + child.value
      else children.push(child.value)
    } else if (child.type === 'element') {
      children.push(comparable(child))
    } else if (child.type === 'doctype') {
      children.push({doctype: true})
    } else if (child.type === 'comment') {
      children.push({comment: child.value})
    }
  }

  const kept = children.filter((child, index) => {
    if (typeof child !== 'string' || child.trim() !== '') return true
    if (loose) return false
    // `body` gains the white space after `</body>` and `</html>`; a page starts its body on a new line.
    return !(node.type === 'element' && node.tagName === 'body' && (index === 0 || index === children.length - 1))
  })
  if (node.type === 'element' && node.tagName === 'body') {
    const last = kept.at(-1)
    if (typeof last === 'string') kept[kept.length - 1] = last.replace(/\s+$/, '')
  }

  return node.type === 'root' ? {children: kept} : {tagName: node.tagName, properties: node.properties, children: kept}
}

function findDifference(expected: unknown, actual: unknown, path: string): string | undefined {
  if (
    typeof expected === 'string' ||
    typeof actual === 'string' ||
    expected === null ||
    actual === null ||
    typeof expected !== 'object' ||
    typeof actual !== 'object'
  ) {
    return Object.is(expected, actual)
      ? undefined
      : path + ': expected ' + JSON.stringify(expected) + ', parsed back as ' + JSON.stringify(actual)
  }

  const a = expected as Record<string, unknown>
  const b = actual as Record<string, unknown>
  if (a['tagName'] !== b['tagName'])
    return path + ': expected <' + String(a['tagName']) + '>, parsed back as <' + String(b['tagName']) + '>'
  // Numbers are written as text: `width: 10` parses back as `'10'`.
  const same = (value: unknown): string =>
    JSON.stringify(value, (_, item: unknown) => (typeof item === 'number' ? String(item) : item))
  if (same(a['properties']) !== same(b['properties'])) {
    return (
      path +
      ' <' +
      String(a['tagName']) +
      '>: expected attributes ' +
      JSON.stringify(a['properties']) +
      ', parsed back as ' +
      JSON.stringify(b['properties'])
    )
  }

  const left = (a['children'] ?? []) as Array<unknown>
  const right = (b['children'] ?? []) as Array<unknown>
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const difference = findDifference(
      left[index] ?? null,
      right[index] ?? null,
      path +
        ' > ' +
        (typeof left[index] === 'object' && left[index] !== null
          ? String((left[index] as Record<string, unknown>)['tagName'] ?? 'node')
          : 'text') +
        '[' +
        index +
        ']'
    )
    if (difference) return difference
  }

  return undefined
}

/**
 * Check the JSON-LD of an output: exactly one script element, of type
 * `application/ld+json`, whose source text is JSON and cannot end the
 * script or open a comment.
 *
 * @param html
 *   Output of the library.
 * @param isDocument
 *   Whether it is a full page.
 * @returns
 *   What is wrong, or the parsed JSON.
 */
export function checkJsonLd(html: string, isDocument: boolean): {problem?: string | undefined; value?: unknown} {
  const scripts: Array<HastElement> = []
  visit(parseHtml(html, isDocument), 'element', function (node) {
    if (node.tagName === 'script') scripts.push(node)
  })
  if (scripts.length !== 1) return {problem: 'expected exactly one script element, found ' + scripts.length}
  const script = scripts[0]!
  if (script.properties['type'] !== 'application/ld+json') return {problem: 'expected `type="application/ld+json"`'}
  const text = script.children[0]
  if (script.children.length !== 1 || text?.type !== 'text') return {problem: 'expected the script to hold one text'}
  const start = text.position?.start.offset
  const end = text.position?.end.offset
  if (start === undefined || end === undefined) return {problem: 'script text without position'}
  const source = html.slice(start, end)
  if (/<\/script|<!--/i.test(source)) return {problem: 'script text holds `</script` or `<!--`'}
  if (source !== text.value) return {problem: 'script text was changed by the parser'}
  try {
    return {value: JSON.parse(source) as unknown}
  } catch (error) {
    return {problem: 'JSON-LD does not parse: ' + String(error)}
  }
}

/** `<meta>` names and properties whose content is a URL. */
const urlMeta = /(?:^|:)(?:url|image|secure_url|video|audio)$/

/**
 * Check that an output holds only elements and attributes the library
 * writes: no event handlers, no scripts other than JSON-LD, and only
 * `http:`/`https:` (or root-relative) URLs.
 *
 * @param html
 *   Output of the library.
 * @param isDocument
 *   Whether it is a full page.
 * @returns
 *   What was injected, or `undefined`.
 */
export function checkNothingInjected(html: string, isDocument: boolean): string | undefined {
  let problem: string | undefined
  visit(parseHtml(html, isDocument), 'element', function (node) {
    if (problem) return
    if (!allowedElements.has(node.tagName)) problem = 'unexpected element `' + node.tagName + '`'
    const meta = String(node.properties['property'] ?? node.properties['name'] ?? '')
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problem = 'event handler `' + name + '` on `' + node.tagName + '`'
      const isUrl =
        name === 'href' || name === 'src' || (node.tagName === 'meta' && name === 'content' && urlMeta.test(meta))
      if (isUrl && typeof value === 'string' && !/^https?:\/\/|^\/(?!\/)/.test(value)) {
        problem = 'unsafe URL `' + value + '` in `' + (meta || name) + '`'
      }
    }
    if (node.tagName === 'script' && node.properties['type'] !== 'application/ld+json')
      problem = 'script that is not JSON-LD'
  })
  return problem
}

/**
 * Print the numbers of a hardening test file, and add them to the file named
 * by `HARDENING_SUMMARY` (set by `npm run test:hardening`, which prints them
 * all again at the end of the run).
 *
 * @param line
 *   One line: what was checked, how many, how many failed.
 * @returns
 *   Nothing.
 */
export function reportNumbers(line: string): undefined {
  console.log(line)
  const summary = process.env['HARDENING_SUMMARY']
  if (summary) appendFileSync(summary, line + '\n')
  return undefined
}

/**
 * Count the tests of the current file that fail (register at the top level).
 *
 * @returns
 *   A function giving the count so far.
 */
export function countFailures(): () => number {
  let failed = 0
  afterEach((context) => {
    if (context.task.result?.state === 'fail') failed++
  })
  return () => failed
}
