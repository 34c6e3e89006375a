/**
 * Small checks on values read from front matter and options.
 */

/**
 * Whether a value is a plain record (not a list, a date or `null`).
 *
 * @param value
 *   The value.
 * @returns
 *   Whether it is an object with string keys.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
}

/**
 * A value as a list: itself when it is one, else a list of it.
 *
 * @param value
 *   The value.
 * @returns
 *   The list (empty for `null` and `undefined`).
 */
export function asList(value: unknown): ReadonlyArray<unknown> {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}
