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
let isBuild = false
try {
  const name = parseCommand(argv).command
  isBuild = name === 'build' || name === 'serve'
} catch {
  // `main` reports usage errors.
}
// First signal: finish the files in progress, write the manifest, stop;
// second signal: stop now (outputs are still whole or absent).
if (isBuild) stopOnSignals(controller)
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
