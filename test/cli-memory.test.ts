/**
 * Worker memory: ordinary workers have a quarter of `--max-memory` (so
 * that their heaps stay close to what they hold); an article that needs
 * more is built again, alone, in a worker with the whole limit, and fails
 * only when that is not enough either.
 */

import {mkdir, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {isSiteFile, spawnCli, temporaryFolders} from './cli-helpers.js'

const temporary = temporaryFolders('arabic-news-memory-')

afterAll(temporary.remove)

describe('worker memory', () => {
  it('builds an article that needs more than an ordinary worker has in one with the whole --max-memory', async () => {
    const root = await temporary.make()
    const input = path.join(root, 'in')
    await mkdir(input)
    for (let index = 0; index < 4; index++) {
      await writeFile(path.join(input, `a${index}.txt`), `خبر رقم ${index}\n\nوقال المتحدث إن العمل يسير.\n`)
    }

    // Short lines cost the most memory per byte: far more than 128 MB (the
    // ordinary workers' heap with `--max-memory 512m`), less than 512 MB.
    await writeFile(path.join(input, 'a2-long.txt'), 'عنوان\n\n' + 'ب\n'.repeat(120_000))
    const result = await spawnCli(
      ['build', input, '--out', path.join(root, 'out'), '--jobs', '2', '--max-memory', '512m', '--json'],
      undefined,
      120_000
    )
    expect(result.code, result.stderr).toBe(0)
    const report = JSON.parse(result.stdout) as {summary: Record<string, number>}
    expect(report.summary).toMatchObject({files: 5, written: 5, failed: 0})
    expect(
      (await readdir(path.join(root, 'out'))).filter((name) => name.endsWith('.html') && !isSiteFile(name)).sort()
    ).toEqual(['a0.html', 'a1.html', 'a2-long.html', 'a2.html', 'a3.html'])

    // With 128 MB in every worker, the same article runs out of memory: the one above needed the roomier worker.
    const small = await spawnCli(
      ['build', input, '--out', path.join(root, 'small'), '--jobs', '2', '--max-memory', '128m', '--json'],
      undefined,
      120_000
    )
    expect(small.code).toBe(1)
    const failed = (JSON.parse(small.stdout) as {files: Array<{path: string; status: string}>}).files.filter(
      (file) => file.status === 'failed'
    )
    expect(failed.map((file) => file.path)).toEqual(['a2-long.txt'])
  }, 240_000)
})
