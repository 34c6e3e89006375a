/**
 * Configuration file `arabic-news.config.json` in the input folder: site
 * settings shared by every build of that folder. Flags win over it.
 */

import path from 'node:path'
import {isRecord} from '../metadata/values.js'
import {checkBaseUrl, checkLanguage, checkTimeZone, CONFIG_FILE_NAME, type SiteSettings} from './args.js'
import {codeOf, errorCode} from './errors.js'
import {isPageKey, PAGE_KEYS, readPageKey, type SitePagesConfig} from './site/settings.js'
import {readFileCapped} from './safe-open.js'
import {UsageError} from './usage-error.js'

/** Largest configuration file read. */
export const MAX_CONFIG_SIZE = 1024 * 1024

/** Contents of the configuration file. */
export interface ConfigFile extends SiteSettings {
  /** Write fragments instead of full pages (default: `false`). */
  fragment?: boolean | undefined
  /** Stylesheet, layout, digits, feeds… of the site pages. */
  pages?: SitePagesConfig | undefined
  /** Write `a/index.html` addressed as `a/` (default: `false`). */
  cleanUrls?: boolean | undefined
}

const stringKeys = ['siteName', 'baseUrl', 'publisher', 'timeZone', 'language'] as const

/**
 * Read a configuration file.
 *
 * @param folder
 *   Folder to look in (used when `explicit` is not given).
 * @param explicit
 *   Path given with `--config`, which must exist.
 * @returns
 *   Settings (empty when there is no file in the folder).
 * @throws {UsageError}
 *   When the file is invalid.
 */
export async function loadConfig(folder: string, explicit?: string | undefined): Promise<ConfigFile> {
  const file = explicit ?? path.join(folder, CONFIG_FILE_NAME)
  let text: string
  try {
    // A pipe in its place is refused, not waited on.
    const read = await readFileCapped(file, {maxSize: MAX_CONFIG_SIZE, regularOnly: true})
    if (!read.ok) throw new UsageError(`Configuration file \`${file}\` is too large (limit 1 MB)`)
    text = read.bytes.toString('utf8')
  } catch (error) {
    if (error instanceof UsageError) throw error
    if (explicit === undefined && codeOf(error) === 'ENOENT') return {}
    throw new UsageError(`Cannot read configuration file \`${file}\`: ${errorCode(error)}`)
  }

  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`Invalid JSON in \`${file}\`: ${error instanceof Error ? error.message : String(error)}`)
  }
  if (!isRecord(raw)) {
    throw new UsageError(`Invalid configuration in \`${file}\`: expected an object`)
  }

  const config: ConfigFile = {}
  for (const [key, value] of Object.entries(raw)) {
    if (key === '$schema') continue
    if (key === 'fragment' || key === 'cleanUrls') {
      if (typeof value !== 'boolean') throw new UsageError(`Invalid \`${key}\` in \`${file}\`: expected a boolean`)
      config[key] = value
      continue
    }
    if (isPageKey(key)) {
      const problem = readPageKey((config.pages ??= {}), key, value, file)
      if (problem) throw new UsageError(problem)
      continue
    }
    if (!(stringKeys as ReadonlyArray<string>).includes(key)) {
      throw new UsageError(
        `Unknown key \`${key}\` in \`${file}\` (expected ${[...stringKeys, 'fragment', 'cleanUrls', ...PAGE_KEYS].join(', ')})`
      )
    }
    if (typeof value !== 'string' || value.trim() === '') {
      throw new UsageError(`Invalid \`${key}\` in \`${file}\`: expected a non-empty string`)
    }
    config[key as (typeof stringKeys)[number]] = value
  }
  checkBaseUrl(config.baseUrl)
  checkTimeZone(config.timeZone)
  checkLanguage(config.language)
  return config
}

/**
 * Merge settings: configuration file < flags (flags left out do not erase).
 *
 * @param config
 *   From the configuration file.
 * @param flags
 *   From the command line.
 * @returns
 *   Merged site settings.
 */
export function mergeSite(config: SiteSettings, flags: SiteSettings): SiteSettings {
  const site: SiteSettings = {}
  for (const key of stringKeys) {
    const value = flags[key] ?? config[key]
    if (value !== undefined) site[key] = value
  }
  return site
}
