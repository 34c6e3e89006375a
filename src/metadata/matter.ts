/**
 * Front matter as the plugins read it: the host's (Astro's
 * `file.data.astro.frontmatter`), under the file's own (`file.data.matter`,
 * from `remarkArabicNewsParse`), or read from a `yaml` node (after
 * `remark-frontmatter`) when neither parser gave any.
 */

import type {Root} from 'mdast'
import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {copyWithoutForbidden, replaceForbiddenDeep} from '../parsing/characters.js'
import {keyPositions, readFrontMatter} from '../parsing/front-matter.js'
import {splitLines} from '../parsing/lines.js'
import {createLocator} from '../parsing/position.js'
import type {FrontMatter} from '../types.js'
import {astroFrontmatter} from './host.js'

/** Front matter and where its keys are written. */
export interface CollectedFrontMatter {
  /** The merged front matter. */
  matter: FrontMatter
  /** Where each key is written, when known. */
  positions: Record<string, Position>
}

/**
 * Merge the front matter of a file.
 *
 * @param file
 *   The file.
 * @param tree
 *   The mdast tree, for a `yaml` node (optional).
 * @returns
 *   Front matter (empty when there is none) and key positions.
 */
export function collectFrontMatter(file: VFile, tree?: Root | undefined): CollectedFrontMatter {
  // Hosts give front matter as they read it: characters HTML cannot carry
  // are replaced, as the plain-text parser does for its own.
  const matter: FrontMatter = copyWithoutForbidden({...astroFrontmatter(file), ...file.data.matter})
  let positions: Record<string, Position> = {...file.data.matterPositions}
  if (file.data.matter || !tree) return {matter, positions}

  const yaml = tree.children.find((node) => node.type === 'yaml')
  if (!yaml) return {matter, positions}
  const result = readFrontMatter(yaml.value)
  if (!result.ok) return {matter, positions}
  const value = typeof file.value === 'string' ? file.value : undefined
  const start = yaml.position?.start.offset
  const yamlStart = value === undefined || start === undefined ? -1 : value.indexOf(yaml.value, start)
  if (value !== undefined && yamlStart >= 0) {
    const lines = splitLines(value)
    positions = {...positions, ...keyPositions(value, lines, createLocator(lines), yamlStart, result.keys)}
  }

  return {matter: {...matter, ...replaceForbiddenDeep(result.data)}, positions}
}
