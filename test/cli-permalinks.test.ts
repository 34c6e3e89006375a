import {readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {decodeArticle} from '../src/cli/decode.js'
import {isSafeOutputPath, outputPathOf, pageUrlOf} from '../src/cli/output-path.js'
import {planArticle} from '../src/cli/plan.js'
import {article, makeTree, run, type RunResult} from './cli-helpers.js'

/**
 * List article pages under a folder (relative, sorted): hidden files and site pages left out.
 *
 * @param root
 *   Folder.
 * @returns
 *   Paths.
 */
async function listPages(root: string): Promise<Array<string>> {
  const entries = await readdir(root, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((name) => !siteFile.test(name))
    .sort()
}

/** Files the site writer adds around the articles (home, lists, feeds, sitemaps). */
const siteFile =
  /^(?:index\.html|page\/|sections\/|authors\/|feed\.|rss\.xml|robots\.txt|sitemap[^/]*\.xml|style\.[\da-f]+\.css)/

/**
 * An article with front matter.
 *
 * @param matter
 *   YAML lines.
 * @returns
 *   Text.
 */
function withMatter(matter: string): string {
  return `---\n${matter}\n---\n` + article('خبر بعنوان واضح')
}

/**
 * A fresh output folder path.
 *
 * @returns
 *   Path.
 */
function outputFolder(): string {
  return path.join(tmpdir(), 'arabic-news-out-' + Math.random().toString(36).slice(2))
}

/**
 * Build a folder in this process, one job, with more flags.
 *
 * @param input
 *   Input folder.
 * @param output
 *   Output folder.
 * @param flags
 *   More flags.
 * @returns
 *   Exit code and output.
 */
function build(input: string, output: string, ...flags: Array<string>): Promise<RunResult> {
  return run(['build', input, '--out', output, '--jobs', '1', ...flags])
}

/**
 * The canonical link of a page.
 *
 * @param file
 *   Page path.
 * @returns
 *   `href`.
 */
async function canonical(file: string): Promise<string | undefined> {
  return /<link rel="canonical" href="([^"]*)"/.exec(await readFile(file, 'utf8'))?.[1]
}

describe('output paths from front matter', () => {
  const base = {baseUrl: 'https://news.example.com/ar/'}

  it('places pages by `url` and `slug`, clean or not', () => {
    expect(outputPathOf('a/b.txt', undefined, {})).toEqual({ok: true, output: 'a/b.html'})
    expect(outputPathOf('a/b.txt', undefined, {cleanUrls: true})).toEqual({ok: true, output: 'a/b/index.html'})
    expect(outputPathOf('index.txt', undefined, {cleanUrls: true})).toEqual({ok: true, output: 'index.html'})
    expect(outputPathOf('seed.txt', {url: '/world/2025/09/witkoff'}, {})).toEqual({
      ok: true,
      output: 'world/2025/09/witkoff.html'
    })
    expect(outputPathOf('seed.txt', {url: '/world/witkoff/'}, {})).toEqual({
      ok: true,
      output: 'world/witkoff/index.html'
    })
    expect(outputPathOf('seed.txt', {url: 'world/witkoff.html'}, base)).toEqual({
      ok: true,
      output: 'world/witkoff.html'
    })
    expect(outputPathOf('seed.txt', {url: 'https://news.example.com/ar/world/x'}, base)).toEqual({
      ok: true,
      output: 'world/x.html'
    })
    expect(outputPathOf('seed.txt', {url: '/world/x'}, {cleanUrls: true})).toEqual({
      ok: true,
      output: 'world/x/index.html'
    })
    expect(outputPathOf('seed.txt', {url: '/%D8%AE%D8%A8%D8%B1'}, {})).toEqual({ok: true, output: 'خبر.html'})
    // An address on another site is a canonical to the original: the page stays where its name puts it.
    expect(outputPathOf('a/seed.txt', {url: 'https://other.example/x'}, base)).toEqual({
      ok: true,
      output: 'a/seed.html'
    })
    expect(outputPathOf('a/seed.txt', {slug: 'ويتكوف'}, {})).toEqual({ok: true, output: 'a/ويتكوف.html'})
    expect(outputPathOf('seed.txt', {slug: 'witkoff'}, {cleanUrls: true})).toEqual({
      ok: true,
      output: 'witkoff/index.html'
    })
  })

  it('refuses paths that would leave the output folder, with a clear message', () => {
    for (const [matter, reason] of [
      [{url: '../../etc/x'}, /`\.` and `\.\.` are not allowed/],
      [{url: '/a/./b'}, /`\.` and `\.\.` are not allowed/],
      [{url: '/a/%2e%2e/b'}, /encoded dots/],
      [{url: '/a/%2E%2E%2Fb'}, /encoded dots/],
      [{url: '/a\\..\\b'}, /backslashes/],
      [{url: '/a\u0000b'}, /NUL/],
      [{url: 'file:///etc/passwd'}, /expected a path or an `http:`/],
      [{url: 'javascript:alert(1)'}, /expected a path or an `http:`/],
      [{url: '/other/x'}, /outside the base URL/],
      [{url: 'https://news.example.com/en/x'}, /outside the base URL/],
      [{url: '/.hidden'}, /hidden/],
      [{slug: '../x'}, /cannot contain `\/`|not allowed/],
      [{slug: 'a/b'}, /cannot contain `\/`/],
      [{slug: '..'}, /not allowed/],
      [{slug: 'C:\\x'}, /backslashes/],
      [{slug: ''}, /empty/]
    ] as const) {
      const result = outputPathOf('seed.txt', matter, base)
      expect(result.ok, JSON.stringify(matter)).toBe(false)
      if (!result.ok) expect(result.reason).toMatch(reason)
    }
    expect(isSafeOutputPath('a/b.html')).toBe(true)
    for (const unsafe of ['../a.html', '/a.html', 'a//b.html', 'a\\b.html', 'a/./b.html', 'a.txt']) {
      expect(isSafeOutputPath(unsafe), unsafe).toBe(false)
    }
  })

  it('encodes page URLs segment by segment and keeps the base URL’s path', () => {
    expect(pageUrlOf('http:evil.example.html', 'https://news.example.com/', false)).toBe(
      'https://news.example.com/http%3Aevil.example.html'
    )
    expect(pageUrlOf('q?x#y.html', 'https://news.example.com/', false)).toBe('https://news.example.com/q%3Fx%23y.html')
    expect(pageUrlOf('a\\b.html', 'https://news.example.com/', false)).toBe('https://news.example.com/a%5Cb.html')
    expect(pageUrlOf('%2e%2e/x.html', 'https://news.example.com/ar/', false)).toBe(
      'https://news.example.com/ar/%252e%252e/x.html'
    )
    expect(pageUrlOf('world/x.html', 'https://news.example.com/ar', false)).toBe(
      'https://news.example.com/ar/world/x.html'
    )
    expect(pageUrlOf('world/x/index.html', 'https://news.example.com/ar?q#h', true)).toBe(
      'https://news.example.com/ar/world/x/'
    )
    expect(pageUrlOf('خبر.html', 'https://news.example.com/', false)).toBe(
      'https://news.example.com/%D8%AE%D8%A8%D8%B1.html'
    )
  })

  it('leaves out drafts and future-dated articles unless asked', () => {
    const now = Date.UTC(2025, 8, 4, 12)
    expect(planArticle('a.txt', withMatter('draft: true'), {now})).toMatchObject({
      kind: 'leave-out',
      why: {reason: 'draft'}
    })
    expect(planArticle('a.txt', withMatter('draft: true'), {now, drafts: true})).toMatchObject({kind: 'publish'})
    expect(planArticle('a.txt', withMatter('draft: false'), {now})).toMatchObject({kind: 'publish'})
    expect(planArticle('a.txt', withMatter('date: 2025-09-05T10:00:00+03:00'), {now})).toMatchObject({
      kind: 'leave-out',
      why: {reason: 'future'}
    })
    expect(planArticle('a.txt', withMatter('date: 2025-09-04T10:00:00+03:00'), {now})).toMatchObject({kind: 'publish'})
    expect(planArticle('a.txt', withMatter('datePublished: 2025-09-05'), {now, future: true})).toMatchObject({
      kind: 'publish'
    })
    // Midnight of the 5th in Riyadh is still the 4th in UTC at 21:00.
    expect(
      planArticle('a.txt', withMatter('date: 2025-09-05'), {now: Date.UTC(2025, 8, 4, 21), timeZone: 'Asia/Riyadh'})
    ).toMatchObject({kind: 'publish'})
  })
})

describe('arabic-news build: permalinks, drafts, collisions', () => {
  it('writes each page where its canonical URL points', async () => {
    const input = await makeTree({
      'seed.txt': withMatter('url: world/2025/09/witkoff'),
      'world/b.txt': withMatter('slug: ويتكوف'),
      'http:evil.example.txt': article('عنوان أول'),
      'q?x#y.txt': article('عنوان ثان'),
      'plain.txt': article('عنوان ثالث')
    })
    const output = outputFolder()
    const result = await build(input, output, '--base-url', 'https://news.example.com/ar')
    expect(result.code, result.stderr).toBe(0)
    expect(await listPages(output)).toEqual([
      'http:evil.example.html',
      'plain.html',
      'q?x#y.html',
      'world/2025/09/witkoff.html',
      'world/ويتكوف.html'
    ])
    expect(await canonical(path.join(output, 'world/2025/09/witkoff.html'))).toBe(
      'https://news.example.com/ar/world/2025/09/witkoff'
    )
    expect(await canonical(path.join(output, 'world/ويتكوف.html'))).toBe(
      'https://news.example.com/ar/world/%D9%88%D9%8A%D8%AA%D9%83%D9%88%D9%81.html'
    )
    expect(await canonical(path.join(output, 'http:evil.example.html'))).toBe(
      'https://news.example.com/ar/http%3Aevil.example.html'
    )
    expect(await canonical(path.join(output, 'q?x#y.html'))).toBe('https://news.example.com/ar/q%3Fx%23y.html')

    // The page follows its `url`: the old one is removed.
    await writeFile(path.join(input, 'seed.txt'), withMatter('url: world/witkoff/'))
    const moved = await build(input, output, '--base-url', 'https://news.example.com/ar')
    expect(moved.code, moved.stderr).toBe(0)
    expect(await listPages(output)).toContain('world/witkoff/index.html')
    expect(await listPages(output)).not.toContain('world/2025/09/witkoff.html')
    await rm(output, {recursive: true, force: true})
  })

  it('writes clean URLs with --clean-urls', async () => {
    const input = await makeTree({'world/index.txt': article('الرئيسية'), 'world/a.txt': article('خبر')})
    const output = outputFolder()
    const result = await build(input, output, '--clean-urls', '--base-url', 'https://news.example.com/')
    expect(result.code, result.stderr).toBe(0)
    expect(await listPages(output)).toEqual(['world/a/index.html', 'world/index.html'])
    expect(await canonical(path.join(output, 'world/a/index.html'))).toBe('https://news.example.com/world/a/')
  })

  it('refuses unsafe front matter paths, naming the file and the reason', async () => {
    const input = await makeTree({
      'a.txt': withMatter('url: ../../outside'),
      'b.txt': withMatter('slug: ../../outside'),
      'c.txt': withMatter('url: /x/%2e%2e/%2e%2e/outside')
    })
    const output = outputFolder()
    const result = await build(input, output)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^a\.txt\n.*error +Cannot place the page: `url` `\.\.\/\.\.\/outside`: `\.` and `\.\.` are not allowed/m
    )
    expect(result.stderr).toMatch(/^b\.txt\n.*error +Cannot place the page: `slug`/m)
    expect(result.stderr).toMatch(/^c\.txt\n.*error +Cannot place the page: .*encoded dots/m)
    expect(await listPages(output)).toEqual([])
  })

  it('leaves out drafts and future articles unless --drafts / --future, and removes a page turned draft', async () => {
    const input = await makeTree({
      'draft.txt': withMatter('draft: true'),
      'future.txt': withMatter('date: 2999-01-01'),
      'now.txt': withMatter('date: 2025-09-04')
    })
    const output = outputFolder()
    const first = await build(input, output)
    expect(first.code, first.stderr).toBe(0)
    expect(await listPages(output)).toEqual(['now.html'])
    expect(first.stderr).toMatch(/draft\.txt\n.*Not published: a draft \(`draft: true`; see --drafts\)/)
    expect(first.stderr).toMatch(
      /future\.txt\n.*Not published: dated in the future \(2999-01-01T00:00:00\+00:00; see --future\)/
    )
    expect(first.stderr).toMatch(/3 files \(1 written, 0 unchanged, 0 failed, 2 skipped\)/)

    const all = await build(input, output, '--drafts', '--future')
    expect(all.code, all.stderr).toBe(0)
    expect(await listPages(output)).toEqual(['draft.html', 'future.html', 'now.html'])

    await writeFile(path.join(input, 'now.txt'), withMatter('draft: true'))
    const again = await build(input, output)
    expect(again.code, again.stderr).toBe(0)
    expect(await listPages(output)).toEqual([])
  })

  it('reports two inputs for one page naming both, on any file system', async () => {
    const input = await makeTree({
      'A.txt': article('أ'),
      'a.txt': article('ب'),
      'caf\u00E9.txt': article('ج'),
      'cafe\u0301.txt': article('د'),
      'y.txt': article('ه'),
      'y.html/z.txt': article('و'),
      'x.txt': withMatter('url: /same.html'),
      'z/same.txt': withMatter('url: /same.html')
    })
    const output = outputFolder()
    const result = await build(input, output)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('`A.txt` → `A.html` and `a.txt` → `a.html`')
    expect(result.stderr).toContain('`cafe\u0301.txt` → `cafe\u0301.html` and `caf\u00E9.txt` → `caf\u00E9.html`')
    expect(result.stderr).toContain(
      'Output `y.html/z.html` of `y.html/z.txt` needs a folder `y.html` where `y.txt` → `y.html` is a page'
    )
    expect(result.stderr).toContain('Two inputs map to one output: `x.txt` and `z/same.txt` → `same.html`')
    expect(result.stderr).not.toContain('EISDIR')
    expect(await listPages(output)).toEqual(['A.html', 'cafe\u0301.html', 'same.html', 'y.html'])
  })
})

describe('arabic-news build: markdown and encodings', () => {
  it('renders .md through remark-parse, without raw HTML', async () => {
    const input = await makeTree({
      'm.md':
        '---\ntitle: عنوان المقال\n---\n\nفقرة فيها **كلمة بارزة** و[رابط](https://example.com/a) <img src=x onerror=alert(1)>.\n\nفقرة ثانية.\n'
    })
    const output = outputFolder()
    const result = await build(input, output, '--base-url', 'https://news.example.com/')
    expect(result.code, result.stderr).toBe(0)
    const page = await readFile(path.join(output, 'm.html'), 'utf8')
    expect(page).toContain('<strong>كلمة بارزة</strong>')
    expect(page).toContain('<a href="https://example.com/a">رابط</a>')
    expect(page).toContain('<h1>عنوان المقال</h1>')
    const body = page.slice(page.indexOf('<body>'))
    expect(body).not.toContain('<img')
    expect(body).not.toContain('**')
    expect(result.stderr).toMatch(/m\.md\n.*warning +Unexpected raw HTML in markdown/)
  })

  it('reads windows-1256 with --encoding, UTF-16 with a byte order mark, and places bad bytes', async () => {
    const text = article('خبر بترميز قديم')
    const cp1256 = Buffer.from(
      [...text].map((character) => {
        if (character.charCodeAt(0) < 0x80) return character.charCodeAt(0)
        for (let byte = 0x80; byte < 0x100; byte++) {
          if (new TextDecoder('windows-1256').decode(Uint8Array.of(byte)) === character) return byte
        }
        throw new Error('Not in windows-1256: ' + character)
      })
    )
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(decodeArticle(cp1256, {encoding: 'windows-1256'})).toEqual({ok: true, text})
    expect(decodeArticle(utf16)).toEqual({ok: true, text})
    expect(decodeArticle(Buffer.from([0x61, 0x0a, 0xd8, 0xa7, 0xd8, 0xa8, 0xff]))).toMatchObject({
      ok: false,
      line: 2,
      column: 3
    })

    const input = await makeTree({'old.txt': cp1256})
    const output = outputFolder()
    const refused = await build(input, output)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/old\.txt\n1:1 +error +Invalid UTF-8 at byte 0: .*--encoding windows-1256/)
    const read = await build(input, output, '--encoding', 'windows-1256')
    expect(read.code, read.stderr).toBe(0)
    expect(await readFile(path.join(output, 'old.html'), 'utf8')).toContain('خبر بترميز قديم')

    const utf16Input = await makeTree({'wide.txt': utf16})
    const wide = await run(['render', path.join(utf16Input, 'wide.txt'), '--fragment'])
    expect(wide.code, wide.stderr).toBe(0)
    expect(wide.stdout).toContain('خبر بترميز قديم')
  })

  it('reports unknown flags and bad values in its own words, with exit code 2', async () => {
    for (const [argv, message] of [
      [['build', 'x', '--out', 'y', '--bogus'], 'arabic-news: Unknown option `--bogus`\n'],
      [['build', 'x', '--out'], 'arabic-news: Option `--out` needs a value\n'],
      [['build', 'x', '--out', 'y', '--encoding', 'klingon'], 'arabic-news: Unknown encoding `klingon`'],
      [['serve', 'x', '--out', 'y', '--port', '99999'], 'arabic-news: Invalid `--port 99999`'],
      [['build', 'x', '--out', 'y', '--port', '1'], 'arabic-news: `--port` only applies to `serve`']
    ] as const) {
      const result = await run(argv)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr.startsWith(message), result.stderr).toBe(true)
    }
  })
})
