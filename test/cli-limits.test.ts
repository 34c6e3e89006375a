/**
 * Limits of `arabic-news` run as its own process (#14): an article that
 * exhausts a worker’s memory, `render` of a file larger than `--max-size` or
 * of an endless device, stop signals while blocked, and a full disk (a small
 * tmpfs in a private mount namespace; skipped, with the reason, where it
 * cannot be mounted).
 */

import {execFileSync, type ChildProcess} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, readdir, readFile, truncate, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {entry, isSiteFile, repository, runCommand, spawnCli, temporaryFolders, type SpawnResult} from './cli-helpers.js'

const temporary = temporaryFolders('arabic-news-limits-')
const temporaryFolder = temporary.make

afterAll(temporary.remove)

/**
 * Run `arabic-news` from source (killed after 30 s unless given another limit).
 *
 * @param argv
 *   Arguments.
 * @param whileRunning
 *   Called with the child once spawned.
 * @param limit
 *   Milliseconds before SIGKILL.
 * @returns
 *   Exit status and output.
 */
function runCli(
  argv: ReadonlyArray<string>,
  whileRunning?: (child: ChildProcess) => void,
  limit = 30_000
): Promise<SpawnResult> {
  return spawnCli(argv, whileRunning, limit)
}

/**
 * A short article.
 *
 * @param index
 *   Number, to make each one different.
 * @returns
 *   Text.
 */
function article(index: number): string {
  return `خبر رقم ${index}\n\n` + 'وقال المتحدث إن العمل يسير وفق الخطة المرسومة منذ البداية.\n\n'.repeat(20)
}

/** Why a tmpfs cannot be mounted here, or `undefined` when it can. */
const noTmpfs = ((): string | undefined => {
  try {
    // The mount is seen only inside the namespace, and gone with it.
    execFileSync('unshare', ['--mount', 'sh', '-c', 'mount -t tmpfs -o size=64k none "$0"', tmpdir()], {
      stdio: 'ignore'
    })
    return undefined
  } catch {
    return 'cannot mount a tmpfs in a private mount namespace (needs root or user namespaces)'
  }
})()

describe('arabic-news limits', () => {
  it('reports an article that exhausts its worker’s memory and builds the rest', async () => {
    const root = await temporaryFolder()
    const input = path.join(root, 'in')
    await mkdir(input)
    for (let index = 0; index < 6; index++) await writeFile(path.join(input, `a${index}.txt`), article(index))
    // Short lines cost the most memory per byte.
    await writeFile(path.join(input, 'a3-huge.txt'), 'عنوان\n\n' + 'ب\n'.repeat(400_000))
    const result = await runCli(
      ['build', input, '--out', path.join(root, 'out'), '--jobs', '2', '--max-memory', '32m', '--json'],
      undefined,
      60_000
    )
    expect(result.code, result.stderr).toBe(1)
    expect(result.stderr, 'a message, not a stack trace').not.toMatch(/\n +at /)
    const report = JSON.parse(result.stdout) as {
      files: Array<{path: string; status: string; messages: Array<{ruleId?: string}>}>
      summary: Record<string, number>
    }
    const failed = report.files.filter((file) => file.status === 'failed')
    expect(failed.map((file) => [file.path, file.messages[0]?.ruleId])).toEqual([['a3-huge.txt', 'out-of-memory']])
    expect(report.summary).toMatchObject({files: 7, written: 6, failed: 1})
    expect(existsSync(path.join(root, 'out', '.arabic-news-manifest.json')), 'manifest written').toBe(true)
    expect(
      (await readdir(path.join(root, 'out'))).filter((name) => name.endsWith('.html') && !isSiteFile(name)).sort()
    ).toEqual(['a0.html', 'a1.html', 'a2.html', 'a3.html', 'a4.html', 'a5.html'])
  }, 90_000)

  it('render checks --max-size before reading, and stops reading a device at the limit', async () => {
    const root = await temporaryFolder()
    const sparse = path.join(root, 'sparse.txt')
    await writeFile(sparse, '')
    await truncate(sparse, 3 * 1024 ** 3)
    const large = await runCli(['render', sparse])
    expect(large.code).toBe(1)
    expect(large.stderr).toMatch(/File too large \(3072\.0 MB, limit 16\.0 MB; see --max-size\)/)

    const zero = await runCli(['render', '/dev/zero', '--max-size', '1m'], undefined, 20_000)
    expect(zero.signal, 'stopped by itself').toBeNull()
    expect(zero.code).toBe(1)
    expect(zero.stderr).toMatch(/File too large \(more than 1\.0 MB; see --max-size\)/)
  }, 60_000)

  it('ends at a second stop signal even while blocked, and refuses a configuration pipe at once', async () => {
    const root = await temporaryFolder()
    const fifo = path.join(root, 'fifo')
    execFileSync('mkfifo', [fifo])
    // Blocked in a thread opening a pipe no one writes: `process.exit` would wait forever.
    const script = [
      `import {stopOnSignals} from ${JSON.stringify(path.join(repository, 'src/cli/signals.ts'))}`,
      `import {open} from 'node:fs/promises'`,
      `stopOnSignals(new AbortController())`,
      `process.stdout.write('ready\\n')`,
      `await open(${JSON.stringify(fifo)})`
    ].join('\n')
    const blocked = await runCommand(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      (child) => {
        child.stdout?.once('data', () => {
          child.kill('SIGTERM')
          setTimeout(() => child.kill('SIGTERM'), 300)
        })
      },
      30_000
    )
    expect(blocked.signal, blocked.stderr).toBe('SIGTERM')
    expect(blocked.ms).toBeLessThan(20_000)

    const input = path.join(root, 'in')
    await mkdir(input)
    await writeFile(path.join(input, 'a.txt'), article(1))
    const config = await runCli(['build', input, '--out', path.join(root, 'out'), '--config', fifo], undefined, 20_000)
    expect(config.code).toBe(2)
    expect(config.stderr).toMatch(/ENOTREG \(not a regular file\)/)
  }, 60_000)

  it.skipIf(noTmpfs !== undefined)(
    'on a full disk: reports, leaves no temporary file, keeps --json whole and exits 1 (' + (noTmpfs ?? 'tmpfs') + ')',
    async () => {
      const root = await temporaryFolder()
      const input = path.join(root, 'in')
      const output = path.join(root, 'out')
      await mkdir(input)
      await mkdir(output)
      for (let index = 0; index < 12; index++)
        await writeFile(path.join(input, `a${String(index).padStart(2, '0')}.txt`), article(index))
      const cli = `"${process.execPath}" --import tsx "${entry}"`
      const script = [
        `mount -t tmpfs -o size=400k none "${output}"`,
        `${cli} build "${input}" --out "${output}" --jobs 1 --quiet || exit 90`,
        `head -c 100000000 /dev/zero > "${output}/filler" 2>/dev/null`,
        // New times: the manifest must be written again; one new article too.
        `touch "${input}"/*.txt`,
        `printf 'جديد\\n\\nنص.\\n' > "${input}/new.txt"`,
        `${cli} build "${input}" --out "${output}" --jobs 1 --json --report "${output}/report.json" > "${root}/stdout" 2> "${root}/stderr"`,
        `echo $? > "${root}/code"`,
        `ls -a "${output}" > "${root}/listing"`
      ].join('\n')
      const result = await runCommand('unshare', ['--mount', 'sh', '-c', script], undefined, 60_000)
      expect(result.code, result.stderr).toBe(0)
      const stderr = await readFile(path.join(root, 'stderr'), 'utf8')
      expect((await readFile(path.join(root, 'code'), 'utf8')).trim(), stderr).toBe('1')
      expect(stderr).toMatch(/new\.txt\n.*Cannot write output: ENOSPC \(no space left on the disk\)/)
      expect(stderr).toMatch(/Cannot write the manifest: ENOSPC/)
      expect(stderr).toMatch(/Cannot write report .*ENOSPC/)
      expect(stderr, 'a message, not a stack trace').not.toMatch(/\n +at /)
      const report = JSON.parse(await readFile(path.join(root, 'stdout'), 'utf8')) as {summary: Record<string, number>}
      expect(report.summary).toMatchObject({files: 13, failed: 1})
      const listing = (await readFile(path.join(root, 'listing'), 'utf8')).split('\n')
      expect(
        listing.filter((name) => name.endsWith('.tmp')),
        'no temporary file left'
      ).toEqual([])
    },
    90_000
  )
})
