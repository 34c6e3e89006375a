/**
 * Builds on worker threads, run from this process so that what the main
 * thread does with its workers (batches, a worker that dies, the roomier
 * worker an article that needs more memory is sent to) is measured.
 */

import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {article, isSiteFile, run, temporaryFolders} from './cli-helpers.js'

const temporary = temporaryFolders('arabic-news-pool-')

afterAll(temporary.remove)

/** A report's files, as `[path, status, first ruleId]`. */
type Outcome = [string, string, string | undefined]

/**
 * The outcome of each file of a JSON report.
 *
 * @param stdout
 *   Standard output of `build --json`.
 * @returns
 *   Outcomes, in report order.
 */
function outcomes(stdout: string): Array<Outcome> {
  const report = JSON.parse(stdout) as {
    files: Array<{path: string; status: string; messages: Array<{ruleId?: string}>}>
  }
  return report.files.map((file) => [file.path, file.status, file.messages[0]?.ruleId])
}

/**
 * Article pages in a folder.
 *
 * @param folder
 *   Output folder.
 * @returns
 *   Names, sorted.
 */
async function pages(folder: string): Promise<Array<string>> {
  return (await readdir(folder)).filter((name) => name.endsWith('.html') && !isSiteFile(name)).sort()
}

describe('arabic-news build on worker threads', () => {
  it('writes the same pages as in one thread', async () => {
    const input = path.join(await temporary.make(), 'in')
    await mkdir(input)
    for (let index = 0; index < 9; index++) await writeFile(path.join(input, `a${index}.txt`), article(`خبر ${index}`))
    const pooled = await run(['build', input, '--out', path.join(input, '..', 'pooled'), '--jobs', '2', '--quiet'])
    const inline = await run(['build', input, '--out', path.join(input, '..', 'inline'), '--jobs', '1', '--quiet'])
    expect([pooled.code, inline.code]).toEqual([0, 0])
    const names = await pages(path.join(input, '..', 'pooled'))
    expect(names).toHaveLength(9)
    for (const name of names) {
      expect(await readFile(path.join(input, '..', 'pooled', name), 'utf8')).toBe(
        await readFile(path.join(input, '..', 'inline', name), 'utf8')
      )
    }
  })

  it('builds an article too large for an ordinary worker in the roomier one, and fails it, keeping its old page, when that is too small', async () => {
    const root = await temporary.make()
    const input = path.join(root, 'in')
    await mkdir(input)
    for (let index = 0; index < 5; index++) await writeFile(path.join(input, `a${index}.txt`), article(`خبر ${index}`))
    const out = path.join(root, 'out')
    expect((await run(['build', input, '--out', out, '--jobs', '2', '--quiet'])).code).toBe(0)
    const before = await readFile(path.join(out, 'a2.html'), 'utf8')

    // Short lines cost the most memory per byte: far more than 128 MB (the
    // ordinary workers' heap with `--max-memory 512m`), less than 512 MB.
    await writeFile(path.join(input, 'a2.txt'), 'عنوان\n\n' + 'ب\n'.repeat(120_000))
    const roomy = await run([
      'build',
      input,
      '--out',
      path.join(root, 'roomy'),
      '--jobs',
      '2',
      '--max-memory',
      '512m',
      '--json'
    ])
    expect(roomy.code, roomy.stderr).toBe(0)
    expect(outcomes(roomy.stdout).filter(([, status]) => status !== 'written')).toEqual([])
    expect(await pages(path.join(root, 'roomy'))).toEqual(['a0.html', 'a1.html', 'a2.html', 'a3.html', 'a4.html'])

    // With 128 MB in every worker there is no roomier one: the article fails, the others of its batch are built again.
    const small = await run(['build', input, '--out', out, '--jobs', '2', '--max-memory', '128m', '--json'])
    expect(small.code).toBe(1)
    expect(outcomes(small.stdout).filter(([, status]) => status !== 'unchanged')).toEqual([
      ['a2.txt', 'failed', 'out-of-memory']
    ])
    expect(small.stderr).toContain('Out of memory: the article needs more than 128.0 MB (see --max-memory)')
    // The page of the last good build stays, and so does its manifest entry: the next build tries again.
    expect(await readFile(path.join(out, 'a2.html'), 'utf8')).toBe(before)
    const again = await run(['build', input, '--out', out, '--jobs', '2', '--max-memory', '128m', '--json'])
    expect(outcomes(again.stdout).find(([name]) => name === 'a2.txt')).toEqual(['a2.txt', 'failed', 'out-of-memory'])
  }, 180_000)
})
