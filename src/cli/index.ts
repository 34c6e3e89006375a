#!/usr/bin/env node
/**
 * `arabic-news` command line: `build` a folder, `render` one article.
 */

import process from 'node:process'
import {parseCommand} from './args.js'
import {main} from './main.js'
import {stopOnSignals} from './signals.js'

const argv = process.argv.slice(2)
const controller = new AbortController()
// First signal: finish the files in progress, write the manifest, stop;
// second signal: stop now (outputs are still whole or absent).
if (buildsFiles(argv)) stopOnSignals(controller)
main(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`arabic-news: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  }
)

/**
 * @param argv
 *   Arguments.
 * @returns
 *   Whether they ask for a command that writes files (`build`, `serve`);
 *   `main` reports usage errors.
 */
function buildsFiles(argv: ReadonlyArray<string>): boolean {
  try {
    const name = parseCommand(argv).command
    return name === 'build' || name === 'serve'
  } catch {
    return false
  }
}
