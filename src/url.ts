/**
 * URLs in metadata: only absolute `http:` and `https:` URLs are written, so
 * that `javascript:`, `data:` and other schemes never reach a page.
 */

/** Result of checking a URL: the normalised URL, or why it was dropped. */
export type UrlResult = {ok: true; value: string} | {ok: false; reason: string}

/**
 * Check a URL and resolve it against a base URL.
 *
 * @param value
 *   URL from front matter or options.
 * @param baseUrl
 *   Absolute `http:`/`https:` URL that relative URLs are resolved against (optional).
 * @returns
 *   The absolute URL (serialised by `URL`), or why it is not accepted.
 */
export function checkUrl(value: unknown, baseUrl?: string | undefined): UrlResult {
  if (typeof value !== 'string' || value.trim() === '') {
    return {ok: false, reason: 'expected a URL as a non-empty string'}
  }

  const text = value.trim()
  let url: URL

  try {
    url = baseUrl === undefined ? new URL(text) : new URL(text, baseUrl)
  } catch {
    return {
      ok: false,
      reason:
        baseUrl === undefined
          ? 'expected an absolute URL (or set `baseUrl`), not `' + shorten(text) + '`'
          : 'invalid URL `' + shorten(text) + '`'
    }
  }

  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {ok: false, reason: 'expected an `http:` or `https:` URL, not `' + shorten(url.protocol) + '`'}
  }

  if (url.username !== '' || url.password !== '') {
    return {ok: false, reason: 'unexpected credentials in URL'}
  }

  return {ok: true, value: url.href}
}

function shorten(value: string): string {
  return value.length > 60 ? value.slice(0, 59) + '…' : value
}
