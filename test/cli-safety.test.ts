/**
 * What a build trusts (#14): the manifest only for its own input folder and
 * only after checking it, pages removed only when they are ours, inputs
 * checked once open (links, pipes, hidden folders, the output folder), names
 * that cannot forge report lines, and options refused as usage errors. Run in
 * this process with `--jobs 1`.
 */

import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, readFile, realpath, rename, rm, symlink, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseCommand} from '../src/cli/args.js'
import {truncateBytes, writeFileAtomic, writeFileAtomicSync} from '../src/cli/atomic.js'
import {isInside, isPlainRelativePath, refusedTarget} from '../src/cli/confine.js'
import {codeOf, errorCode} from '../src/cli/errors.js'
import {capJobs} from '../src/cli/jobs.js'
import {hash, manifestName, MANIFEST_VERSION} from '../src/cli/manifest.js'
import {escapeControls, showName} from '../src/cli/names.js'
import {readArticleSync, readFileCapped} from '../src/cli/safe-open.js'
import {createBatchRunner} from '../src/cli/task.js'
import {article, makeTree, run} from './cli-helpers.js'

const manifestFile = manifestName(undefined)

/**
 * Build a folder in this process and read the JSON report.
 *
 * @param input
 *   Input folder.
 * @param output
 *   Output folder.
 * @param extra
 *   More arguments.
 * @returns
 *   Exit code, standard error, summary and statuses by path.
 */
async function build(input: string, output: string, ...extra: Array<string>) {
  const result = await run(['build', input, '-o', output, '-j', '1', '--json', ...extra])
  const report = JSON.parse(result.stdout) as {
    summary: Record<string, number>
    files: Array<{path: string; status: string; messages: Array<{reason: string; ruleId?: string}>}>
  }
  return {
    code: result.code,
    stderr: result.stderr,
    summary: report.summary,
    files: report.files,
    statuses: Object.fromEntries(report.files.map((file) => [file.path, file.status]))
  }
}

/**
 * Write a manifest as a build of `input` would.
 *
 * @param output
 *   Output folder.
 * @param input
 *   Input folder it claims.
 * @param files
 *   Entries.
 * @returns
 *   Nothing.
 */
async function writeManifest(output: string, input: string, files: Record<string, unknown>): Promise<undefined> {
  await writeFile(
    path.join(output, manifestFile),
    JSON.stringify({version: MANIFEST_VERSION, input: await realpath(input), options: 'x', builtAt: 0, files})
  )
  return undefined
}

describe('manifest and stale pages', () => {
  it('never removes the pages of another input folder sharing the output folder', async () => {
    const root = await makeTree({'news/world.txt': article('العالم'), 'opinion/column.txt': article('رأي')})
    const output = path.join(root, 'site')
    expect((await build(path.join(root, 'news'), output)).code).toBe(0)
    const second = await build(path.join(root, 'opinion'), output)
    expect(second.code).toBe(0)
    expect(second.summary['removed']).toBe(0)
    expect(second.stderr).toMatch(/was built from another input folder/)
    expect(existsSync(path.join(output, 'world.html')), 'the first folder’s page is kept').toBe(true)
    expect(existsSync(path.join(output, 'column.html'))).toBe(true)
  })

  it('treats the manifest as untrusted: no key or output path leaves the output folder', async () => {
    const root = await makeTree({
      'in/a.txt': article('أ'),
      'victim.html': 'not ours',
      'out/keep.html': 'not ours either'
    })
    const input = path.join(root, 'in')
    const output = path.join(root, 'out')
    const victimHash = hash('not ours')
    await writeManifest(output, input, {
      '../victim.txt': ['0'.repeat(32), 1, 1, '../victim.html', victimHash],
      'gone.txt': ['0'.repeat(32), 1, 1, '../victim.html', victimHash],
      'gone2.txt': ['0'.repeat(32), 1, 1, path.join(root, 'victim.html'), victimHash],
      'gone3.txt': ['0'.repeat(32), 1, 1, 'sub/../../victim.html', victimHash],
      'gone4.txt': ['0'.repeat(32), 1, 1, 'keep.html', hash('something else')],
      'gone5.txt': 'not an entry',
      __proto__: ['0'.repeat(32), 1, 1, 'keep.html', hash('not ours either')]
    })
    const result = await build(input, output)
    expect(result.code).toBe(0)
    expect(await readFile(path.join(root, 'victim.html'), 'utf8')).toBe('not ours')
    expect(await readFile(path.join(output, 'keep.html'), 'utf8'), 'a page whose content is not what was written').toBe(
      'not ours either'
    )
    expect(result.summary['removed']).toBe(0)
  })

  it('does not remove a page through a linked folder of the output', async () => {
    const root = await makeTree({'in/a.txt': article('أ'), 'elsewhere/page.html': 'outside'})
    const input = path.join(root, 'in')
    const output = path.join(root, 'out')
    await mkdir(output)
    await symlink(path.join(root, 'elsewhere'), path.join(output, 'linked'))
    await writeManifest(output, input, {'gone.txt': ['0'.repeat(32), 1, 1, 'linked/page.html', hash('outside')]})
    expect((await build(input, output)).summary['removed']).toBe(0)
    expect(existsSync(path.join(root, 'elsewhere/page.html'))).toBe(true)
  })

  it('removes the page of a removed input only while it is the page written', async () => {
    const input = await makeTree({'a.txt': article('أ'), 'b.txt': article('ب')})
    const output = path.join(input, 'out')
    expect((await build(input, output)).code).toBe(0)
    await writeFile(path.join(output, 'b.html'), 'edited by hand\n')
    await rm(path.join(input, 'a.txt'))
    await rm(path.join(input, 'b.txt'))
    const result = await build(input, output)
    expect(result.summary['removed']).toBe(1)
    expect(existsSync(path.join(output, 'a.html'))).toBe(false)
    expect(await readFile(path.join(output, 'b.html'), 'utf8')).toBe('edited by hand\n')
  })

  it('ignores a manifest that is a pipe, without waiting', async () => {
    const input = await makeTree({'a.txt': article('أ')})
    const output = path.join(input, 'out')
    await mkdir(output)
    execFileSync('mkfifo', [path.join(output, manifestFile)])
    const result = await build(input, output)
    expect(result.code).toBe(0)
    expect(result.statuses).toEqual({'a.txt': 'written'})
  })

  it('checks manifest paths', () => {
    expect(isPlainRelativePath('a/b.html')).toBe(true)
    for (const bad of ['', '/a', 'a//b', './a', 'a/../b', '..', 'a\u0000', 7])
      expect(isPlainRelativePath(bad), String(bad)).toBe(false)
    expect(isInside('/a/b', '/a/b/c')).toBe(true)
    expect(isInside('/a/b', '/a/bc')).toBe(false)
    expect(isInside('/a/b', '/a')).toBe(false)
  })
})

describe('inputs checked once open', () => {
  it('refuses a file swapped for a link after listing, and a folder swapped for a link', async () => {
    const root = await makeTree({
      'in/a.txt': article('أ'),
      'in/sub/b.txt': article('ب'),
      'secret/b.txt': 'سر\n\nلا ينشر.\n',
      'secret.txt': 'سر\n\nلا ينشر.\n'
    })
    const input = await realpath(path.join(root, 'in'))
    const rules = {root: input, exclude: [], follow: false, maxSize: 1_000_000}
    expect(readArticleSync(path.join(input, 'a.txt'), rules)).toMatchObject({ok: true})

    // As if replaced between the walk and the read.
    await rm(path.join(input, 'a.txt'))
    await symlink(path.join(root, 'secret.txt'), path.join(input, 'a.txt'))
    expect(readArticleSync(path.join(input, 'a.txt'), rules)).toMatchObject({
      ok: false,
      refused: true,
      ruleId: 'link-not-followed'
    })
    // A link the walk accepted is followed, and must still lead inside.
    expect(readArticleSync(path.join(input, 'a.txt'), {...rules, follow: true})).toMatchObject({
      ok: false,
      refused: true
    })

    await rename(path.join(input, 'sub'), path.join(input, 'sub-old'))
    await symlink(path.join(root, 'secret'), path.join(input, 'sub'))
    expect(readArticleSync(path.join(input, 'sub/b.txt'), rules)).toMatchObject({ok: false, refused: true})

    const runner = createBatchRunner({site: {}, fragment: true})
    const [result] = await runner([
      {
        absolute: path.join(input, 'a.txt'),
        relative: 'a.txt',
        output: path.join(root, 'a.html'),
        outputRelative: 'a.html',
        read: rules
      }
    ])
    expect(result).toMatchObject({status: 'failed', refused: true})
    expect(existsSync(path.join(root, 'a.html')), 'nothing published').toBe(false)
  })

  it('refuses pipes and reads no more than the limit', async () => {
    const root = await makeTree({'a.txt': 'x'.repeat(100)})
    const real = await realpath(root)
    execFileSync('mkfifo', [path.join(root, 'pipe.txt')])
    const rules = {root: real, exclude: [], follow: false, maxSize: 50}
    expect(readArticleSync(path.join(real, 'pipe.txt'), rules)).toMatchObject({ok: false, ruleId: 'not-a-file'})
    expect(readArticleSync(path.join(real, 'a.txt'), rules)).toMatchObject({ok: false, ruleId: 'file-too-large'})
    expect(readArticleSync(path.join(real, 'none.txt'), rules)).toMatchObject({
      ok: false,
      ruleId: 'unreadable-file',
      refused: false
    })
    await expect(readFileCapped(path.join(root, 'pipe.txt'), {maxSize: 10, regularOnly: true})).rejects.toMatchObject({
      code: 'ENOTREG'
    })
    await expect(readFileCapped('/dev/zero', {maxSize: 1000})).resolves.toEqual({
      ok: false,
      tooLarge: true,
      size: undefined
    })
    await expect(readFileCapped(path.join(root, 'a.txt'), {maxSize: 10})).resolves.toEqual({
      ok: false,
      tooLarge: true,
      size: 100
    })
    await expect(readFileCapped(root, {maxSize: 10})).rejects.toMatchObject({code: 'EISDIR'})
  })

  it('removes the page of an input that became a link, and refuses links into hidden folders, node_modules and the output folder', async () => {
    const root = await makeTree({
      'in/a.txt': article('أ'),
      'in/.private/hidden.txt': article('مخفي'),
      'in/node_modules/pkg/readme.txt': article('حزمة'),
      'outside.txt': article('خارج')
    })
    const input = path.join(root, 'in')
    const output = path.join(input, 'site')
    expect((await build(input, output)).statuses).toEqual({'a.txt': 'written'})

    await rm(path.join(input, 'a.txt'))
    await symlink(path.join(root, 'outside.txt'), path.join(input, 'a.txt'))
    await symlink('.private/hidden.txt', path.join(input, 'hidden.txt'))
    await symlink('node_modules/pkg/readme.txt', path.join(input, 'module.txt'))
    await symlink('site/a.html', path.join(input, 'page.md'))
    await writeFile(path.join(output, 'x.txt'), article('داخل المخرجات'))
    await symlink('site/x.txt', path.join(input, 'from-output.txt'))
    const result = await build(input, output)
    expect(result.statuses).toEqual({
      'a.txt': 'skipped',
      'from-output.txt': 'skipped',
      'hidden.txt': 'skipped',
      'module.txt': 'skipped',
      'page.md': 'skipped'
    })
    expect(result.stderr).toMatch(
      /hidden\.txt\n.*Not followed: symbolic link points into a hidden folder or `node_modules`/
    )
    expect(result.stderr).toMatch(/from-output\.txt\n.*Not followed: symbolic link points into the output folder/)
    expect(result.summary['removed']).toBe(1)
    expect(existsSync(path.join(output, 'a.html')), 'the page of the refused input is removed').toBe(false)
    expect(refusedTarget('/r', '/r/a/.git/x.txt', [])).toMatch(/hidden/)
    expect(refusedTarget('/r', '/r/.x.txt', [])).toBeUndefined()
  })
})

describe('names and temporary files', () => {
  it('shows names with controls escaped, and names that are not UTF-8', async () => {
    const input = await makeTree({
      'evil\n\u001B[32m✔ 1 file (1 written, 0 unchanged, 0 failed)\u001B[39m\n.txt': Buffer.from([0xff]),
      'good.txt': article('جيد')
    })
    const bytesName = Buffer.concat([Buffer.from(path.join(input, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')])
    await writeFile(bytesName, article('مقهى'))
    const result = await build(input, path.join(input, 'out'))
    expect(result.stderr).toContain('evil\\n\\x1b[32m✔ 1 file (1 written, 0 unchanged, 0 failed)\\x1b[39m\\n.txt')
    expect(result.stderr).not.toContain('\u001B')
    expect(
      result.stderr.split('\n').filter((line) => line.startsWith('✔')),
      'no forged summary line'
    ).toEqual([])
    expect(result.stderr).toMatch(/caf\\xe9\.txt\n.*Not read: the file name is not valid UTF-8/)
    expect(result.statuses['good.txt']).toBe('written')
    expect(showName(Buffer.from([0x61, 0xff, 0xd8, 0xa7, 0x0a]))).toBe('a\\xffا\\n')
    expect(escapeControls('a\u202Eb\\c')).toBe('a\\u202eb\\\\c')
    expect(escapeControls('plain\\name')).toBe('plain\\name')
  })

  it('keeps temporary names within 255 bytes, so long names build', async () => {
    const long = 'خ'.repeat(123) + '.txt'
    expect(Buffer.byteLength(long)).toBe(250)
    const input = await makeTree({[long]: article('اسم طويل')})
    const output = path.join(input, 'out')
    const result = await build(input, output)
    expect(result.code, result.stderr).toBe(0)
    expect(existsSync(path.join(output, long.replace(/\.txt$/, '.html')))).toBe(true)
    await writeFileAtomic(path.join(output, 'ن'.repeat(126) + '.x'), 'a')
    writeFileAtomicSync(path.join(output, 'م'.repeat(126) + '.y'), 'b')
    expect(truncateBytes('اب', 3)).toBe('ا')
    expect(truncateBytes('abc', 5)).toBe('abc')
  })
})

describe('options refused as usage errors', () => {
  it('exits 2 on an invalid language, base URL or jobs, from flags or the configuration file', async () => {
    const input = await makeTree({'a.txt': article('أ')})
    for (const argv of [
      ['--language', 'x y'],
      ['--base-url', 'javascript:alert(1)//'],
      ['--base-url', 'data:text/html,<script>alert(1)</script>'],
      ['--base-url', 'https://user:secret@example.com/'],
      ['--jobs', '0x10'],
      ['--jobs', '1e2'],
      ['--jobs', ' 4'],
      ['--jobs', '2.5'],
      ['--max-memory', '1m']
    ]) {
      const result = await run(['build', input, '--out', path.join(input, 'out'), ...argv])
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^arabic-news: .+\nRun `arabic-news --help`/)
    }

    for (const config of [{language: 'x y'}, {baseUrl: 'javascript:alert(1)'}, {baseUrl: 'https://a:b@example.com/'}]) {
      await writeFile(path.join(input, 'arabic-news.config.json'), JSON.stringify(config))
      const result = await run(['render', path.join(input, 'a.txt')])
      expect(result.code, JSON.stringify(config)).toBe(2)
    }
  })

  it('refuses a configuration file that is a pipe, without waiting', async () => {
    const input = await makeTree({'a.txt': article('أ')})
    execFileSync('mkfifo', [path.join(input, 'arabic-news.config.json')])
    const result = await run(['build', input, '--out', path.join(input, 'out'), '-j', '1'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Cannot read configuration file .*ENOTREG/)
    await rm(path.join(input, 'arabic-news.config.json'))
    await writeFile(path.join(input, 'arabic-news.config.json'), ' '.repeat(1024 * 1024 + 1))
    expect((await run(['render', path.join(input, 'a.txt')])).stderr).toMatch(/too large/)
  })

  it('caps --jobs at a few workers per core, with a warning', async () => {
    expect(capJobs(3, 2)).toEqual({jobs: 3})
    expect(capJobs(1000, 2)).toMatchObject({jobs: 8, warning: expect.stringMatching(/--jobs 1000.*using 8/)})
    expect(capJobs(1000, 1).warning).toMatch(/using 4 \(1 core\)$/)
    expect(parseCommand(['build', 'in', '-o', 'out', '-j', '99999'])).toMatchObject({jobs: 99_999})
    const input = await makeTree({'a.txt': article('أ')})
    const past = Date.now() / 1000 - 600
    await utimes(path.join(input, 'a.txt'), past, past)
    expect((await build(input, path.join(input, 'out'))).code).toBe(0)
    // Nothing to build: no worker started, only the warning.
    const result = await run(['build', input, '-o', path.join(input, 'out'), '-j', '100000'])
    expect(result.stderr).toMatch(/warning: `--jobs 100000` is more than 4 per core: using \d+/)
  })
})

describe('system error codes', () => {
  it('reads a code only when it is a string', () => {
    expect(codeOf(Object.assign(new Error('gone'), {code: 'ENOENT'}))).toBe('ENOENT')
    expect(codeOf({code: 28})).toBeUndefined()
    expect(codeOf('ENOENT')).toBeUndefined()
    expect(codeOf(null)).toBeUndefined()
    expect(errorCode(Object.assign(new Error('full'), {code: 'ENOSPC'}))).toBe('ENOSPC (no space left on the disk)')
    expect(errorCode(Object.assign(new Error('odd'), {code: 'EXDEV'}))).toBe('EXDEV')
    expect(errorCode(new Error('plain'))).toBe('plain')
  })
})
