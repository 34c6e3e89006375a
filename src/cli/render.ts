/**
 * `arabic-news render <file|->`: one article to standard output.
 */

import path from 'node:path'
import {reporter} from 'vfile-reporter'
import type {RenderCommand} from './args.js'
import type {CommandIo} from './build.js'
import {useColor} from './build.js'
import {loadConfig, mergeSite} from './config.js'
import {errorCode} from './errors.js'
import {CLI_SOURCE, countMessages, toReportFile, type PlainMessage} from './messages.js'
import {showName} from './names.js'
import {fileTooLarge, readFileCapped} from './safe-open.js'

/** Where `render` reads standard input from. */
export interface RenderIo extends CommandIo {
  stdin: AsyncIterable<Uint8Array | string>
}

/**
 * Render one article.
 *
 * @param command
 *   Parsed command.
 * @param io
 *   Streams and environment.
 * @returns
 *   Exit code: 0, or 1 when the file failed.
 */
export async function render(command: RenderCommand, io: RenderIo): Promise<number> {
  const fromStdin = command.input === '-'
  const filePath = fromStdin ? undefined : path.resolve(io.cwd, command.input)
  const config = await loadConfig(
    filePath ? path.dirname(filePath) : io.cwd,
    command.config === undefined ? undefined : path.resolve(io.cwd, command.config)
  )
  const shownPath = fromStdin ? '<stdin>' : showName(command.input)

  let bytes: Uint8Array | undefined
  let problem: PlainMessage | undefined
  try {
    // Never more than `--max-size` read: a larger file is refused by its
    // size, and a pipe or a device (`/dev/zero`) is read only that far.
    let tooLarge: number | undefined
    let known = true
    if (filePath === undefined) {
      bytes = await readAll(io.stdin, command.maxSize)
      if (bytes.byteLength > command.maxSize) [tooLarge, known] = [bytes.byteLength, false]
    } else {
      const read = await readFileCapped(filePath, {maxSize: command.maxSize})
      if (read.ok) bytes = read.bytes
      else [tooLarge, known] = [read.size ?? command.maxSize + 1, read.size !== undefined]
    }

    if (tooLarge !== undefined) {
      bytes = undefined
      problem = {
        reason: fileTooLarge(known ? tooLarge : undefined, command.maxSize),
        fatal: true,
        ruleId: 'file-too-large',
        source: CLI_SOURCE
      }
    }
  } catch (error) {
    problem = {
      reason: 'Cannot read file: ' + errorCode(error),
      fatal: true,
      ruleId: 'unreadable-file',
      source: CLI_SOURCE
    }
  }

  let messages: Array<PlainMessage>
  if (problem || bytes === undefined) {
    messages = problem ? [problem] : []
  } else {
    // Loaded here so that `--help` and `--version` stay fast.
    const {createRenderer} = await import('./pipeline.js')
    const renderArticle = createRenderer({
      site: mergeSite(config, command.site),
      fragment: command.fragment ?? config.fragment ?? false,
      encoding: command.encoding
    })
    const result = await renderArticle({path: shownPath, bytes})
    messages = result.messages
    if (result.html !== undefined) io.stdout.write(result.html.endsWith('\n') ? result.html : result.html + '\n')
  }

  const {errors} = countMessages(messages)
  if (messages.length > 0 && (!command.quiet || errors > 0)) {
    io.stderr.write(reporter([toReportFile(shownPath, messages)], {color: useColor(io), silent: command.quiet}) + '\n')
  }
  return errors > 0 ? 1 : 0
}

/**
 * Read a stream whole, stopping early past a size limit.
 *
 * @param stream
 *   Stream.
 * @param limit
 *   Largest size wanted.
 * @returns
 *   Bytes (longer than `limit` when the input was too large).
 */
async function readAll(stream: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array> {
  const chunks: Array<Buffer> = []
  let size = 0
  for await (const chunk of stream) {
    const buffer =
      typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    chunks.push(buffer)
    size += buffer.byteLength
    if (size > limit) break
  }
  return Buffer.concat(chunks)
}
