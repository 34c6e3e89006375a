/**
 * Characters that HTML does not allow in a document: NUL, control
 * characters other than white space, noncharacters and lone surrogates.
 * A browser drops NUL and a validator rejects the others, so they are
 * replaced with U+FFFD REPLACEMENT CHARACTER before anything else reads the
 * text.
 */

/** Replacement for each UTF-16 code unit of a forbidden character (one unit, so offsets stay exact). */
export const REPLACEMENT_CHARACTER = '\uFFFD'

/**
 * Forbidden code points (HTML: “control-character-in-input-stream”,
 * “noncharacter-in-input-stream”, “surrogate-in-input-stream”, and NUL).
 * Tab, line feed, form feed and carriage return are white space and allowed.
 */
const forbidden =
  /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Any code unit that can start a forbidden character (the classes above, and
 * every surrogate): one scan that finds none lets almost every text skip the
 * alternatives above.
 */
const possiblyForbidden = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFDD0-\uFDEF\uFFFE\uFFFF]/

/** Result of replacing forbidden characters. */
export interface ReplacedCharacters {
  /** The text, of the same length, with each forbidden code unit replaced. */
  value: string
  /** How many forbidden characters there were. */
  count: number
  /** Offset of the first one, or `-1`. */
  first: number
  /** The first one as written, as `U+XXXX` (empty when none). */
  firstCode: string
}

/**
 * Replace the characters HTML does not allow with U+FFFD, one per UTF-16
 * code unit, so that every offset in the text stays the same.
 *
 * @param value
 *   Text.
 * @returns
 *   The text and what was replaced.
 */
export function replaceForbiddenCharacters(value: string): ReplacedCharacters {
  if (!possiblyForbidden.test(value)) return {value, count: 0, first: -1, firstCode: ''}
  let count = 0
  let first = -1
  let firstCode = ''
  const result = value.replace(forbidden, function (match: string, offset: number) {
    if (count === 0) {
      first = offset
      firstCode = 'U+' + (match.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
    }

    count++
    return REPLACEMENT_CHARACTER.repeat(match.length)
  })
  return {value: count === 0 ? value : result, count, first, firstCode}
}

/**
 * Replace forbidden characters in every string of a value read from front
 * matter (YAML escapes such as `"\0"` can produce them).
 *
 * @param value
 *   Parsed YAML.
 * @returns
 *   The same value with clean strings (objects and arrays are changed in
 *   place; shared and circular ones, from YAML aliases, once).
 */
export function replaceForbiddenDeep<T>(value: T): T {
  return clean(value, new WeakSet()) as T
}

function clean(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'string') return replaceForbiddenCharacters(value).value
  if (typeof value !== 'object' || value === null || value instanceof Date || seen.has(value)) return value
  seen.add(value)
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record)) {
    const before = record[key]
    const after = clean(before, seen)
    // Defined rather than assigned, so that a key such as `__proto__` stays a plain key.
    if (after !== before)
      Object.defineProperty(record, key, {value: after, writable: true, enumerable: true, configurable: true})
  }

  return value
}

/**
 * Copy a value given by a host (front matter from Astro or Eleventy) with the
 * characters HTML does not allow replaced in every string; the value itself
 * is left as it is.
 *
 * @param value
 *   Value.
 * @returns
 *   A cleaned copy (strings, arrays and plain objects copied; `Date`s and
 *   other objects kept).
 */
export function copyWithoutForbidden<T>(value: T): T {
  return copy(value, 0) as T
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return replaceForbiddenCharacters(value).value
  // Deeper than any front matter: left as it is rather than walked forever.
  if (depth > 32 || typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map((item) => copy(item, depth + 1))
  const prototype = Object.getPrototypeOf(value) as unknown
  if (prototype !== Object.prototype && prototype !== null) return value
  const result: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    // Defined rather than assigned, so that a key such as `__proto__` stays a plain key.
    Object.defineProperty(result, key, {
      value: copy(item, depth + 1),
      writable: true,
      enumerable: true,
      configurable: true
    })
  }

  return result
}
