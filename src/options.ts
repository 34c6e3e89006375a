/**
 * Checks shared by the plugins' attachers: each option is checked once, and
 * a bad one throws a `TypeError` that names it.
 */

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
 * @returns
 *   A positive whole number.
 */
export function countOption(value: unknown, name: string, fallback: number): number {
  if (value === null || value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new TypeError('Expected `' + name + '` to be a positive whole number, not `' + String(value) + '`')
  }

  return value
}
