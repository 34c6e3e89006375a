/**
 * `build --watch` beyond one rebuild: what it does not watch (hidden files,
 * `node_modules`, its own output inside the input folder), a change still
 * waiting when it is interrupted, and an interruption before it starts
 * watching. How rebuilds follow each other is in cli-watch-schedule.
 */

import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseCommand, type BuildCommand} from '../src/cli/args.js'
import {watch} from '../src/cli/watch.js'
import {article, makeTree} from './cli-helpers.js'

/**
 * Streams and an abort controller for an in-process command.
 *
 * @returns
 *   Io, captured error text, and the controller.
 */
function io() {
  const controller = new AbortController()
  const captured = {stderr: '', onStderr: (_chunk: string): undefined => undefined}
  return {
    controller,
    captured,
    io: {
      stdout: {write: () => true},
      stderr: {
        write: (chunk: string) => {
          captured.stderr += chunk
          captured.onStderr(chunk)
          return true
        }
      },
      env: {NO_COLOR: '1'},
      cwd: process.cwd(),
      signal: controller.signal
    }
  }
}

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
  for (let tries = 0; tries < 300; tries++) {
    if (check()) return undefined
    await sleep(50)
  }
  throw new Error('Timed out')
}

/**
 * Start watching.
 *
 * @param input
 *   Input folder.
 * @param output
 *   Output folder.
 * @param flags
 *   More arguments.
 * @returns
 *   The run, the build codes so far, the captured text and the controller.
 */
async function start(input: string, output: string, flags: ReadonlyArray<string> = []) {
  const command = parseCommand(['build', input, '--out', output, '--jobs', '1', '--watch', ...flags]) as BuildCommand
  const {io: streams, controller, captured} = io()
  const codes: Array<number> = []
  let ready = false
  const done = watch(command, streams, {onBuild: (code) => codes.push(code), onReady: () => (ready = true)})
  await until(() => ready)
  return {done, codes, captured, controller}
}

describe('arabic-news build --watch', () => {
  it('does not rebuild for hidden files, node_modules or its own output inside the input folder', async () => {
    const input = await makeTree({'a.txt': article('الأول')})
    const {done, codes, captured, controller} = await start(input, path.join(input, 'site'), ['--quiet'])
    expect(codes).toEqual([0])
    await writeFile(path.join(input, '.notes.txt'), 'ملاحظات')
    await mkdir(path.join(input, 'node_modules'))
    await writeFile(path.join(input, 'node_modules/x.txt'), article('مكتبة'))
    await writeFile(path.join(input, 'site/extra.html'), '<p>يدوي</p>')
    await sleep(600)
    expect(codes).toEqual([0])

    await writeFile(path.join(input, 'a.txt'), article('الأول بعد التعديل'))
    await until(() => codes.length === 2)
    expect(await readFile(path.join(input, 'site/a.html'), 'utf8')).toContain('الأول بعد التعديل')
    expect(captured.stderr, 'quiet: no word of watching or rebuilding').not.toMatch(/Watching|Change seen/)
    controller.abort()
    expect(await done).toBe(130)
  })

  it('drops a change still waiting for quiet when interrupted', async () => {
    const input = await makeTree({'a.txt': article('الأول')})
    const output = path.join(input, 'out')
    const {done, codes, captured, controller} = await start(input, output)
    captured.onStderr = () => {
      throw new Error('no rebuild after the interruption')
    }
    await writeFile(path.join(input, 'a.txt'), article('الأول بعد التعديل'))
    await sleep(20)
    controller.abort()
    expect(await done).toBe(130)
    await sleep(300)
    expect(codes).toEqual([0])
  })

  it('stops after the first build when interrupted before watching', async () => {
    const input = await makeTree({'a.txt': article('الأول')})
    const command = parseCommand(['build', input, '--out', path.join(input, 'out'), '--watch']) as BuildCommand
    const {io: streams, controller, captured} = io()
    controller.abort()
    const codes: Array<number> = []
    const code = await watch(command, streams, {onBuild: (code) => codes.push(code)})
    expect(codes).toEqual([code])
    expect(captured.stderr).not.toContain('Watching')
  })
})
