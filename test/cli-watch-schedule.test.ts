/**
 * How `build --watch` follows changes with rebuilds, with the build itself
 * replaced by one the test holds open: a change seen while a rebuild runs
 * gets one more rebuild after it (never two at once), the last build's
 * failing code is what the watch ends with, and an interruption as soon as
 * it is ready ends it.
 */

import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {parseCommand, type BuildCommand} from '../src/cli/args.js'
import {watch} from '../src/cli/watch.js'
import {article, makeTree} from './cli-helpers.js'

/** The builds asked for: each waits until the test settles it with a code. */
const builds = vi.hoisted(() => ({
  started: 0,
  running: 0,
  most: 0,
  settle: [] as Array<(code: number) => void>,
  /** Code of builds the test does not hold (the first one, mostly). */
  code: 0 as number | undefined
}))

vi.mock('../src/cli/build.js', () => ({
  build: async () => {
    builds.started++
    builds.running++
    builds.most = Math.max(builds.most, builds.running)
    const code = builds.code ?? (await new Promise<number>((resolve) => builds.settle.push(resolve)))
    builds.running--
    return code
  }
}))

afterEach(() => {
  Object.assign(builds, {started: 0, running: 0, most: 0, settle: [], code: 0})
})

/**
 * @param ms
 *   Milliseconds.
 * @returns
 *   A promise that resolves after them.
 */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Wait until a condition holds.
 *
 * @param check
 *   Condition.
 * @returns
 *   Nothing.
 */
async function until(check: () => boolean): Promise<undefined> {
  for (let tries = 0; tries < 200; tries++) {
    if (check()) return undefined
    await sleep(25)
  }
  throw new Error('Timed out')
}

/**
 * @param input
 *   Input folder.
 * @returns
 *   The command and its io.
 */
function setUp(input: string) {
  const command = parseCommand(['build', input, '--out', path.join(input, 'out'), '--watch']) as BuildCommand
  const controller = new AbortController()
  const captured = {stderr: ''}
  const io = {
    stdout: {write: () => true},
    stderr: {write: (chunk: string) => Boolean((captured.stderr += chunk))},
    env: {NO_COLOR: '1'},
    cwd: process.cwd(),
    signal: controller.signal
  }
  return {command, controller, captured, io}
}

describe('arabic-news build --watch, rebuilds', () => {
  it('rebuilds once more after a rebuild for a change seen while it ran, never two at once', async () => {
    const input = await makeTree({'a.txt': article('الأول'), 'b.txt': article('الثاني')})
    const {command, controller, captured, io} = setUp(input)
    let ready = false
    const done = watch(command, io, {onReady: () => (ready = true)})
    await until(() => ready)
    expect(builds.started).toBe(1)

    builds.code = undefined
    await writeFile(path.join(input, 'a.txt'), article('الأول بعد التعديل'))
    await until(() => builds.settle.length === 1)
    // Seen while the first rebuild runs: waits for it.
    await writeFile(path.join(input, 'b.txt'), article('الثاني بعد التعديل'))
    await sleep(400)
    expect(builds.started).toBe(2)
    builds.settle.shift()?.(0)
    await until(() => builds.settle.length === 1)
    expect(builds.started).toBe(3)
    expect(builds.most).toBe(1)
    builds.settle.shift()?.(1)
    await until(() => builds.running === 0)
    expect(captured.stderr.match(/Change seen/g)).toHaveLength(2)

    controller.abort()
    expect(await done, 'the last build’s failing code').toBe(1)
  })

  it('stops when interrupted as soon as it is ready', async () => {
    const input = await makeTree({'a.txt': article('الأول')})
    const {command, controller, io} = setUp(input)
    const done = watch(command, io, {onReady: () => controller.abort()})
    expect(await done).toBe(130)
    expect(builds.started).toBe(1)
  })
})
