/**
 * Turn input bytes into text, refusing what is not an article: binary data
 * and invalid UTF-8.
 */

const decoder = new TextDecoder('utf-8', {fatal: true})

/** Text of an article, or why it has none. */
export type Decoded = {ok: true; text: string} | {ok: false; reason: string; ruleId: string; line?: number | undefined}

/**
 * Decode article bytes as UTF-8 (a byte order mark is dropped).
 *
 * @param bytes
 *   File contents.
 * @returns
 *   The text, or the reason it cannot be read.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    return {
      ok: false,
      reason: 'Binary file (contains a NUL byte), not an article',
      ruleId: 'binary-file',
      line: lineAt(bytes, nul)
    }
  }
  try {
    return {ok: true, text: decoder.decode(bytes)}
  } catch {
    const offset = firstInvalidUtf8(bytes)
    return {
      ok: false,
      reason: `Invalid UTF-8 at byte ${offset}: save the file as UTF-8`,
      ruleId: 'invalid-utf8',
      line: lineAt(bytes, offset)
    }
  }
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
