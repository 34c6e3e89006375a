/**
 * Turn input bytes into text, refusing what is not an article: binary data
 * and invalid text (UTF-8 by default, UTF-16 with a byte order mark, or
 * any encoding `TextDecoder` knows, such as `windows-1256`).
 */

/** Options of `decodeArticle`. */
export interface DecodeOptions {
  /**
   * Encoding label known to `TextDecoder` (`'windows-1256'`, `'iso-8859-6'`,
   * `'utf-16le'`…); default: UTF-8, or UTF-16 when the file starts with its
   * byte order mark.
   */
  readonly encoding?: string | undefined
  /** Replace bad bytes with U+FFFD instead of failing (for reading a head cut anywhere). */
  readonly lenient?: boolean | undefined
}

/** Text of an article, or why it has none (with the place of the first bad byte). */
export type Decoded =
  | {ok: true; text: string}
  | {ok: false; reason: string; ruleId: string; line?: number | undefined; column?: number | undefined}

/**
 * Check an encoding label.
 *
 * @param label
 *   Label such as `windows-1256`.
 * @returns
 *   Whether `TextDecoder` knows it.
 */
export function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label)
    return true
  } catch {
    return false
  }
}

/**
 * Decode article bytes (a byte order mark is dropped).
 *
 * @param bytes
 *   File contents.
 * @param options
 *   Encoding.
 * @returns
 *   The text, or the reason it cannot be read.
 */
export function decodeArticle(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const encoding = encodingOf(bytes, options.encoding)
  const isUtf16 = encoding.startsWith('utf-16')
  if (!isUtf16) {
    const nul = bytes.indexOf(0)
    if (nul !== -1 && !options.lenient) {
      return {
        ok: false,
        reason: 'Binary file (contains a NUL byte), not an article',
        ruleId: 'binary-file',
        ...placeOf(bytes, nul, encoding)
      }
    }
  }
  try {
    return {ok: true, text: new TextDecoder(encoding, {fatal: !options.lenient}).decode(bytes)}
  } catch {
    if (encoding === 'utf-8') {
      const offset = firstInvalidUtf8(bytes)
      return {
        ok: false,
        reason: `Invalid UTF-8 at byte ${offset}: save the file as UTF-8, or give its encoding (--encoding windows-1256)`,
        ruleId: 'invalid-utf8',
        ...placeOf(bytes, offset, encoding)
      }
    }
    const text = new TextDecoder(encoding).decode(bytes)
    const index = text.indexOf('\uFFFD')
    return {
      ok: false,
      reason: `Invalid ${encoding} text`,
      ruleId: 'invalid-encoding',
      ...placeInText(text, Math.max(index, 0))
    }
  }
}

/**
 * The encoding to decode with: a UTF-16 byte order mark wins, then the
 * option, then UTF-8.
 *
 * @param bytes
 *   Data.
 * @param encoding
 *   Encoding asked for.
 * @returns
 *   `TextDecoder` encoding name.
 */
function encodingOf(bytes: Uint8Array, encoding: string | undefined): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return new TextDecoder(encoding ?? 'utf-8').encoding
}

/**
 * Line and column (1-based, in characters as the text has them) of a byte offset.
 *
 * @param bytes
 *   Data.
 * @param offset
 *   Byte offset.
 * @param encoding
 *   Encoding (single-byte or UTF-8: newlines are byte 10).
 * @returns
 *   Place.
 */
function placeOf(bytes: Uint8Array, offset: number, encoding: string): {line: number; column: number} {
  const line = lineAt(bytes, offset)
  const lineStart = bytes.lastIndexOf(10, offset - 1) + 1
  const before = new TextDecoder(encoding).decode(bytes.subarray(lineStart, offset))
  return {line, column: before.length + 1}
}

/**
 * Line and column (1-based) of a character offset.
 *
 * @param text
 *   Text.
 * @param index
 *   Offset.
 * @returns
 *   Place.
 */
function placeInText(text: string, index: number): {line: number; column: number} {
  const before = text.slice(0, index)
  const lineStart = before.lastIndexOf('\n') + 1
  return {line: before.split('\n').length, column: index - lineStart + 1}
}

/**
 * Find the first byte that does not start or continue a well-formed UTF-8
 * sequence.
 *
 * @param bytes
 *   Data.
 * @returns
 *   Byte offset (`bytes.length` when valid).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0
    let size = 0
    let min = 0
    if (byte < 0x80) size = 1
    else if (byte >= 0xc2 && byte <= 0xdf) [size, min] = [2, 0x80]
    else if (byte >= 0xe0 && byte <= 0xef) [size, min] = [3, 0x8_00]
    else if (byte >= 0xf0 && byte <= 0xf4) [size, min] = [4, 0x1_00_00]
    else return index
    if (size === 1) {
      index++
      continue
    }
    let code = byte & (0xff >> (size + 1))
    for (let next = 1; next < size; next++) {
      const continuation = bytes[index + next]
      if (continuation === undefined || (continuation & 0xc0) !== 0x80) return index
      code = (code << 6) | (continuation & 0x3f)
    }
    if (code < min || code > 0x10_ff_ff || (code >= 0xd8_00 && code <= 0xdf_ff)) return index
    index += size
  }
  return index
}

/**
 * 1-based line of a byte offset.
 *
 * @param bytes
 *   Data.
 * @param offset
 *   Byte offset.
 * @returns
 *   Line number.
 */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1
  let from = 0
  for (;;) {
    const newline = bytes.indexOf(10, from)
    if (newline === -1 || newline >= offset) return line
    line++
    from = newline + 1
  }
}
