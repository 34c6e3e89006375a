/**
 * `arabic-news` command line as a function: parse, dispatch, map errors to
 * exit codes.
 */

import {parseCommand, USAGE} from './args.js'
import {build, type CommandIo} from './build.js'
import {merge} from './merge.js'
import {render} from './render.js'
import {UsageError} from './usage-error.js'
import {packageVersion} from './version.js'

/**
 * Run the command line.
 *
 * @param argv
 *   Arguments (`process.argv.slice(2)`).
 * @param io
 *   Streams, environment, and standard input for `render -`.
 * @returns
 *   Exit code: 0 success, 1 some file failed, 2 usage error, 130 interrupted.
 */
export async function main(
  argv: ReadonlyArray<string>,
  io: CommandIo & {stdin: AsyncIterable<Uint8Array | string>}
): Promise<number> {
  try {
    const command = parseCommand(argv)
    switch (command.command) {
      case 'help': {
        io.stdout.write(USAGE)
        return 0
      }
      case 'version': {
        io.stdout.write(packageVersion + '\n')
        return 0
      }
      case 'build': {
        if (!command.watch) return await build(command, io)
        const {watch} = await import('./watch.js')
        return await watch(command, io)
      }
      case 'render': {
        return await render(command, io)
      }
      case 'merge': {
        return await merge(command, io)
      }
      case 'serve': {
        const {serve} = await import('./serve.js')
        return await serve(command, io)
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`arabic-news: ${error.message}\nRun \`arabic-news --help\` for usage.\n`)
      return 2
    }
    throw error
  }
}
