/**
 * Helpers for the command-line tests: temporary folders, and running `main`
 * in this process with captured output.
 */

import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {afterEach} from 'vitest'
import {main} from '../src/cli/main.js'

/** Output of one in-process run. */
export interface RunResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Run the command line in this process (use `--jobs 1` to stay in this thread).
 *
 * @param argv
 *   Arguments.
 * @param options
 *   Working folder, environment, standard input.
 * @returns
 *   Exit code and output.
 */
export async function run(
  argv: ReadonlyArray<string>,
  options: {cwd?: string; env?: Record<string, string>; stdin?: string} = {}
): Promise<RunResult> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    stdout: {write: (chunk: string) => (stdout += chunk)},
    stderr: {write: (chunk: string) => (stderr += chunk)},
    stdin: Readable.from([Buffer.from(options.stdin ?? '')]),
    env: options.env ?? {NO_COLOR: '1'},
    cwd: options.cwd ?? process.cwd()
  })
  return {code, stdout, stderr}
}

/** The checkout, where child processes run. */
export const repository = fileURLToPath(new URL('..', import.meta.url))

/** The command line's entry point, run from source. */
export const entry = path.join(repository, 'src/cli/index.ts')

/** Exit status and output of one child process. */
export interface SpawnResult {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** Milliseconds from spawn to close. */
  ms: number
}

/**
 * Run a command in the checkout, killed after a time limit.
 *
 * @param command
 *   Executable.
 * @param argv
 *   Arguments.
 * @param whileRunning
 *   Called with the child once spawned.
 * @param limit
 *   Milliseconds before SIGKILL: a run that hangs (a FIFO read, a loop) is
 *   killed and fails its test (default: 90 s).
 * @returns
 *   Exit status and output.
 */
export function runCommand(
  command: string,
  argv: ReadonlyArray<string>,
  whileRunning?: (child: ChildProcess) => void,
  limit = 90_000
): Promise<SpawnResult> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, {
      cwd: repository,
      env: {...process.env, NO_COLOR: '1'},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), limit)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({code, signal, stdout, stderr, ms: Date.now() - started})
    })
    whileRunning?.(child)
  })
}

/**
 * Run `arabic-news` from source in a child process.
 *
 * @param argv
 *   Arguments.
 * @param whileRunning
 *   Called with the child once spawned.
 * @param limit
 *   Milliseconds before SIGKILL (default: 90 s).
 * @returns
 *   Exit status and output.
 */
export function spawnCli(
  argv: ReadonlyArray<string>,
  whileRunning?: (child: ChildProcess) => void,
  limit?: number
): Promise<SpawnResult> {
  return runCommand(process.execPath, ['--import', 'tsx', entry, ...argv], whileRunning, limit)
}

/**
 * Temporary folders of one test file, removed together.
 *
 * @param prefix
 *   Start of each folder's name.
 * @returns
 *   `make` to create one, `remove` to remove all (in `afterAll`).
 */
export function temporaryFolders(prefix: string): {make: () => Promise<string>; remove: () => Promise<undefined>} {
  const folders: Array<string> = []
  return {
    async make() {
      const folder = await mkdtemp(path.join(tmpdir(), prefix))
      folders.push(folder)
      return folder
    },
    async remove() {
      for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
      return undefined
    }
  }
}

/**
 * Create a temporary folder with files.
 *
 * @param files
 *   Contents by relative path.
 * @returns
 *   Absolute path of the folder.
 */
export async function makeTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'arabic-news-cli-'))
  for (const [name, value] of Object.entries(files)) {
    const file = path.join(root, name)
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(file, value)
  }
  return root
}

/**
 * Make folders of files for the tests of one file, each removed after its test.
 *
 * @returns
 *   A function that makes a new folder holding the entries it is given.
 */
export function treesRemovedAfterEach(): (files: Record<string, string>) => Promise<string> {
  const folders: Array<string> = []
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, {recursive: true, force: true})
  })
  return async function (files) {
    const root = await makeTree(files)
    folders.push(root)
    return root
  }
}

/**
 * A short article written for these tests.
 *
 * @param headline
 *   Headline line.
 * @returns
 *   Text.
 */
export function article(headline: string): string {
  return `${headline}\n\nالرياض - أعلنت البلدية اليوم خطة جديدة لتشجير الشوارع الرئيسية.\n\nوقال المتحدث إن العمل يبدأ الشهر المقبل.\n`
}

/** Files the site writer adds around the articles after a whole build (home, lists, feeds, sitemaps, stylesheet). */
const siteFile =
  /^(?:\.arabic-news-site\.json$|index\.html|page\/|sections\/|authors\/|feed\.|rss\.xml|robots\.txt|sitemap[^/]*\.xml|style\.[\da-f]+\.css)/

/**
 * Whether an output file is one of the site pages rather than an article page.
 *
 * @param relative
 *   Path relative to the output folder, `/`-separated.
 * @returns
 *   Whether it is.
 */
export function isSiteFile(relative: string): boolean {
  return siteFile.test(relative)
}
