/**
 * The stylesheet of a built site: the package's `style.css` (or the one a
 * site gives), written once into the output folder under a name that
 * changes with its content, so that browsers may cache it forever.
 */

import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {codeOf} from '../errors.js'
import {slug} from './collect.js'
import {SiteError, type ArticlePageSettings, type SitePagesConfig} from './settings.js'

/** A stylesheet to copy and link. */
export interface Stylesheet {
  /** File name in the output folder (`style.1a2b3c4d.css`). */
  name: string
  /** Address from the site root, for article pages (`/style.1a2b3c4d.css`, or under the base URL's path). */
  href: string
  /** Contents. */
  bytes: Uint8Array
}

/** The package's stylesheet (beside `dist/` and `src/`). */
export const PACKAGE_STYLESHEET = fileURLToPath(new URL('../../../style.css', import.meta.url))

/**
 * Read the stylesheet a build links.
 *
 * @param css
 *   Path of a stylesheet, `false` for none, `undefined` for the package's.
 * @param baseUrl
 *   Base URL of the site, whose path prefixes the address.
 * @returns
 *   Stylesheet, or `undefined` with `false`.
 * @throws {SiteError}
 *   When the file cannot be read.
 */
export function readStylesheet(css: string | false | undefined, baseUrl: string | undefined): Stylesheet | undefined {
  if (css === false) return undefined
  const file = css ?? PACKAGE_STYLESHEET
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch (error) {
    throw new SiteError(`Cannot read stylesheet \`${file}\`: ${codeOf(error) ?? String(error)}`)
  }

  const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 10)
  const name = slug(path.basename(file, path.extname(file))) + '.' + digest + '.css'
  const root = baseUrl === undefined ? '/' : new URL(baseUrl).pathname.replace(/\/?$/, '/')
  return {name, href: root + encodeURIComponent(name), bytes}
}

/**
 * What article pages take from the site-page settings: the address of the
 * stylesheet (read here, to hash it), the digits and calendar of dates.
 *
 * @param pages
 *   Site-page settings (configuration file, with `--css` over it).
 * @param baseUrl
 *   Base URL of the site.
 * @returns
 *   Settings of article pages.
 * @throws {SiteError}
 *   When the stylesheet cannot be read.
 */
export function articlePageSettings(pages: SitePagesConfig, baseUrl: string | undefined): ArticlePageSettings {
  return {css: readStylesheet(pages.css, baseUrl)?.href, digits: pages.digits, hijri: pages.hijri}
}
