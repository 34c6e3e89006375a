/**
 * Astro's per-file data (`file.data.astro`), read and written without
 * declaring it on vfile's `DataMap`: `@astrojs/markdown-remark` declares it
 * with its own type, and two declarations would conflict for Astro users.
 */

import type {VFile} from 'vfile'
import {isRecord} from './values.js'

/**
 * Astro's per-file data, made when missing.
 *
 * @param file
 *   The file.
 * @returns
 *   `file.data.astro`.
 */
export function astroData(file: VFile): Record<string, unknown> {
  const existing = file.data['astro']
  if (isRecord(existing)) return existing
  const created: Record<string, unknown> = {}
  file.data['astro'] = created
  return created
}

/**
 * The front matter Astro hands over, if any.
 *
 * @param file
 *   The file.
 * @returns
 *   `file.data.astro.frontmatter`.
 */
export function astroFrontmatter(file: VFile): Record<string, unknown> | undefined {
  const astro = file.data['astro']
  if (!isRecord(astro)) return undefined
  const existing = astro['frontmatter']
  return isRecord(existing) ? existing : undefined
}

/**
 * The front matter Astro hands over, made when missing (to be written to).
 *
 * @param file
 *   The file.
 * @returns
 *   `file.data.astro.frontmatter`.
 */
export function writableAstroFrontmatter(file: VFile): Record<string, unknown> {
  const astro = astroData(file)
  const existing = astro['frontmatter']
  if (isRecord(existing)) return existing
  const created: Record<string, unknown> = {}
  astro['frontmatter'] = created
  return created
}
