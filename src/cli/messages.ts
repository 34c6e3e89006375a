/**
 * Messages as they travel from worker threads to the main thread (plain
 * objects), and back into `VFile`s for `vfile-reporter`.
 */

import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

/** A vfile message reduced to structured-clone-safe fields. */
export interface PlainMessage {
  reason: string
  /** `true`: error, `false`: warning, `undefined`: info (as in `vfile-message`). */
  fatal?: boolean | undefined
  line?: number | undefined
  column?: number | undefined
  endLine?: number | undefined
  endColumn?: number | undefined
  ruleId?: string | undefined
  source?: string | undefined
}

/** Source of the messages the command line itself makes. */
export const CLI_SOURCE = 'arabic-news'

/**
 * An error message from the command line itself.
 *
 * @param reason
 *   What went wrong.
 * @param ruleId
 *   Identifier.
 * @returns
 *   Message.
 */
export function cliError(reason: string, ruleId: string): PlainMessage {
  return {reason, fatal: true, ruleId, source: CLI_SOURCE}
}

/**
 * Reduce a vfile message (or any thrown value) to a plain object.
 *
 * @param message
 *   Message or error.
 * @returns
 *   Plain message.
 */
export function toPlainMessage(message: unknown): PlainMessage {
  if (message instanceof VFileMessage) {
    const start = message.place && 'start' in message.place ? message.place.start : message.place
    const end = message.place && 'end' in message.place ? message.place.end : undefined
    return {
      reason: message.reason,
      fatal: message.fatal ?? undefined,
      line: start?.line,
      column: start?.column,
      endLine: end?.line,
      endColumn: end?.column,
      ruleId: message.ruleId,
      source: message.source
    }
  }
  const reason = message instanceof Error ? message.message : String(message)
  return {reason: 'Cannot process file: ' + reason, fatal: true, ruleId: 'exception', source: CLI_SOURCE}
}

/**
 * Rebuild a vfile carrying plain messages, for `vfile-reporter`.
 *
 * @param filePath
 *   Path to show.
 * @param messages
 *   Messages.
 * @returns
 *   File with messages.
 */
export function toReportFile(filePath: string, messages: ReadonlyArray<PlainMessage>): VFile {
  const file = new VFile({path: filePath})
  for (const plain of messages) {
    const place =
      plain.line === undefined
        ? undefined
        : plain.endLine === undefined
          ? {line: plain.line, column: plain.column ?? 1}
          : {
              start: {line: plain.line, column: plain.column ?? 1},
              end: {line: plain.endLine, column: plain.endColumn ?? 1}
            }
    const message = new VFileMessage(plain.reason, {place, ruleId: plain.ruleId, source: plain.source})
    message.file = filePath
    message.fatal = plain.fatal
    file.messages.push(message)
  }
  return file
}

/**
 * Count errors and warnings.
 *
 * @param messages
 *   Messages.
 * @returns
 *   Counts.
 */
export function countMessages(messages: ReadonlyArray<PlainMessage>): {errors: number; warnings: number} {
  let errors = 0
  let warnings = 0
  for (const message of messages) {
    if (message.fatal === true) errors++
    else if (message.fatal === false) warnings++
  }
  return {errors, warnings}
}
