/**
 * Eleventy permalinks of articles: front matter is untrusted, so a
 * permalink must stay inside the output folder. One that climbs out of it
 * (`../../x.html`), names a Windows path (`\`) or holds a control character is not
 * written (Eleventy’s `permalink: false`), with a warning.
 */

/** What Eleventy passes a permalink compiler: the raw value, then the data, for the final value. */
export type PermalinkCompiler = (permalink: unknown, inputPath: string) => (data: unknown) => Promise<unknown>

/**
 * Why a rendered permalink may not be written, if it may not.
 *
 * @param permalink
 *   Permalink (a path under the output folder, `/`-separated).
 * @returns
 *   The reason, or `undefined` when it stays inside the output folder.
 */
export function unsafePermalinkReason(permalink: string): string | undefined {
  if (/[\u0000-\u001F\u007F]/.test(permalink)) return 'it holds a control character (a NUL, a line break)'
  if (permalink.includes('\\')) return 'it holds a `\\` (use `/`)'
  let depth = 0
  for (const segment of permalink.split('/')) {
    if (segment === '..') depth--
    else if (segment !== '' && segment !== '.') depth++
    if (depth < 0) return 'it leaves the output folder'
  }

  return undefined
}

/**
 * Make Eleventy’s `compileOptions.permalink` for the article formats: the
 * permalink as given (a string, or a function from JavaScript data), then
 * checked.
 *
 * @param warn
 *   Where warnings go.
 * @returns
 *   Permalink compiler.
 */
export function createPermalinkCompiler(warn: (message: string) => unknown): PermalinkCompiler {
  return function (permalink, inputPath) {
    return async function (this: unknown, data) {
      const value: unknown = isDataFunction(permalink) ? await permalink.call(this, data) : permalink
      if (typeof value !== 'string') return value
      const reason = unsafePermalinkReason(value)
      if (reason === undefined) return value
      warn('Not writing `' + inputPath + '`: its permalink `' + value + '` is refused, ' + reason)
      return false
    }
  }
}

/**
 * @param value
 *   Permalink as written in the data.
 * @returns
 *   Whether it is a function (of the page's data, by Eleventy's contract).
 */
function isDataFunction(value: unknown): value is (this: unknown, data: unknown) => unknown {
  return typeof value === 'function'
}
