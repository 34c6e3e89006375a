/**
 * JSON for a `<script type="application/ld+json">` element.
 */

/** Characters that could end the script or start a comment, and the line separators old parsers choke on. */
const unsafeCharacters = /[<>&\u2028\u2029]/g

/**
 * Serialise a value as JSON that is safe inside an HTML `<script>` element.
 *
 * `<`, `>`, `&`, U+2028 and U+2029 are written as `\u003c`, `\u003e`,
 * `\u0026`, `\u2028` and `\u2029`. These characters only occur inside JSON
 * strings, where the escapes mean the same, so `JSON.parse` gives back the
 * value. Everything else, Arabic included, stays as characters.
 *
 * @param value
 *   JSON-compatible value.
 * @param space
 *   Indentation, as for `JSON.stringify` (optional).
 * @returns
 *   Serialised JSON.
 */
export function serializeJsonLd(value: unknown, space?: number | string | undefined): string {
  return JSON.stringify(value, undefined, space).replace(unsafeCharacters, escapeCharacter)
}

function escapeCharacter(character: string): string {
  return '\\u' + character.charCodeAt(0).toString(16).padStart(4, '0')
}
