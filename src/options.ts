/**
 * Checks shared by the plugins' attachers: each option is checked once, and
 * a bad one throws a `TypeError` that names it, in one style:
 * ``Expected `name` to be …, not `value` ``.
 */

/**
 * Whether a value is a list (`Array.isArray`, typed so that its items are
 * `unknown` and must be checked).
 *
 * @param value
 *   The value.
 * @returns
 *   Whether it is an array.
 */
export function isList(value: unknown): value is ReadonlyArray<unknown> {
  return Array.isArray(value)
}

/** Options of no plugin: what `null` and `undefined` stand for. */
const emptyOptions = {}

/**
 * Check that options are an object.
 *
 * @param options
 *   Options as given.
 * @returns
 *   The options, or an empty object for `null` and `undefined`.
 */
export function objectOption<T extends object>(options: T | null | undefined): Partial<T> {
  if (options === null || options === undefined) return emptyOptions
  if (typeof options !== 'object' || isList(options))
    throw new TypeError('Expected `options` to be an object, not `' + String(options) + '`')
  return options
}

/**
 * Check a boolean option.
 *
 * @param value
 *   The value given.
 * @param name
 *   Name of the option, for the error.
 * @param fallback
 *   Default.
 * @returns
 *   The value, or the default when not given.
 */
export function booleanOption(value: unknown, name: string, fallback: boolean): boolean {
  if (value === null || value === undefined) return fallback
  if (typeof value !== 'boolean') {
    throw new TypeError('Expected `' + name + '` to be a boolean, not `' + String(value) + '`')
  }

  return value
}

/**
 * Check a count option.
 *
 * @param value
 *   The value given.
 * @param name
 *   Name of the option.
 * @param fallback
 *   Default.
 * @param min
 *   Smallest value allowed (default: `1`).
 * @returns
 *   A whole number of at least `min`.
 */
export function countOption(value: unknown, name: string, fallback: number, min = 1): number {
  if (value === null || value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new TypeError(
      'Expected `' +
        name +
        '` to be ' +
        (min === 1 ? 'a positive whole number' : 'a whole number of at least ' + min) +
        ', not `' +
        String(value) +
        '`'
    )
  }

  return value
}

/**
 * Check an optional string option.
 *
 * @param value
 *   The value given.
 * @param name
 *   Name of the option.
 * @returns
 *   The string, or `undefined` when not given.
 */
export function stringOption(value: unknown, name: string): string | undefined {
  if (value === null || value === undefined) return undefined
  if (typeof value !== 'string') {
    throw new TypeError('Expected `' + name + '` to be a string, not `' + String(value) + '`')
  }

  return value
}

/**
 * Check a list of words.
 *
 * @param value
 *   The value given.
 * @param name
 *   Name of the option.
 * @returns
 *   The words, trimmed.
 */
export function wordsOption(value: unknown, name: string): Array<string> {
  if (!isList(value) || !value.every((word): word is string => typeof word === 'string' && word.trim() !== '')) {
    throw new TypeError('Expected `' + name + '` to be a list of non-empty strings, not `' + String(value) + '`')
  }

  return value.map((word) => word.trim())
}
