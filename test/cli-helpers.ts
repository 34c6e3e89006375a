/**
 * Helpers for the command-line tests: temporary folders, and running `main`
 * in this process with captured output.
 */

import {mkdtemp, mkdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Readable} from 'node:stream'
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
