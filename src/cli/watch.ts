/**
 * `arabic-news build --watch`: build, then rebuild whenever something in the
 * input folder changes, until interrupted. Each rebuild is an ordinary
 * incremental build: the manifest skips what did not change.
 */

import {realpath} from 'node:fs/promises'
import path from 'node:path'
import {watch as watchFiles} from 'chokidar'
import type {BuildCommand} from './args.js'
import {build, type CommandIo} from './build.js'
import {SKIPPED_FOLDERS} from './walk.js'

/** Quiet time after the last change before a rebuild (editors save in several steps). */
export const WATCH_DEBOUNCE_MS = 100

/** Watch configuration. */
export interface WatchOptions {
  /** Called after each build with its exit code (`serve` reloads pages then). */
  onBuild?: ((code: number) => void) | undefined
  /** Called once the watcher is ready (tests wait for it). */
  onReady?: (() => void) | undefined
}

/**
 * Build, then rebuild on changes until `io.signal` aborts.
 *
 * @param command
 *   Parsed build command.
 * @param io
 *   Streams, environment, and the signal that stops watching.
 * @param options
 *   Callbacks.
 * @returns
 *   Exit code of the last build (130 when it was interrupted).
 */
export async function watch(command: BuildCommand, io: CommandIo, options: WatchOptions = {}): Promise<number> {
  const once: BuildCommand = {...command, watch: false, progress: false}
  let code = await build(once, io)
  options.onBuild?.(code)
  if (io.signal?.aborted) return code

  const root = await realpath(path.resolve(io.cwd, command.input))
  const output = await realpath(path.resolve(io.cwd, command.output)).catch(() => path.resolve(io.cwd, command.output))
  const watcher = watchFiles(root, {
    ignoreInitial: true,
    ignored: (file: string) => isIgnored(root, output, file)
  })

  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let again = false

  const rebuild = async (): Promise<void> => {
    do {
      again = false
      if (!command.quiet) io.stderr.write('Change seen: rebuilding…\n')
      code = await build(once, io)
      options.onBuild?.(code)
    } while (again && !io.signal?.aborted)
    running = undefined
  }

  const schedule = (): undefined => {
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      if (running) again = true
      else running = rebuild()
    }, WATCH_DEBOUNCE_MS)
    return undefined
  }

  watcher.on('all', schedule)
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  if (!command.quiet) io.stderr.write(`Watching \`${command.input}\` for changes (Ctrl-C to stop)\n`)
  options.onReady?.()

  await new Promise<void>((resolve) => {
    if (io.signal?.aborted) resolve()
    io.signal?.addEventListener('abort', () => resolve(), {once: true})
  })
  if (timer) clearTimeout(timer)
  await watcher.close()
  await running
  return code === 0 ? 130 : code
}

/**
 * Whether a path is left unwatched: the output folder, hidden files and
 * folders, `node_modules`, temporary files.
 *
 * @param root
 *   Input folder.
 * @param output
 *   Output folder.
 * @param file
 *   Path seen.
 * @returns
 *   Whether to ignore it.
 */
function isIgnored(root: string, output: string, file: string): boolean {
  if (file === output || file.startsWith(output + path.sep)) return true
  const relative = path.relative(root, file)
  if (relative === '' || relative.startsWith('..')) return false
  return relative.split(path.sep).some((part) => part.startsWith('.') || SKIPPED_FOLDERS.includes(part))
}
