/**
 * Adversarial input: cross-site scripting payloads in the body and in every
 * front matter field, unbalanced bidi controls, and huge articles (10 MB,
 * 100,000 lines, 100,000 quote marks, quotes nested 10,000 deep).
 */

import {spawn} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import type {Element, Root} from 'hast'
import fc from 'fast-check'
import {arabicNews, type ArabicNewsOptions, type ArabicNewsProcessor} from 'remark-arabic-news'
import {VFile} from 'vfile'
import {afterAll, describe, expect, it} from 'vitest'
import {stringify} from 'yaml'
import {hugeInputs} from '../bench/scaling.js'
import {bodyOf, checkPreservation} from '../scripts/lib/preservation.js'
import {replaceForbiddenCharacters} from '../src/parsing/characters.js'
import {
  arabicWords,
  bidiControls,
  checkJsonLd,
  checkNothingInjected,
  checkRoundTrip,
  countFailures,
  latinWords,
  parseHtml,
  quoteMarks,
  reportNumbers
} from './property-helpers.js'

/** Payloads that break out of text, attributes, scripts, comments, URLs and JSON. */
const payloads: ReadonlyArray<string> = [
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '</SCRIPT >x',
  '</script\t/>',
  '<!--<script>',
  '--><script>alert(1)</script>',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<img src=x onerror=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg/onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<a href="javascript:alert(1)">x</a>',
  '<style>*{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<title>x</title>',
  '<textarea></textarea><script>alert(1)</script>',
  '<plaintext>',
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus '",
  '"><script>alert(1)</script>',
  '`><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/x.jpg',
  'https://evil.example/"><script>alert(1)</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '\\u003cscript\\u003ealert(1)\\u003c/script\\u003e',
  '{"@context":"https://evil.example"}',
  '"}]}</script><script>alert(1)</script>',
  'a\u2028b\u2029c',
  '\u202Egnp.exe',
  '\u0000<script>\u0000alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '<%= 7*7 %>',
  'قال الوزير «</script><script>alert(1)</script>»'
]

/** Front matter fields the library reads, as a value holding a payload. */
const fields: ReadonlyArray<{name: string; value: (payload: string) => unknown}> = [
  {name: 'title', value: (payload) => payload},
  {name: 'description', value: (payload) => payload},
  {name: 'author', value: (payload) => payload},
  {name: 'author', value: (payload) => ({name: payload, url: payload, sameAs: [payload]})},
  {name: 'authors', value: (payload) => [payload, {name: payload, url: payload}]},
  {name: 'url', value: (payload) => payload},
  {name: 'image', value: (payload) => payload},
  {name: 'image', value: (payload) => ({url: payload, caption: payload, width: payload, height: 10})},
  {name: 'keywords', value: (payload) => [payload, payload]},
  {name: 'keywords', value: (payload) => payload + ', ' + payload},
  {name: 'tags', value: (payload) => [payload]},
  {name: 'section', value: (payload) => payload},
  {name: 'category', value: (payload) => payload},
  {name: 'date', value: (payload) => payload},
  {name: 'modified', value: (payload) => payload},
  {name: 'lang', value: (payload) => payload},
  {name: 'language', value: (payload) => payload},
  {name: 'dir', value: (payload) => payload},
  {name: 'publisher', value: (payload) => ({name: payload, url: payload, logo: payload})},
  {name: 'timeZone', value: (payload) => payload},
  {name: 'isAccessibleForFree', value: (payload) => payload},
  {name: 'quotes', value: (payload) => ({speechVerbs: [payload], titles: [payload]})}
]

/** Site options under test: a fragment, and a full page with every metadata option. */
const configurations: ReadonlyArray<{name: string; document: boolean; options: ArabicNewsOptions}> = [
  {name: 'fragment', document: false, options: {}},
  {
    name: 'full page',
    document: true,
    options: {
      jsonLd: {
        publisher: {name: 'صحيفة المثال'},
        baseUrl: 'https://news.example.com/',
        articleBody: true,
        now: '2030-01-01T00:00:00Z'
      },
      document: {css: '/style.css', siteName: 'صحيفة المثال'}
    }
  }
]

const scalingScript = fileURLToPath(new URL('../bench/scaling.ts', import.meta.url))

/** Time allowed for one huge input (a 10 MB article takes about 20 s at linear speed). */
const hugeLimit = Number(process.env['HUGE_LIMIT_MS'] ?? 120_000)

let cases = 0
const failures = countFailures()
afterAll(() => {
  reportNumbers(
    `adversarial: ${cases} hostile articles checked (${payloads.length} payloads in the body and in ${fields.length} front matter fields), ${failures()} failed tests`
  )
})

/**
 * Render an article and check everything that must hold for any input.
 *
 * @param processor
 *   Processor.
 * @param input
 *   Article.
 * @param document
 *   Whether the output is a full page.
 * @returns
 *   HTML and file.
 */
async function renderChecked(
  processor: ArabicNewsProcessor,
  input: string,
  document: boolean
): Promise<{html: string; file: VFile}> {
  const file = new VFile({value: input, path: 'article.txt'})
  const tree = await processor.run(processor.parse(file), file)
  const html = processor.stringify(tree, file)
  cases++
  expect(checkNothingInjected(html, document), 'injected').toBeUndefined()
  expect(checkJsonLd(html, document).problem, 'JSON-LD').toBeUndefined()
  expect(checkRoundTrip(tree, html, document), 'round trip').toBeUndefined()
  const preservation = checkPreservation(
    replaceForbiddenCharacters(input).value,
    html,
    file.data.arabicNews?.headlineSource === 'front-matter'
  )
  expect(preservation.ok, 'text lost or added at ' + preservation.difference).toBe(true)
  return {html, file}
}

describe.each(configurations)('cross-site scripting payloads ($name)', ({document, options}) => {
  const processor = arabicNews(options).freeze()

  it('keeps payloads in the body as text', async () => {
    for (const payload of payloads) {
      const input =
        'عنوان الخبر\n\nالرياض - ' +
        payload +
        ' قال الوزير إن ' +
        payload +
        '.\n\n' +
        payload +
        '\n\nوقال المتحدث: «' +
        payload +
        '»\n'
      const {html} = await renderChecked(processor, input, document)
      const tree = parseHtml(html, document)
      const text = textOf(tree).replace(/\s+/g, ' ')
      expect(text).toContain(replaceForbiddenCharacters(payload).value.replace(/\s+/g, ' ').trim())
    }
  })

  for (const field of fields) {
    it('keeps payloads in front matter `' + field.name + '` out of the markup', async () => {
      for (const payload of payloads) {
        const matter = stringify({title: 'عنوان الخبر', [field.name]: field.value(payload)})
        const input = '---\n' + matter + '---\nالرياض - قال الوزير إن العمل يبدأ غدا.\n'
        await renderChecked(processor, input, document)
      }
    })
  }
})

describe('characters HTML does not allow', () => {
  it('are replaced with U+FFFD, keeping every offset, with one warning at the first', async () => {
    const input = 'عنوان\n\nنص \u0000 و\u0085 ثم \uD800 و\u{1FFFE} 😀 \u000B.\n'
    const file = await arabicNews().process(input)
    cases++
    const html = String(file)
    expect(html).toContain('<p>نص \uFFFD و\uFFFD ثم \uFFFD و\uFFFD\uFFFD 😀 \uFFFD.</p>')
    expect(file.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([
      ['forbidden-character', 3, 4]
    ])
    expect(file.messages[0]?.reason).toMatch(/U\+0000.*\(5 such characters in the file\)/)
    expect(replaceForbiddenCharacters(input).value).toHaveLength(input.length)
  })

  it('are replaced in front matter values too, without touching keys', async () => {
    const file = await arabicNews({document: true}).process('---\ntitle: "عنوان\\0\\x85"\n---\nنص.\n')
    cases++
    expect(file.data.matter?.['title']).toBe('عنوان\uFFFD\uFFFD')
    expect(String(file)).toContain('<title>عنوان\uFFFD\uFFFD</title>')
  })
})

describe('front matter attacks', () => {
  const processor = arabicNews({document: true}).freeze()

  it('keeps `__proto__` and `constructor` keys as plain keys (no prototype pollution)', async () => {
    const file = await processor.process(
      '---\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n---\nنص الخبر.\n'
    )
    cases++
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.getPrototypeOf(file.data.matter)).toBe(Object.prototype)
    expect(Object.keys(file.data.matter ?? {})).toEqual(['__proto__', 'constructor'])
  })

  it('refuses an alias bomb (billion laughs) and keeps the block as text', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h'].entries()) {
      const previous = String.fromCharCode(97 + index)
      levels.push(`${name}: &${name} [${Array.from({length: 9}, () => '*' + previous).join(',')}]`)
    }
    const file = await processor.process('---\n' + levels.join('\n') + '\n---\nنص الخبر.\n')
    cases++
    expect(file.messages.map((message) => message.ruleId)).toContain('front-matter-invalid')
    expect(file.data.matter?.['h']).toBeUndefined()
  })

  it('refuses YAML nested 10,000 deep without throwing', async () => {
    for (const yaml of [
      'title: ' + '['.repeat(10_000) + ']'.repeat(10_000),
      'title: ' + '{a: '.repeat(5000) + '1' + '}'.repeat(5000)
    ]) {
      const input = '---\n' + yaml + '\n---\nنص الخبر.\n'
      const html = String(await processor.process(input))
      cases++
      expect(checkPreservation(input, html).ok).toBe(true)
    }
  })
})

describe('bidi controls', () => {
  const processor = arabicNews().freeze()
  const pageProcessor = arabicNews({document: true}).freeze()

  /** A line with unbalanced embeddings, overrides and isolates among words, Latin runs and quotes. */
  const bidiLine = fc
    .array(
      fc.oneof(
        {weight: 4, arbitrary: fc.constantFrom(...arabicWords)},
        {weight: 2, arbitrary: fc.constantFrom(...latinWords)},
        {weight: 4, arbitrary: fc.constantFrom(...bidiControls)},
        {weight: 1, arbitrary: fc.constantFrom(...quoteMarks)},
        {weight: 1, arbitrary: fc.constantFrom('وقال الوزير: «', '»', ':', '-', 'الرياض -')}
      ),
      {minLength: 1, maxLength: 30}
    )
    .map((words) => words.join(' ').trim())
    .filter((line) => line !== '')

  const bidiArticle = fc
    .tuple(fc.array(bidiLine, {minLength: 1, maxLength: 8}), fc.constantFrom('\n', '\n\n'))
    .map(([lines, separator]) => lines.join(separator) + '\n')

  it('never moves a control out of its line: every block holds text of one line, in order', async () => {
    await fc.assert(
      fc.asyncProperty(bidiArticle, fc.boolean(), async (input, document) => {
        const file = await (document ? pageProcessor : processor).process(new VFile({value: input}))
        cases++
        const problem = checkBlocksFollowLines(input, String(file), document)
        if (problem) throw new Error(problem)
      }),
      {numRuns: Number(process.env['PROPERTY_RUNS'] ?? 300)}
    )
  })

  it('keeps an unbalanced override inside its paragraph (explicit case)', async () => {
    const input = 'عنوان\n\nقال \u202Eالمتحدث CNN إن «الخطة \u2067جديدة»\n\nفقرة ثانية سليمة.\n'
    const html = String(await processor.process(input))
    cases++
    expect(checkBlocksFollowLines(input, html, false)).toBeUndefined()
    const second = /<p>فقرة ثانية سليمة\.<\/p>/.exec(html)
    expect(second, 'the next paragraph is its own block, without controls').not.toBeNull()
  })

  it('keeps a control inside a URL within its left-to-right isolate', async () => {
    const input = 'عنوان\n\nالرابط https://example.com/\u202Egnp.exe هنا.\n'
    const html = String(await processor.process(input))
    cases++
    expect(html).toContain('<bdi dir="ltr">https://example.com/\u202Egnp.exe</bdi>')
  })
})

describe('huge articles', () => {
  // Each in a process of its own that is killed past the limit: time that grows
  // faster than the input fails here instead of hanging the run.
  for (const {name} of hugeInputs) {
    it(
      'renders ' + name + ' whole, keeping the text, within ' + hugeLimit / 1000 + ' s',
      async () => {
        const result = await renderHugeInChild(name)
        cases++
        expect(result.whole, 'page ends with </html>').toBe(true)
        expect(result.preserved, 'text kept').toBe(true)
      },
      hugeLimit + 30_000
    )
  }
})

/**
 * Render one of the huge inputs in a child process, killed after `hugeLimit`.
 *
 * @param name
 *   Name in `hugeInputs`.
 * @returns
 *   What the child printed.
 */
function renderHugeInChild(name: string): Promise<{whole: boolean; preserved: boolean; milliseconds: number}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', scalingScript, '--huge', name], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), hugeLimit)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal === 'SIGKILL')
        reject(new Error(name + ': not done after ' + hugeLimit / 1000 + ' s (time grows faster than the input)'))
      else if (code !== 0) reject(new Error(name + ': exit code ' + String(code) + '\n' + stderr.slice(-2000)))
      else
        resolve(
          JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
            whole: boolean
            preserved: boolean
            milliseconds: number
          }
        )
    })
  })
}

/**
 * Check that the blocks of an output follow the lines of its input: each
 * block’s text is the next part of one line, so no character (a bidi control
 * included) moved to another line’s block, and no block joins two lines.
 *
 * @param input
 *   Article (no front matter).
 * @param html
 *   Output.
 * @param document
 *   Whether it is a full page.
 * @returns
 *   What is wrong, or `undefined`.
 */
/**
 * Where a block ends that holds the rest of line `line` (from `offset`) and
 * then whole lines of closing punctuation only (`.`, `".`), which join the
 * paragraph above; `undefined` when it is not such a block.
 */
function spanStrayClosings(lines: Array<string>, line: number, offset: number, block: string): number | undefined {
  const rest = lines[line]?.slice(offset)
  if (!rest || !block.startsWith(rest) || block === rest) return undefined
  let taken = rest.length
  let at = line
  while (taken < block.length) {
    const next = lines[++at]
    if (next === undefined || !/^[.!?؟…،,;؛:"”»’)\]]+$/.test(next) || !block.startsWith(next, taken)) return undefined
    taken += next.length
  }

  return at
}

function checkBlocksFollowLines(input: string, html: string, document: boolean): string | undefined {
  const lines = bodyOf(input)
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/\s+/g, ''))
    .filter((line) => line !== '')
  const tree = parseHtml(html, document)
  const article = findElement(tree, 'article')
  if (!article) return 'no article'
  const blocks: Array<string> = []
  let stray: string | undefined
  collectBlocks(article)
  if (stray !== undefined) return 'text outside a block: ' + JSON.stringify(stray)

  let line = 0
  let offset = 0
  for (const block of blocks) {
    if (block === '') continue
    while (line < lines.length && offset >= lines[line]!.length) {
      line++
      offset = 0
    }

    // A line of closing punctuation alone goes back to the block above it.
    const spanned = spanStrayClosings(lines, line, offset, block)
    if (spanned !== undefined) {
      line = spanned
      offset = lines[line]!.length
      continue
    }

    while (line < lines.length && !lines[line]!.startsWith(block, offset)) {
      if (offset < lines[line]!.length)
        return (
          'block ' +
          JSON.stringify(block) +
          ' does not continue line ' +
          (line + 1) +
          ' ' +
          JSON.stringify(lines[line]!.slice(offset))
        )
      line++
      offset = 0
    }

    if (line === lines.length) return 'block ' + JSON.stringify(block) + ' is not part of one line'
    offset += block.length
  }

  return undefined

  function collectBlocks(node: Element): undefined {
    for (const child of node.children) {
      if (child.type === 'text') {
        if (child.value.trim() !== '') stray = child.value
      } else if (child.type === 'element') {
        if (['h1', 'h2', 'p', 'figcaption', 'li'].includes(child.tagName))
          blocks.push(textOf(child).replace(/\s+/g, ''))
        else if (child.tagName !== 'script') collectBlocks(child)
      }
    }

    return undefined
  }
}

function findElement(node: Root | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.tagName === tagName) return child
    const found = findElement(child, tagName)
    if (found) return found
  }

  return undefined
}

function textOf(node: Root | Element): string {
  let text = ''
  for (const child of node.children) {
    if (child.type === 'text') text += child.value
    else if (child.type === 'element' && child.tagName !== 'script') text += textOf(child)
  }

  return text
}
