/**
 * Folder faults through `arabic-news build`, run as its own process: special
 * files named like articles, inputs removed or replaced mid-build, output
 * folders that cannot be written (as root too), two inputs for one output,
 * and a build killed with SIGKILL or interrupted. Every run must end with
 * each output whole (the same page a clean build writes) or absent, no
 * temporary file left under an `.html` name, and an exit code and messages
 * that say what happened.
 */

import {execFileSync, type ChildProcess} from 'node:child_process'
import {existsSync, mkdirSync, renameSync, rmSync} from 'node:fs'
import {mkdir, readdir, readFile, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {isSiteFile, spawnCli, temporaryFolders, type SpawnResult} from './cli-helpers.js'
import {countFailures, reportNumbers} from './property-helpers.js'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const temporary = temporaryFolders('arabic-news-faults-')
const temporaryFolder = temporary.make
let runs = 0
const failures = countFailures()
let outputsChecked = 0
let failedMidBuild = 0
let leftAfterKill = 0

afterAll(async () => {
  await temporary.remove()
  reportNumbers(
    `cli-faults: ${runs} builds run, ${outputsChecked} outputs checked whole or absent; ` +
      `${failedMidBuild} inputs reported unreadable mid-build, ${leftAfterKill} hidden temporary files left by SIGKILL; ${failures()} failed tests`
  )
})

/**
 * Run `arabic-news` from source in a child process, counted.
 *
 * @param argv
 *   Arguments.
 * @param whileRunning
 *   Called with the child once spawned.
 * @returns
 *   Exit status and output.
 */
function runCli(argv: ReadonlyArray<string>, whileRunning?: (child: ChildProcess) => void): Promise<SpawnResult> {
  runs++
  return spawnCli(argv, whileRunning)
}

/**
 * An article written for these tests.
 *
 * @param index
 *   Number, to make each one different.
 * @returns
 *   Text.
 */
function article(index: number): string {
  const body = Array.from(
    {length: 6},
    (_, line) => `وقال المتحدث في الفقرة ${line} من الخبر ${index} إن العمل يسير وفق الخطة.`
  ).join('\n\n')
  return `خبر رقم ${index}\n\n${body}\n`
}

/**
 * Write many articles.
 *
 * @param folder
 *   Input folder.
 * @param count
 *   How many.
 * @returns
 *   Relative paths, in build order.
 */
async function writeArticles(folder: string, count: number): Promise<Array<string>> {
  const names: Array<string> = []
  for (let index = 0; index < count; index++) {
    const name = `part-${String(Math.floor(index / 100)).padStart(2, '0')}/n${String(index).padStart(5, '0')}.txt`
    await mkdir(path.join(folder, path.dirname(name)), {recursive: true})
    await writeFile(path.join(folder, name), article(index))
    names.push(name)
  }

  return names
}

/**
 * Every file under a folder, relative, `/`-separated.
 *
 * @param folder
 *   Folder.
 * @returns
 *   Paths, sorted.
 */
async function listFiles(folder: string): Promise<Array<string>> {
  if (!existsSync(folder)) return []
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  return entries
    .filter((item) => !item.isDirectory())
    .map((item) => path.relative(folder, path.join(item.parentPath, item.name)).split(path.sep).join('/'))
    .filter((name) => !isSiteFile(name))
    .sort()
}

/**
 * Check that every page in an output folder is whole: byte for byte the
 * page of a clean build, and that no temporary file has a page’s name.
 *
 * @param output
 *   Output folder of the faulty run.
 * @param reference
 *   Output folder of a clean build of the same inputs (pages absent there must be absent here).
 * @returns
 *   Pages found, and leftover temporary files (hidden, `.tmp`).
 */
async function checkWholeOrAbsent(
  output: string,
  reference: string
): Promise<{pages: Array<string>; temporary: Array<string>}> {
  const pages: Array<string> = []
  const temporary: Array<string> = []
  for (const name of await listFiles(output)) {
    const base = path.posix.basename(name)
    if (base.startsWith('.arabic-news-manifest')) continue
    if (base.endsWith('.tmp')) {
      expect(base.startsWith('.'), 'temporary file is hidden: ' + name).toBe(true)
      temporary.push(name)
      continue
    }

    expect(name.endsWith('.html'), 'unexpected file ' + name).toBe(true)
    const html = await readFile(path.join(output, name), 'utf8')
    outputsChecked++
    expect(html.endsWith('</html>\n'), name + ' ends the page').toBe(true)
    expect(html, name + ' is the page a clean build writes').toBe(await readFile(path.join(reference, name), 'utf8'))
    pages.push(name)
  }

  return {pages, temporary}
}

describe('arabic-news build: folder faults', () => {
  let many: string
  let manyNames: Array<string>
  let reference: string

  beforeAll(async () => {
    many = await temporaryFolder()
    manyNames = await writeArticles(path.join(many, 'in'), 1500)
    reference = path.join(many, 'reference')
    const clean = await runCli(['build', path.join(many, 'in'), '--out', reference, '--quiet'])
    expect(clean.code).toBe(0)
    expect((await listFiles(reference)).filter((name) => name.endsWith('.html'))).toHaveLength(1500)
  }, 180_000)

  it('reports links that cannot be followed, and builds the rest', async () => {
    const root = await temporaryFolder()
    const input = path.join(root, 'in')
    await mkdir(path.join(input, 'folder.txt'), {recursive: true})
    await writeFile(path.join(input, 'folder.txt', 'inner.txt'), article(1))
    await writeFile(path.join(input, 'good.txt'), article(2))
    await symlink('missing.txt', path.join(input, 'dangling.txt'))
    await symlink('loop.txt', path.join(input, 'loop.txt'))
    await symlink('folder.txt', path.join(input, 'to-folder.txt'))
    await symlink('/etc/hostname', path.join(input, 'outside.txt'))
    const result = await runCli(['build', input, '--out', path.join(root, 'out'), '--jobs', '1'])

    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toMatch(/dangling\.txt\n.*warning +Not followed: broken symbolic link/)
    expect(result.stderr).toMatch(/loop\.txt\n.*warning +Not followed/)
    expect(result.stderr).toMatch(
      /to-folder\.txt\n.*warning +Not followed: symbolic link to something other than a file/
    )
    expect(result.stderr).toMatch(
      /outside\.txt\n.*warning +Not followed: symbolic link points outside the input folder/
    )
    expect(await listFiles(path.join(root, 'out'))).toEqual([
      '.arabic-news-manifest.json',
      'folder.txt/inner.html',
      'good.html'
    ])
  }, 120_000)

  it('does not hang on a FIFO named like an article', async () => {
    const root = await temporaryFolder()
    const input = path.join(root, 'in')
    await mkdir(input)
    await writeFile(path.join(input, 'good.txt'), article(1))
    execFileSync('mkfifo', [path.join(input, 'pipe.txt')])
    const result = await runCli(['build', input, '--out', path.join(root, 'out'), '--jobs', '1'])
    expect(result.signal, 'finished without being killed').toBeNull()
    expect(result.code).toBe(0)
    expect(await listFiles(path.join(root, 'out'))).toEqual(['.arabic-news-manifest.json', 'good.html'])
  }, 120_000)

  it('says that a FIFO named like an article was not read', async () => {
    const root = await temporaryFolder()
    const input = path.join(root, 'in')
    await mkdir(input)
    await writeFile(path.join(input, 'good.txt'), article(1))
    execFileSync('mkfifo', [path.join(input, 'pipe.txt')])
    const result = await runCli(['build', input, '--out', path.join(root, 'out'), '--jobs', '1'])
    expect(result.stderr, 'a message names the file that was not built').toMatch(/pipe\.txt/)
  }, 120_000)

  it('reports two inputs for one output, writes neither, and keeps the previous page', async () => {
    const root = await temporaryFolder()
    const input = path.join(root, 'in')
    const output = path.join(root, 'out')
    await mkdir(input)
    await writeFile(path.join(input, 'story.txt'), article(1))
    expect((await runCli(['build', input, '--out', output, '--quiet'])).code).toBe(0)
    const before = await readFile(path.join(output, 'story.html'), 'utf8')

    await writeFile(path.join(input, 'story.md'), article(2))
    const result = await runCli(['build', input, '--out', output])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /story\.md\n.*error +Two inputs map to one output: `story\.md` and `story\.txt` → `story\.html`/
    )
    expect(result.stderr).toMatch(/story\.txt\n.*error +Two inputs map to one output/)
    expect(result.stderr).toMatch(/2 failed/)
    expect(await readFile(path.join(output, 'story.html'), 'utf8')).toBe(before)
  }, 120_000)

  it('reports pages it cannot write (a file where a folder goes, a folder where a page goes), as root too', async () => {
    const root = await temporaryFolder()
    const input = path.join(root, 'in')
    const output = path.join(root, 'out')
    await mkdir(path.join(input, 'news'), {recursive: true})
    await writeFile(path.join(input, 'a.txt'), article(1))
    await writeFile(path.join(input, 'b.txt'), article(2))
    await writeFile(path.join(input, 'news', 'c.txt'), article(3))
    await mkdir(path.join(output, 'b.html'), {recursive: true})
    await writeFile(path.join(output, 'news'), 'a file where the folder goes')

    const result = await runCli(['build', input, '--out', output, '--jobs', '1'])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/b\.txt\n.*error +Output `b\.html` is a folder in the output folder/)
    expect(result.stderr).toMatch(/news\/c\.txt\n.*error +Cannot write output: ENOTDIR/)
    expect(result.stderr).toMatch(/3 files \(1 written, 0 unchanged, 2 failed\)/)
    const files = await listFiles(output)
    expect(
      files.filter((name) => name.endsWith('.tmp')),
      'no temporary file left'
    ).toEqual([])
    expect(files).toEqual(['.arabic-news-manifest.json', 'a.html', 'news'])
  }, 120_000)

  it('refuses an output folder that cannot be made (a parent is a file), as root too, without a stack trace', async () => {
    const root = await temporaryFolder()
    const input = path.join(root, 'in')
    await mkdir(input)
    await writeFile(path.join(input, 'a.txt'), article(1))
    await writeFile(path.join(root, 'file'), 'not a folder')

    const result = await runCli(['build', input, '--out', path.join(root, 'file', 'out')])
    expect(result.code).not.toBe(0)
    expect(result.stderr).toMatch(/file\/out/)
    expect(result.stderr).toMatch(/ENOTDIR|not a (?:folder|directory)/)
    expect(result.stderr, 'a message, not a stack trace').not.toMatch(/\n +at /)
  }, 120_000)

  it('reports inputs removed or replaced by folders mid-build, and writes every other page whole', async () => {
    const root = await temporaryFolder()
    const input = path.join(root, 'in')
    const output = path.join(root, 'out')
    const names = await writeArticles(input, 1500)
    // Inputs just ahead of the pages reported so far (walked and queued, maybe not
    // yet read) are removed or replaced by a folder of the same name, in turns.
    const tampered: Array<string> = []
    let reported = 0

    const result = await runCli(['build', input, '--out', output, '--jobs', '1', '--json'], (child) => {
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        reported += chunk.split('"path":').length - 1
        for (let index = reported + 6; index < reported + 20 && tampered.length < 120; index++) {
          const name = names[index]
          if (name === undefined || tampered.includes(name)) continue
          tampered.push(name)
          const file = path.join(input, name)
          if (tampered.length % 2 === 0) rmSync(file)
          else {
            renameSync(file, file + '.old')
            mkdirSync(file)
          }
        }
      })
    })

    const done = tampered.length > 0
    expect(done, 'inputs were changed during the build').toBe(true)
    const report = JSON.parse(result.stdout) as {
      files: Array<{path: string; status: string; messages: Array<{reason: string}>}>
      summary: {failed: number}
    }
    const files = report.files
    expect(report.summary.failed).toBe(files.filter((item) => item.status === 'failed').length)
    const failed = files.filter((item) => item.status === 'failed')
    failedMidBuild += failed.length
    for (const item of failed) {
      expect(tampered, item.path + ' failed though untouched').toContain(item.path)
      expect(item.messages.map((message) => message.reason).join('\n')).toMatch(/Cannot read file: (?:ENOENT|EISDIR)/)
    }

    expect(result.code, 'exit code 1 exactly when a file failed').toBe(failed.length > 0 ? 1 : 0)
    const {pages, temporary} = await checkWholeOrAbsent(output, reference)
    expect(temporary).toEqual([])
    const built = new Set(pages)
    for (const name of names) {
      const page = name.replace(/\.txt$/, '.html')
      if (!tampered.includes(name)) expect(built.has(page), page + ' written').toBe(true)
    }
  }, 180_000)

  it('leaves every page whole or absent when killed with SIGKILL, and the next build completes', async () => {
    const output = path.join(await temporaryFolder(), 'out')
    const result = await runCli(
      ['build', path.join(many, 'in'), '--out', output, '--jobs', '2', '--quiet'],
      (child) => {
        const poll = setInterval(() => {
          void listFiles(output).then((files) => {
            if (files.filter((name) => name.endsWith('.html')).length >= 40) {
              clearInterval(poll)
              child.kill('SIGKILL')
            }
          })
        }, 10)
        child.on('close', () => clearInterval(poll))
      }
    )
    expect(result.signal).toBe('SIGKILL')
    const killed = await checkWholeOrAbsent(output, reference)
    expect(killed.pages.length).toBeGreaterThanOrEqual(40)
    expect(killed.pages.length, 'killed before the end').toBeLessThan(1500)

    const again = await runCli(['build', path.join(many, 'in'), '--out', output])
    expect(again.code, again.stderr).toBe(0)
    expect(again.stderr).toMatch(/1,500 files/)
    const rebuilt = await checkWholeOrAbsent(output, reference)
    leftAfterKill += killed.temporary.length
    expect(rebuilt.pages).toHaveLength(1500)
    // Leftovers of the killed run stay hidden, never under a page’s name.
    for (const name of rebuilt.temporary) expect(path.posix.basename(name)).toMatch(/^\..+\.html\.\d+-\d+-\d+\.tmp$/)
  }, 180_000)

  it('finishes the pages in progress and exits with 130 when interrupted (SIGINT)', async () => {
    const output = path.join(await temporaryFolder(), 'out')
    const result = await runCli(['build', path.join(many, 'in'), '--out', output, '--jobs', '2'], (child) => {
      // One signal only: listings still in flight when the first one is sent
      // must not send a second, which means "stop now" to the command line.
      let sent = false
      const poll = setInterval(() => {
        void listFiles(output).then((files) => {
          if (!sent && files.filter((name) => name.endsWith('.html')).length >= 40) {
            sent = true
            clearInterval(poll)
            child.kill('SIGINT')
          }
        })
      }, 10)
      child.on('close', () => clearInterval(poll))
    })
    expect(result.code).toBe(130)
    expect(result.stderr).toMatch(/interrupted/)
    const {pages, temporary} = await checkWholeOrAbsent(output, reference)
    expect(temporary).toEqual([])
    expect(pages.length).toBeLessThan(manyNames.length)
    expect(existsSync(path.join(output, '.arabic-news-manifest.json')), 'manifest written').toBe(true)
  }, 180_000)
})
