/**
 * File names and messages as the human report shows them: a name is data
 * from the input folder, so it may hold line breaks, terminal escapes or
 * bidirectional controls that would forge or hide report lines. They are
 * shown escaped (`\n`, `\x1b`, `\u202e`), and bytes that are not UTF-8 as
 * `\xff`. JSON reports keep the real name.
 */

import {firstInvalidUtf8} from './decode.js'

/**
 * Characters shown escaped: C0 and C1 controls, DEL, line and paragraph
 * separators, and the bidirectional controls (marks, embeddings, overrides,
 * isolates).
 */
const unsafe = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g

/** Short escapes for the common controls. */
const short: Readonly<Record<string, string>> = {'\n': '\\n', '\r': '\\r', '\t': '\\t'}

/**
 * Escape the characters that could change how a report line reads.
 *
 * @param text
 *   Text from the input (a name, a message quoting the input).
 * @returns
 *   The text with those characters escaped (backslashes doubled only when
 *   something was escaped, so plain names stay as they are).
 */
export function escapeControls(text: string): string {
  unsafe.lastIndex = 0
  if (!unsafe.test(text)) return text
  unsafe.lastIndex = 0
  return text.replaceAll('\\', '\\\\').replace(unsafe, (character) => {
    // Every character escaped is in the Basic Multilingual Plane.
    const code = character.charCodeAt(0)
    return (
      short[character] ??
      (code < 0x1_00 ? '\\x' + code.toString(16).padStart(2, '0') : '\\u' + code.toString(16).padStart(4, '0'))
    )
  })
}

/**
 * Show a file name: valid UTF-8 decoded, other bytes as `\xNN`, controls
 * escaped.
 *
 * @param name
 *   Name as bytes, or as a string.
 * @returns
 *   Printable name.
 */
export function showName(name: string | Uint8Array): string {
  if (typeof name === 'string') return escapeControls(name)
  let text = ''
  let from = 0
  while (from < name.byteLength) {
    const rest = name.subarray(from)
    const invalid = firstInvalidUtf8(rest)
    text += escapeControls(Buffer.from(rest.subarray(0, invalid)).toString('utf8'))
    if (invalid >= rest.byteLength) break
    text += '\\x' + (rest[invalid] ?? 0).toString(16).padStart(2, '0')
    from += invalid + 1
  }

  return text
}
