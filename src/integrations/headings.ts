/**
 * Heading ids and the list of headings, as Astro gives them for markdown.
 */

import type {Element, Root} from 'hast'
import {toText} from 'hast-util-to-text'

/** A heading of a rendered article (the shape of Astro's `MarkdownHeading`). */
export interface Heading {
  /** Rank: 1 for `h1` … 6 for `h6`. */
  depth: number
  /** The `id` of the heading element. */
  slug: string
  /** Text content. */
  text: string
}

/** Heading element names and their rank. */
const ranks: Readonly<Record<string, number>> = {h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6}

/**
 * Give every heading without an `id` one made from its text (lower case,
 * punctuation dropped, white space as `-`, `-1`, `-2`… for repeats), and list
 * the headings in order.
 *
 * @param tree
 *   The hast tree (changed in place).
 * @returns
 *   The headings.
 */
export function collectHeadings(tree: Root): Array<Heading> {
  const headings: Array<Heading> = []
  const used = new Map<string, number>()
  visit(tree)
  return headings

  function visit(node: Root | Element): undefined {
    for (const child of node.children) {
      if (child.type !== 'element') continue
      const depth = ranks[child.tagName]
      if (depth === undefined) {
        visit(child)
        continue
      }

      const text = toText(child).trim()
      let slug = typeof child.properties['id'] === 'string' ? child.properties['id'] : ''
      if (!slug) {
        slug = unique(slugify(text), used)
        child.properties['id'] = slug
      }

      headings.push({depth, slug, text})
    }
  }
}

/**
 * Make a slug from heading text: letters, marks, numbers, `-` and `_`
 * kept, white space turned into `-`.
 *
 * @param text
 *   Heading text.
 * @returns
 *   Slug (possibly empty).
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')
}

/**
 * Make a slug unique in a page.
 *
 * @param slug
 *   Slug.
 * @param used
 *   Slugs used so far, with how often.
 * @returns
 *   The slug, or the slug with `-1`, `-2`… appended.
 */
function unique(slug: string, used: Map<string, number>): string {
  const base = slug || 'heading'
  const count = used.get(base)
  used.set(base, (count ?? 0) + 1)
  return count === undefined ? base : base + '-' + count
}
