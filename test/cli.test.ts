import {chmod, mkdir, readdir, readFile, rm, stat, symlink, truncate, utimes, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {DEFAULT_MAX_SIZE, parseCommand, parseSize} from '../src/cli/args.js'
import {writeFileAtomic} from '../src/cli/atomic.js'
import {useColor} from '../src/cli/build.js'
import {decodeArticle, firstInvalidUtf8} from '../src/cli/decode.js'
import {formatSummary} from '../src/cli/feedback.js'
import {manifestName} from '../src/cli/manifest.js'
import {formatDuration, formatProgress} from '../src/cli/progress.js'
import {fnv1a, inShard, parseShard} from '../src/cli/shard.js'
import {outputPathFor} from '../src/cli/walk.js'
import {article, isSiteFile, makeTree, run} from './cli-helpers.js'

/**
 * List files under a folder (relative, sorted), hidden files included.
 *
 * @param root
 *   Folder.
 * @returns
 *   Paths.
 */
async function listFiles(root: string): Promise<Array<string>> {
  const entries = await readdir(root, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((name) => !isSiteFile(name))
    .sort()
}

describe('arabic-news arguments', () => {
  it('exits 0 on --help and --version', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('build <input-dir> --out <output-dir>')
    const version = await run(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('exits 2 on usage errors, with a message', async () => {
    for (const argv of [
      [],
      ['frobnicate'],
      ['build'],
      ['build', 'examples/articles'],
      ['build', 'examples/articles', '--out', 'x', '--bogus'],
      ['build', 'examples/articles', '--out', 'x', '--jobs', '0'],
      ['build', 'examples/articles', '--out', 'x', '--shard', '3/2'],
      ['build', 'examples/articles', '--out', 'x', '--base-url', 'not a url'],
      ['build', 'examples/articles', '--out', 'x', '--time-zone', 'Mars/Olympus'],
      ['build', 'does-not-exist', '--out', 'x'],
      ['render'],
      ['render', 'a.txt', '--out', 'x']
    ]) {
      const result = await run(argv)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^arabic-news: .+\nRun `arabic-news --help`/)
    }
  })

  it('parses build options', () => {
    const command = parseCommand([
      'build',
      'in',
      '-o',
      'out',
      '-j',
      '3',
      '--shard',
      '2/5',
      '--max-size',
      '2m',
      '--site-name',
      'س'
    ])
    expect(command).toMatchObject({
      command: 'build',
      input: 'in',
      output: 'out',
      jobs: 3,
      shard: {index: 2, count: 5},
      maxSize: 2 * 1024 * 1024
    })
    expect(parseCommand(['render', '-'])).toMatchObject({command: 'render', input: '-', maxSize: DEFAULT_MAX_SIZE})
    expect(parseSize('500k')).toBe(512_000)
    expect(parseSize('1048576')).toBe(1_048_576)
    expect(() => parseSize('lots')).toThrow(/--max-size/)
  })
})

describe('arabic-news build', () => {
  it('mirrors the tree, reports bad files with their path, and exits 1 with the others written', async () => {
    const input = await makeTree({
      'one.txt': article('الخبر الأول'),
      'nested/deeper/two.md': article('الخبر الثاني'),
      'notes.json': '{}',
      'bad-utf8.txt': Buffer.from([0xd8, 0xa7, 0x0a, 0xff, 0xfe, 0x41]),
      'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14]),
      'clash/a.txt': article('أ'),
      'clash/a.md': article('ب'),
      '.hidden/skip.txt': article('مخفي')
    })
    await truncate(path.join(input, 'huge.txt'), 50 * 1024 * 1024).catch(async () => {
      await writeFile(path.join(input, 'huge.txt'), '')
      await truncate(path.join(input, 'huge.txt'), 50 * 1024 * 1024)
    })
    await symlink('/etc/hostname', path.join(input, 'outside.txt'))
    await symlink(path.join(input, 'one.txt'), path.join(input, 'inside.txt'))
    const output = path.join(input, 'site')

    const result = await run(['build', input, '--out', output, '--jobs', '1'])
    expect(result.code).toBe(1)
    expect(await listFiles(output)).toEqual([
      '.arabic-news-manifest.json',
      'inside.html',
      'nested/deeper/two.html',
      'one.html'
    ])
    const page = await readFile(path.join(output, 'nested/deeper/two.html'), 'utf8')
    expect(page).toContain('الخبر الثاني')
    expect(page.endsWith('\n')).toBe(true)

    // vfile-reporter blocks: the path on one line, then one line per message.
    expect(result.stderr).toMatch(/^bad-utf8\.txt\n2:1 +error +Invalid UTF-8 at byte 3/m)
    expect(result.stderr).toMatch(/^binary\.txt\n.*error +Binary file/m)
    expect(result.stderr).toMatch(/^huge\.txt\n.*error +File too large \(50\.0 MB, limit 16\.0 MB/m)
    expect(result.stderr).toMatch(
      /^outside\.txt\n.*warning +Not followed: symbolic link points outside the input folder/m
    )
    expect(result.stderr).toContain('Two inputs map to one output: `clash/a.md` and `clash/a.txt` → `clash/a.html`')
    expect(result.stderr).not.toContain('skip.txt')
    expect(result.stderr).not.toContain('site/')
    expect(result.stderr).toMatch(/✖ 9 files \(3 written, 0 unchanged, 5 failed, 1 skipped\), 1 warning, 5 errors in/)
    expect(result.stderr).not.toContain('\u001B[')

    // The output folder inside the input folder is not read back on a rebuild.
    const again = await run(['build', input, '--out', output, '--jobs', '1', '--quiet'])
    expect(again.code).toBe(1)
    expect(await listFiles(output)).toHaveLength(4)
  })

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file and goes on', async () => {
    const input = await makeTree({'locked.txt': article('مقفل'), 'open.txt': article('مفتوح')})
    await chmod(path.join(input, 'locked.txt'), 0o000)
    const result = await run(['build', input, '--out', path.join(input, '../out-' + path.basename(input)), '-j', '1'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/locked\.txt\n.*Cannot read file: EACCES/)
  })

  it('exits 0 on success and reads the configuration file', async () => {
    const input = await makeTree({
      'a.txt': article('عنوان'),
      'arabic-news.config.json': JSON.stringify({language: 'ar-EG', fragment: true})
    })
    const output = path.join(input, 'out')
    const result = await run(['build', input, '-o', output, '-j', '1'])
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/^✔ 1 file \(1 written, 0 unchanged, 0 failed\), 0 warnings, 0 errors in \d/)
    expect(await readFile(path.join(output, 'a.html'), 'utf8')).toMatch(/^<article dir="rtl" lang="ar-EG">/)

    // Flags win over the configuration file.
    await run(['build', input, '-o', output, '-j', '1', '--language', 'ar-SA'])
    expect(await readFile(path.join(output, 'a.html'), 'utf8')).toMatch(/lang="ar-SA"/)

    await writeFile(path.join(input, 'arabic-news.config.json'), '{"sitename": "x"}')
    const bad = await run(['build', input, '-o', output, '-j', '1'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Unknown key `sitename`')
  })

  it('refuses to build into the input folder itself', async () => {
    const input = await makeTree({'a.txt': article('عنوان')})
    const result = await run(['build', input, '-o', input, '-j', '1'])
    expect(result.code).toBe(2)
  })

  it('writes a JSON report to a file and to standard output', async () => {
    const input = await makeTree({'a.txt': article('عنوان'), 'b.txt': Buffer.from([0xff])})
    const report = path.join(input, 'report.json')
    const result = await run([
      'build',
      input,
      '-o',
      path.join(input, 'out'),
      '-j',
      '1',
      '--quiet',
      '--report',
      report,
      '--json'
    ])
    expect(result.code).toBe(1)
    const fromFile = JSON.parse(await readFile(report, 'utf8')) as {
      files: Array<{path: string; status: string}>
      summary: Record<string, unknown>
    }
    expect(JSON.parse(result.stdout)).toEqual(fromFile)
    expect(fromFile.files.map((file) => [file.path, file.status]).sort()).toEqual([
      ['a.txt', 'written'],
      ['b.txt', 'failed']
    ])
    expect(fromFile.summary).toMatchObject({files: 2, written: 1, failed: 1, errors: 1, interrupted: false})
    // Quiet: errors only, no summary line.
    expect(result.stderr).toContain('b.txt')
    expect(result.stderr).not.toContain('✖')
    expect((await readdir(input)).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const noFolder = await run([
      'build',
      input,
      '-o',
      path.join(input, 'out'),
      '-j',
      '1',
      '-q',
      '--report',
      path.join(input, 'no/such/folder.json')
    ])
    expect(noFolder.code).toBe(2)
    expect(noFolder.stderr).toContain('Cannot write report')
  })

  it('skips unchanged articles and rebuilds what changed', async () => {
    const input = await makeTree({'a.txt': article('أ'), 'b.txt': article('ب'), 'sub/c.txt': article('ج')})
    const output = path.join(input, 'out')
    const build = async (...extra: Array<string>) => {
      const result = await run(['build', input, '-o', output, '-j', '1', '--json', ...extra])
      const report = JSON.parse(result.stdout) as {
        summary: Record<string, number>
        files: Array<{path: string; status: string}>
      }
      return {
        code: result.code,
        ...report.summary,
        statuses: Object.fromEntries(report.files.map((file) => [file.path, file.status]))
      }
    }

    expect(await build()).toMatchObject({code: 0, written: 3, unchanged: 0})
    expect(await build()).toMatchObject({code: 0, written: 0, unchanged: 3})

    await writeFile(path.join(input, 'b.txt'), article('ب معدل'))
    expect((await build()).statuses).toEqual({'a.txt': 'unchanged', 'b.txt': 'written', 'sub/c.txt': 'unchanged'})
    expect(await readFile(path.join(output, 'b.html'), 'utf8')).toContain('ب معدل')

    // A missing output is rebuilt.
    await rm(path.join(output, 'a.html'))
    expect((await build()).statuses['a.txt']).toBe('written')

    // Other options rebuild everything.
    expect(await build('--site-name', 'موقع')).toMatchObject({written: 3})
    expect(await build('--site-name', 'موقع')).toMatchObject({written: 0, unchanged: 3})
    expect(await build('--site-name', 'موقع', '--force')).toMatchObject({written: 3})

    // An input removed: its output goes too.
    await rm(path.join(input, 'sub/c.txt'))
    expect(await build('--site-name', 'موقع')).toMatchObject({removed: 1, unchanged: 2})
    expect(await listFiles(output)).toEqual(['.arabic-news-manifest.json', 'a.html', 'b.html'])

    // A failed rebuild keeps the last good output and its manifest entry.
    await writeFile(path.join(input, 'a.txt'), Buffer.from([0xff]))
    expect(await build('--site-name', 'موقع')).toMatchObject({code: 1, failed: 1, removed: 0})
    expect(await listFiles(output)).toContain('a.html')
    const manifest = JSON.parse(await readFile(path.join(output, '.arabic-news-manifest.json'), 'utf8')) as {
      files: Record<string, unknown>
    }
    expect(Object.keys(manifest.files).sort()).toEqual(['a.txt', 'b.txt'])
  })

  it('trusts an unchanged size and time only for files older than the last build', async () => {
    const input = await makeTree({'old.txt': article('قديم'), 'new.txt': article('جديد')})
    const output = path.join(input, 'out')
    const past = Date.now() / 1000 - 600
    await utimes(path.join(input, 'old.txt'), past, past)
    const statuses = async () => {
      const result = await run(['build', input, '-o', output, '-j', '1', '--json'])
      return Object.fromEntries(
        (JSON.parse(result.stdout) as {files: Array<{path: string; status: string}>}).files.map((file) => [
          file.path,
          file.status
        ])
      )
    }
    expect(await statuses()).toEqual({'new.txt': 'written', 'old.txt': 'written'})

    // Same size, same old time, other content: trusted as unchanged without reading (as make and git do).
    await writeFile(path.join(input, 'old.txt'), article('عتيق'))
    await utimes(path.join(input, 'old.txt'), past, past)
    // Same size, other content, written just now (close to the last build): read and rebuilt.
    await writeFile(path.join(input, 'new.txt'), article('حديث'))
    expect(await statuses()).toEqual({'new.txt': 'written', 'old.txt': 'unchanged'})
    expect(await readFile(path.join(output, 'new.html'), 'utf8')).toContain('حديث')

    // A manifest left as it was when nothing changed.
    const manifest = path.join(output, '.arabic-news-manifest.json')
    const before = (await stat(manifest)).mtimeMs
    await utimes(path.join(input, 'new.txt'), past, past)
    await statuses()
    const after = (await stat(manifest)).mtimeMs
    expect(after).toBeGreaterThan(before)
    await statuses()
    expect((await stat(manifest)).mtimeMs).toBe(after)
  })

  it('splits a build into shards that cover every article exactly once', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 30; index++) files[`d${index % 3}/article-${index}.txt`] = article('خبر ' + index)
    const input = await makeTree(files)
    const output = path.join(input, 'out')
    const built: Array<Array<string>> = []
    for (const shard of ['1/3', '2/3', '3/3']) {
      const result = await run(['build', input, '-o', output, '-j', '1', '--shard', shard, '--json'])
      expect(result.code).toBe(0)
      built.push((JSON.parse(result.stdout) as {files: Array<{output: string}>}).files.map((file) => file.output))
    }
    const all = built.flat().sort()
    expect(all).toHaveLength(30)
    expect(new Set(all).size).toBe(30)
    for (const part of built) expect(part.length).toBeGreaterThan(0)
    const listed = await listFiles(output)
    expect(listed.filter((name) => name.endsWith('.html'))).toHaveLength(30)
    expect(listed.filter((name) => name.startsWith('.arabic-news-manifest.'))).toEqual([
      manifestName({index: 1, count: 3}),
      manifestName({index: 2, count: 3}),
      manifestName({index: 3, count: 3})
    ])

    // A shard rebuild touches nothing of the other shards.
    const again = await run(['build', input, '-o', output, '-j', '1', '--shard', '2/3', '--json'])
    const summary = (JSON.parse(again.stdout) as {summary: {unchanged: number; written: number; removed: number}})
      .summary
    expect(summary).toMatchObject({unchanged: built[1]?.length, written: 0, removed: 0})
  })

  it('assigns shards by a stable hash of the output path', () => {
    expect(fnv1a('')).toBe(0x81_1c_9d_c5)
    expect(fnv1a('a')).toBe(0xe4_0c_29_2c)
    expect(fnv1a('foobar')).toBe(0xbf_9c_f9_68)
    expect(inShard('x.html', undefined)).toBe(true)
    const hits = [1, 2, 3, 4].filter((index) => inShard('news/2025/a.html', {index, count: 4}))
    expect(hits).toEqual([(fnv1a('news/2025/a.html') % 4) + 1])
    expect(parseShard('2/4')).toEqual({index: 2, count: 4})
    expect(() => parseShard('0/4')).toThrow(/--shard/)
    expect(outputPathFor('a/b.TXT')).toBe('a/b.html')
    expect(outputPathFor('a/b.md')).toBe('a/b.html')
    expect(outputPathFor('a/b.json')).toBeUndefined()
  })
})

describe('arabic-news render', () => {
  it('renders a file or standard input to standard output', async () => {
    const input = await makeTree({'a.txt': article('عنوان الخبر')})
    const fromFile = await run(['render', path.join(input, 'a.txt'), '--fragment'])
    expect(fromFile.code).toBe(0)
    expect(fromFile.stdout).toMatch(/^<article dir="rtl" lang="ar">\n<h1>عنوان الخبر<\/h1>/)
    const fromStdin = await run(['render', '-', '--fragment'], {stdin: article('عنوان الخبر')})
    expect(fromStdin.stdout).toBe(fromFile.stdout)
  })

  it('exits 1 on a bad file, with the message on standard error', async () => {
    const input = await makeTree({'bad.txt': Buffer.from([0x41, 0xc3])})
    const result = await run(['render', path.join(input, 'bad.txt')])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/error +Invalid UTF-8 at byte 1/)
    const missing = await run(['render', path.join(input, 'nope.txt')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('Cannot read file: ENOENT')
  })
})

describe('arabic-news building blocks', () => {
  it('writes files atomically and leaves no temporary file on failure', async () => {
    const folder = await makeTree({'keep.html': 'old'})
    await writeFileAtomic(path.join(folder, 'deep/new.html'), 'new')
    expect(await readFile(path.join(folder, 'deep/new.html'), 'utf8')).toBe('new')
    await writeFileAtomic(path.join(folder, 'keep.html'), 'replaced')
    expect(await readFile(path.join(folder, 'keep.html'), 'utf8')).toBe('replaced')

    // A folder where the file should go: the rename fails, nothing is left behind.
    await mkdir(path.join(folder, 'taken.html'))
    await expect(writeFileAtomic(path.join(folder, 'taken.html'), 'x')).rejects.toThrow()
    expect(await readdir(folder)).toEqual(['deep', 'keep.html', 'taken.html'])
    expect((await stat(path.join(folder, 'taken.html'))).isDirectory()).toBe(true)
  })

  it('decodes UTF-8 and finds where it breaks', () => {
    expect(decodeArticle(new TextEncoder().encode('\uFEFFسلام'))).toEqual({ok: true, text: 'سلام'})
    expect(firstInvalidUtf8(new TextEncoder().encode('سلام 👋'))).toBe(13)
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1)
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0)
    expect(decodeArticle(Buffer.from('a\nb\n\u0000'))).toMatchObject({ok: false, ruleId: 'binary-file', line: 3})
  })

  it('respects NO_COLOR and formats progress and summary', () => {
    const tty = {write: () => true, isTTY: true}
    expect(useColor({stdout: tty, stderr: tty, env: {}, cwd: '.'})).toBe(true)
    expect(useColor({stdout: tty, stderr: tty, env: {NO_COLOR: '1'}, cwd: '.'})).toBe(false)
    expect(useColor({stdout: tty, stderr: {write: () => true}, env: {}, cwd: '.'})).toBe(false)
    expect(formatProgress(500, 1000, 2, 80)).toBe(
      '[####################--------------------] 500/1,000  250/s  0:02 left'
    )
    expect(formatDuration(3725)).toBe('1:02:05')
    expect(formatDuration(Number.NaN)).toBe('-:--')
    const summary = {
      files: 3,
      written: 2,
      unchanged: 0,
      failed: 1,
      skipped: 0,
      removed: 0,
      warnings: 1,
      errors: 1,
      durationMs: 1500,
      interrupted: false
    }
    expect(formatSummary(summary, false)).toBe(
      '✖ 3 files (2 written, 0 unchanged, 1 failed), 1 warning, 1 error in 1.50 s'
    )
    expect(formatSummary(summary, true)).toContain('\u001B[31m✖\u001B[39m')
  })
})

// Keep temporary folders out of the repository.
expect(tmpdir()).not.toContain(process.cwd())
