/**
 * Links and images from markdown (after `remark-parse`, in Astro, Eleventy
 * `md` or MDX) follow the rules URLs from metadata follow: `http:`, `https:`
 * or relative, without credentials. Anything else (`javascript:`, `data:`,
 * `vbscript:`, other schemes) never reaches `href` or `src`: the link is kept
 * as its text, the image as its alternative text, with a warning.
 */

import type {Definition, Image, ImageReference, Link, LinkReference, PhrasingContent, Root} from 'mdast'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {checkUrl} from '../url.js'
import {source} from '../source.js'

/**
 * Base that relative URLs are resolved against to be checked: a relative URL
 * stays on the site’s own scheme, so it is accepted; the URL written is the
 * one given.
 */
const RELATIVE_BASE = 'https://relative.invalid/'

/**
 * Why a URL from the text may not be written, if it may not.
 *
 * @param url
 *   URL as written in the markdown.
 * @returns
 *   The reason, or `undefined` when it is safe (or empty).
 */
export function unsafeUrlReason(url: string): string | undefined {
  if (url.trim() === '') return undefined
  const result = checkUrl(url, RELATIVE_BASE)
  return result.ok ? undefined : result.reason
}

/**
 * Replace links and images whose URL is not safe (in place).
 *
 * @param tree
 *   The mdast tree.
 * @param file
 *   The file (for warnings).
 * @returns
 *   Nothing.
 */
export function removeUnsafeUrls(tree: Root, file: VFile): undefined {
  // Plain text, the common case, holds no URL at all: one plain walk to see
  // that costs less than the two visits below.
  if (!holdsUrl(tree)) return undefined
  // Definitions may come after the references that use them.
  const unsafeDefinitions = new Set<string>()
  visit(tree, 'definition', (node: Definition) => {
    const reason = unsafeUrlReason(node.url)
    if (reason === undefined) return
    warn(file, node, reason)
    unsafeDefinitions.add(node.identifier)
    node.url = ''
  })

  visit(tree, (node, index, parent) => {
    if (parent === undefined || index === undefined || !isLinkOrImage(node)) return undefined
    const replacement = replace(node, unsafeDefinitions, file)
    if (replacement === undefined) return undefined
    const children: Array<unknown> = parent.children
    children.splice(index, 1, ...replacement)
    // Visit what took its place (a link’s children may hold more links).
    return index
  })
  return undefined
}

/**
 * Whether a node or any node inside it carries a URL or refers to one.
 *
 * @param node
 *   Node.
 * @returns
 *   Whether there is a definition, link or image.
 */
function holdsUrl(node: Walked): boolean {
  if (node.type === 'definition' || isLinkOrImage(node)) return true
  if (node.children) for (const child of node.children) if (holdsUrl(child)) return true
  return false
}

/** What {@link holdsUrl} reads of a node (any mdast node, ours included). */
interface Walked {
  readonly type: string
  readonly children?: ReadonlyArray<Walked> | undefined
}

/**
 * Whether a node is a link or an image (direct or by reference).
 *
 * @param node
 *   Node.
 * @returns
 *   Whether it is.
 */
function isLinkOrImage(node: {type: string}): node is Link | Image | LinkReference | ImageReference {
  return (
    node.type === 'link' || node.type === 'image' || node.type === 'linkReference' || node.type === 'imageReference'
  )
}

/**
 * What an unsafe link or image becomes.
 *
 * @param node
 *   Link or image.
 * @param unsafeDefinitions
 *   Identifiers of definitions whose URL was dropped.
 * @param file
 *   The file (for warnings).
 * @returns
 *   Nodes to put in its place, or `undefined` to keep it.
 */
function replace(
  node: Link | Image | LinkReference | ImageReference,
  unsafeDefinitions: ReadonlySet<string>,
  file: VFile
): Array<PhrasingContent> | undefined {
  if (node.type === 'link' || node.type === 'image') {
    const reason = unsafeUrlReason(node.url)
    if (reason === undefined) return undefined
    warn(file, node, reason)
    return asText(node)
  }

  return unsafeDefinitions.has(node.identifier) ? asText(node) : undefined
}

/**
 * The text of a link (its children) or an image (its alternative text).
 *
 * @param node
 *   Link or image.
 * @returns
 *   Nodes keeping its text.
 */
function asText(node: Link | LinkReference | Image | ImageReference): Array<PhrasingContent> {
  if (node.type === 'link' || node.type === 'linkReference') return node.children
  if (!node.alt) return []
  return [node.position ? {type: 'text', value: node.alt, position: node.position} : {type: 'text', value: node.alt}]
}

/**
 * Warn about a dropped URL.
 *
 * @param file
 *   The file.
 * @param node
 *   Node carrying it.
 * @param reason
 *   Why it was dropped.
 * @returns
 *   Nothing.
 */
function warn(file: VFile, node: Link | Image | Definition, reason: string): undefined {
  const what = node.type === 'image' ? 'image' : 'link'
  file.message('Unexpected URL in a ' + what + ', ' + reason + ': kept as text', {
    place: node.position,
    ruleId: 'unsafe-url',
    source
  })
  return undefined
}
