/**
 * `arabic-news build` in this process when a folder or a page cannot be
 * used: the same output folder as the input, an output path through a file,
 * a folder where a page goes, front matter that leaves an article out or
 * sends its page outside the output folder.
 */

import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseCommand} from '../src/cli/args.js'
import {build} from '../src/cli/build.js'
import {article, run, treesRemovedAfterEach} from './cli-helpers.js'

const tree = treesRemovedAfterEach()

describe('arabic-news build, when something is in the way', () => {
  it('refuses an output folder that is the input folder', async () => {
    const root = await tree({'in/a.txt': article('الأول')})
    const result = await run(['build', 'in', '--out', 'in', '--jobs', '1'], {cwd: root})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('The output folder must differ from the input folder')
  })

  it('says when the output folder cannot be made because a part of its path is a file', async () => {
    const root = await tree({'in/a.txt': article('الأول'), 'taken.txt': 'x'})
    const result = await run(['build', 'in', '--out', 'taken.txt/out', '--jobs', '1'], {cwd: root})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('Cannot make the output folder `taken.txt/out`')
  })

  it('fails an article whose page would be a folder already in the output folder, and builds the others', async () => {
    const root = await tree({'in/a.txt': article('الأول'), 'in/b.txt': article('الثاني')})
    await mkdir(path.join(root, 'out/a.html'), {recursive: true})
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1'], {cwd: root})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Output `a.html` is a folder in the output folder')
    expect(await readdir(path.join(root, 'out'))).toContain('b.html')
  })

  it('leaves out a draft, saying so, and builds it with --drafts', async () => {
    const root = await tree({'in/a.txt': '---\ndraft: true\n---\n' + article('مسودة')})
    const left = await run(['build', 'in', '--out', 'out', '--jobs', '1', '--json'], {cwd: root})
    expect(left.code, left.stderr).toBe(0)
    expect(left.stdout).toContain('not-published')
    expect(await readdir(path.join(root, 'out'))).not.toContain('a.html')
    const built = await run(['build', 'in', '--out', 'out', '--jobs', '1', '--drafts'], {cwd: root})
    expect(built.code, built.stderr).toBe(0)
    expect(await readdir(path.join(root, 'out'))).toContain('a.html')
  })

  it('fails an article whose front matter sends its page out of the output folder', async () => {
    const root = await tree({'in/a.txt': '---\nurl: ../../etc/x\n---\n' + article('خارج')})
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1', '--json'], {cwd: root})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('unsafe-output-path')
  })

  it('says when the site pages cannot be written, and fails the build', async () => {
    const root = await tree({'in/a.txt': article('الأول')})
    await mkdir(path.join(root, 'out/index.html'), {recursive: true})
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1'], {cwd: root})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Cannot write the site pages')
  })

  it('keeps the page built before of an article that now fails', async () => {
    const root = await tree({'in/a.txt': article('الأول')})
    expect((await run(['build', 'in', '--out', 'out', '--jobs', '1'], {cwd: root})).code).toBe(0)
    const page = await readFile(path.join(root, 'out/a.html'), 'utf8')
    await writeFile(path.join(root, 'in/a.txt'), article('الأول بعد تعديل طويل'))
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1', '--max-size', '20'], {cwd: root})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('a.txt')
    expect(await readFile(path.join(root, 'out/a.html'), 'utf8')).toBe(page)
  })

  it('fails an unchanged article when a new one earlier in the folder now makes its page', async () => {
    const root = await tree({'in/b.txt': article('الأول')})
    expect((await run(['build', 'in', '--out', 'out', '--jobs', '1'], {cwd: root})).code).toBe(0)
    await writeFile(path.join(root, 'in/a.txt'), '---\nslug: b\n---\n' + article('الثاني'))
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1', '--json'], {cwd: root})
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('output-collision')
  })

  it('keeps a page whose input is gone when another input now makes it', async () => {
    const root = await tree({'in/a.txt': article('الأول')})
    expect((await run(['build', 'in', '--out', 'out', '--jobs', '1'], {cwd: root})).code).toBe(0)
    await rm(path.join(root, 'in/a.txt'))
    await writeFile(path.join(root, 'in/b.txt'), '---\nslug: a\n---\n' + article('الثاني'))
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1'], {cwd: root})
    expect(result.code, result.stderr).toBe(0)
    expect(await readFile(path.join(root, 'out/a.html'), 'utf8')).toContain('الثاني')
  })

  it('says when the manifest cannot be written, and fails the build', async () => {
    const root = await tree({'in/a.txt': article('الأول')})
    await mkdir(path.join(root, 'out/.arabic-news-manifest.json'), {recursive: true})
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1'], {cwd: root})
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Cannot write the manifest')
  })

  it('reads the settings from a configuration file given with --config', async () => {
    const root = await tree({'in/a.txt': article('الأول'), 'site.json': '{"fragment": true}'})
    const result = await run(['build', 'in', '--out', 'out', '--jobs', '1', '--config', 'site.json'], {cwd: root})
    expect(result.code, result.stderr).toBe(0)
    const page = await readFile(path.join(root, 'out/a.html'), 'utf8')
    expect(page).not.toContain('<html')
    expect(await readdir(path.join(root, 'out'))).not.toContain('index.html')
  })
})

describe('arabic-news build, stopped or on a terminal', () => {
  /**
   * @param argv
   *   Arguments after `build`.
   * @param root
   *   Working folder.
   * @param extra
   *   A stop signal, and whether standard error is a terminal.
   * @returns
   *   Exit code and standard error.
   */
  async function buildIn(
    argv: ReadonlyArray<string>,
    root: string,
    extra: {signal?: AbortSignal; isTTY?: boolean} = {}
  ): Promise<{code: number; stderr: string}> {
    const command = parseCommand(['build', ...argv])
    if (command.command !== 'build') throw new Error('Expected a build command')
    let stderr = ''
    const code = await build(command, {
      stdout: {write: () => true},
      stderr: {write: (chunk: string) => Boolean((stderr += chunk)), isTTY: extra.isTTY},
      env: {NO_COLOR: '1'},
      cwd: root,
      signal: extra.signal
    })
    return {code, stderr}
  }

  it('stops before the first article when already stopped, keeping what the last build made', async () => {
    const root = await tree({'in/a.txt': article('الأول'), 'in/b.txt': article('الثاني')})
    expect((await buildIn(['in', '--out', 'out', '--jobs', '1'], root)).code).toBe(0)
    await writeFile(path.join(root, 'in/c.txt'), article('الثالث'))
    const result = await buildIn(['in', '--out', 'out', '--jobs', '1', '--force'], root, {signal: AbortSignal.abort()})
    expect(result.code).toBe(130)
    const outputs = await readdir(path.join(root, 'out'))
    expect(outputs).toEqual(expect.arrayContaining(['a.html', 'b.html']))
    expect(outputs).not.toContain('c.html')
  })

  it('draws a progress bar on a terminal unless --quiet', async () => {
    const root = await tree({'in/a.txt': article('الأول')})
    expect((await buildIn(['in', '--out', 'out', '--jobs', '1'], root, {isTTY: true})).stderr).toContain('\r\u001B[2K')
    expect(
      (await buildIn(['in', '--out', 'out2', '--jobs', '1', '--quiet'], root, {isTTY: true})).stderr
    ).not.toContain('\r\u001B[2K')
  })
})
