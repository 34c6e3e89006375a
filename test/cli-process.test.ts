import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {makeTree, run, spawnCli} from './cli-helpers.js'

/**
 * Many articles of a few kilobytes, written for these tests.
 *
 * @param count
 *   Number of articles.
 * @returns
 *   Files by path.
 */
function manyArticles(count: number): Record<string, string> {
  const body = Array.from(
    {length: 5},
    (_, index) =>
      `وأضاف المسؤول في الفقرة ${index} أن المشروع يسير وفق الخطة الموضوعة، وأن الافتتاح سيكون قبل نهاية العام.`
  ).join('\n\n')
  const files: Record<string, string> = {}
  for (let index = 0; index < count; index++)
    files[`batch-${index % 7}/n${index}.txt`] = `خبر رقم ${index}\n\n${body}\n`
  return files
}

describe('arabic-news as a process', () => {
  it('builds on worker threads the same pages as in one thread, with exit codes 0, 1, 2', async () => {
    const input = await makeTree({...manyArticles(14), 'broken.txt': Buffer.from([0xff, 0x00])})
    const pooled = await spawnCli(['build', input, '--out', path.join(input, 'pooled'), '--jobs', '2'])
    expect(pooled.code).toBe(1)
    expect(pooled.stderr).toMatch(/broken\.txt\n.*error +Binary file/)
    expect(pooled.stderr).toMatch(/✖ 15 files \(14 written, 0 unchanged, 1 failed\)/)

    await run(['build', input, '--out', path.join(input, 'inline'), '--jobs', '1', '--quiet'])
    for (const name of ['batch-0/n0.html', 'batch-3/n10.html', 'batch-6/n13.html']) {
      expect(await readFile(path.join(input, 'pooled', name), 'utf8')).toBe(
        await readFile(path.join(input, 'inline', name), 'utf8')
      )
    }

    const usage = await spawnCli(['build', input])
    expect(usage.code).toBe(2)
  })

  it('leaves every output whole or absent when interrupted, and resumes', async () => {
    const input = await makeTree(manyArticles(300))
    const output = path.join(input, 'out')
    const interrupted = await spawnCli(['build', input, '--out', output, '--jobs', '2', '--json'], (child) => {
      // One signal only: reads still in flight when the poll stops could
      // otherwise send a second one, which ends the process at once.
      let sent = false
      const poll = setInterval(() => {
        readdir(path.join(output, 'batch-0')).then(
          (names) => {
            if (names.length > 3 && !sent) {
              sent = true
              clearInterval(poll)
              child.kill('SIGINT')
            }
          },
          () => {}
        )
      }, 20)
      child.on('close', () => clearInterval(poll))
    })
    expect(interrupted.code).toBe(130)
    const report = JSON.parse(interrupted.stdout) as {summary: {interrupted: boolean; written: number}}
    expect(report.summary.interrupted).toBe(true)
    expect(report.summary.written).toBeGreaterThan(0)
    expect(report.summary.written).toBeLessThan(300)

    const files = (await readdir(output, {recursive: true})).filter(
      (name) => !name.endsWith('.json') && name.includes('.')
    )
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([])
    for (const name of files) {
      expect(await readFile(path.join(output, name), 'utf8'), name).toMatch(/<\/html>\n$|<\/article>\n$/)
    }

    const resumed = await run(['build', input, '--out', output, '--jobs', '1', '--json'])
    expect(resumed.code).toBe(0)
    const summary = (JSON.parse(resumed.stdout) as {summary: {unchanged: number; written: number}}).summary
    expect(summary.unchanged).toBeGreaterThanOrEqual(report.summary.written)
    expect(summary.unchanged + summary.written).toBe(300)
  })
})
