/**
 * remark plugin that gives an Arabic news article its structure: headline,
 * subheadings, dateline, bylines, boilerplate and isolated left-to-right runs.
 */

import type {Heading, Paragraph, PhrasingContent, Root, RootContent, Text} from 'mdast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {collectFrontMatter} from './metadata/matter.js'
import {booleanOption, countOption, objectOption, wordsOption} from './options.js'
import {source} from './source.js'
import {
  type AsideMatch,
  isBareName,
  isCaption,
  isRelatedLink,
  isRelatedLinksHeader,
  matchAside
} from './structure/asides.js'
import {findLtrRuns} from './structure/bidi.js'
import {createDatelineMatcher, DEFAULT_AGENCIES, type DatelineMatch} from './structure/dateline.js'
import {joinStrayClosings, splitLineBreaks} from './structure/line-breaks.js'
import {positionIn, sliceText, textOf} from './structure/mdast.js'
import {isInterview, isSubheading} from './structure/subheading.js'
import {countScripts, countWords, endsUnfinished, normalizeForComparison} from './structure/text.js'
import {removeUnsafeUrls} from './structure/urls.js'
import {itemAt} from './text/items.js'
import type {ArabicNewsData, FrontMatter, NewsDateline, NewsIsolate, NewsRole} from './types.js'

/** Configuration for `remarkArabicNewsStructure`. */
export interface StructureOptions {
  /**
   * What a line break inside a paragraph means: `'paragraph'` starts a new
   * paragraph (authors paste one paragraph per line), `'keep'` leaves
   * markdown's soft breaks alone (default: `'paragraph'`).
   */
  readonly lineBreaks?: 'paragraph' | 'keep' | null | undefined
  /**
   * Take the first line as the headline when a blank line follows it and no
   * `title` is given in front matter (default: `true`).
   */
  readonly headlineFromFirstLine?: boolean | null | undefined
  /** Most words a first line may have to be taken as the headline (default: `30`). */
  readonly maxHeadlineWords?: number | null | undefined
  /** Detect subheadings (default: `true`). */
  readonly subheadings?: boolean | null | undefined
  /** Most words a subheading may have (default: `10`). */
  readonly maxSubheadingWords?: number | null | undefined
  /** Detect datelines and agency prefixes at the start of the lead (default: `true`). */
  readonly dateline?: boolean | null | undefined
  /** Extra agency and outlet names for datelines (default: `[]`; the built-in list is `DEFAULT_AGENCIES`). */
  readonly agencies?: ReadonlyArray<string> | null | undefined
  /** Recognise bylines and boilerplate lines (default: `true`). */
  readonly asides?: boolean | null | undefined
  /** Isolate left-to-right runs (Latin words, URLs, e-mail addresses) with `<bdi dir="ltr">` (default: `true`). */
  readonly isolateLtr?: boolean | null | undefined
}

/** Default of `StructureOptions.lineBreaks`. */
export const DEFAULT_LINE_BREAKS = 'paragraph'
/** Default of `StructureOptions.headlineFromFirstLine`. */
export const DEFAULT_HEADLINE_FROM_FIRST_LINE = true
/** Default of `StructureOptions.maxHeadlineWords`. */
export const DEFAULT_MAX_HEADLINE_WORDS = 30
/** Default of `StructureOptions.subheadings`. */
export const DEFAULT_SUBHEADINGS = true
/** Default of `StructureOptions.maxSubheadingWords`. */
export const DEFAULT_MAX_SUBHEADING_WORDS = 10
/** Default of `StructureOptions.dateline`. */
export const DEFAULT_DATELINE = true
/** Default of `StructureOptions.asides`. */
export const DEFAULT_ASIDES = true
/** Default of `StructureOptions.isolateLtr`. */
export const DEFAULT_ISOLATE_LTR = true

/** Normalised structure options. */
interface StructureSettings {
  lineBreaks: 'paragraph' | 'keep'
  headlineFromFirstLine: boolean
  maxHeadlineWords: number
  subheadings: boolean
  maxSubheadingWords: number
  dateline: boolean
  matchDateline: (text: string) => DatelineMatch | undefined
  asides: boolean
  isolateLtr: boolean
}

/** Role of a top-level block once the structure is known. */
type Role = 'headline' | 'byline' | 'boilerplate' | 'dateline' | 'subheading' | 'body' | 'other'

/**
 * Give an Arabic news article its structure.
 *
 * Works on the tree from `remarkArabicNewsParse` and on markdown from
 * `remark-parse`. Fills `file.data.arabicNews` and warns (`missing-headline`)
 * when no headline is known.
 *
 * @param options
 *   Configuration (optional).
 * @returns
 *   Transform.
 */
export const remarkArabicNewsStructure: Plugin<[(Readonly<StructureOptions> | null | undefined)?], Root> = function (
  options
) {
  const settings = normalizeStructureOptions(options)

  return function (tree, file) {
    structure(tree, file, settings)
  }
}

/**
 * Check and normalise structure options.
 *
 * @param options
 *   Options as given.
 * @returns
 *   Settings with defaults applied.
 */
function normalizeStructureOptions(options: Readonly<StructureOptions> | null | undefined): StructureSettings {
  const given = objectOption(options)
  const lineBreaks = given.lineBreaks ?? DEFAULT_LINE_BREAKS
  if (lineBreaks !== 'paragraph' && lineBreaks !== 'keep') {
    throw new TypeError("Expected `lineBreaks` to be `'paragraph'` or `'keep'`, not `" + String(lineBreaks) + '`')
  }

  const agencies =
    given.agencies === null || given.agencies === undefined ? [] : wordsOption(given.agencies, 'agencies')

  return {
    lineBreaks,
    headlineFromFirstLine: booleanOption(
      given.headlineFromFirstLine,
      'headlineFromFirstLine',
      DEFAULT_HEADLINE_FROM_FIRST_LINE
    ),
    maxHeadlineWords: countOption(given.maxHeadlineWords, 'maxHeadlineWords', DEFAULT_MAX_HEADLINE_WORDS),
    subheadings: booleanOption(given.subheadings, 'subheadings', DEFAULT_SUBHEADINGS),
    maxSubheadingWords: countOption(given.maxSubheadingWords, 'maxSubheadingWords', DEFAULT_MAX_SUBHEADING_WORDS),
    dateline: booleanOption(given.dateline, 'dateline', DEFAULT_DATELINE),
    matchDateline: createDatelineMatcher([...DEFAULT_AGENCIES, ...agencies]),
    asides: booleanOption(given.asides, 'asides', DEFAULT_ASIDES),
    isolateLtr: booleanOption(given.isolateLtr, 'isolateLtr', DEFAULT_ISOLATE_LTR)
  }
}

/**
 * Give a tree its structure.
 *
 * @param tree
 *   The tree (changed in place).
 * @param file
 *   The file.
 * @param settings
 *   Normalised options.
 * @returns
 *   Nothing.
 */
function structure(tree: Root, file: VFile, settings: StructureSettings): undefined {
  removeUnsafeUrls(tree, file)
  const {matter, positions} = collectFrontMatter(file, tree)
  file.data.matter = matter
  if (Object.keys(positions).length > 0) file.data.matterPositions = positions
  if (settings.lineBreaks === 'paragraph') splitLineBreaks(tree)
  joinStrayClosings(tree)

  const data: ArabicNewsData = {asides: [], subheadings: [], quotes: [], wordCount: 0, bodyText: []}
  file.data.arabicNews = data

  const blocks = tree.children
  const roles = new Map<RootContent, Role>()
  const content = blocks.filter((node) => node.type !== 'yaml' && node.type !== 'definition')

  findHeadline(tree, content, roles, matter, file, settings, data)

  // The headline may have replaced a paragraph: read the blocks again.
  const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'paragraph' && !roles.has(node))

  if (settings.asides) findAsides(paragraphs, roles, data)

  const lead = paragraphs.find((node) => !roles.has(node))
  if (lead) {
    if (settings.dateline) findDateline(lead, settings, roles, data)
    const leadNode = roles.get(lead) === 'dateline' ? paragraphs.find((node) => !roles.has(node)) : lead
    if (leadNode) {
      roles.set(leadNode, 'body')
      setRole(leadNode, 'lead')
      data.lead = leadText(leadNode)
    }
  }

  if (settings.subheadings) findSubheadings(tree, roles, settings, data)

  for (const node of tree.children) {
    const role = roles.get(node)
    if (node.type === 'yaml' || (role === 'headline' && data.headlineSource === 'front-matter')) continue
    if (role === 'headline') continue
    const text = textOf(node)
    if (!text) continue
    data.bodyText.push(text)
    if (role !== 'byline' && role !== 'boilerplate') data.wordCount += countWords(text)
  }

  if (settings.isolateLtr) isolateLtrRuns(tree)
  return undefined
}

/**
 * Find or make the headline.
 *
 * @param tree
 *   The tree.
 * @param content
 *   Its content blocks.
 * @param roles
 *   Roles of blocks (filled in).
 * @param matter
 *   Front matter.
 * @param file
 *   The file.
 * @param settings
 *   Normalised options.
 * @param data
 *   Article data (filled in).
 * @returns
 *   Nothing.
 */
function findHeadline(
  tree: Root,
  content: Array<RootContent>,
  roles: Map<RootContent, Role>,
  matter: FrontMatter,
  file: VFile,
  settings: StructureSettings,
  data: ArabicNewsData
): undefined {
  const first = content[0]
  const title = typeof matter.title === 'string' ? matter.title.trim() : ''

  if (first?.type === 'heading' && first.depth === 1) {
    roles.set(first, 'headline')
    data.headline = textOf(first)
    data.headlineSource = 'heading'
    return
  }

  if (title) {
    if (first?.type === 'paragraph' && normalizeForComparison(textOf(first)) === normalizeForComparison(title)) {
      roles.set(replace(tree, first, heading(first, 1)), 'headline')
      data.headline = textOf(first)
      data.headlineSource = 'first-line'
      return
    }

    const node: Heading = {type: 'heading', depth: 1, children: [{type: 'text', value: title}]}
    const yaml = tree.children.find((child) => child.type === 'yaml')
    if (yaml?.position) node.position = structuredClone(yaml.position)
    tree.children.splice(yaml ? tree.children.indexOf(yaml) + 1 : 0, 0, node)
    roles.set(node, 'headline')
    data.headline = title
    data.headlineSource = 'front-matter'
    return
  }

  const next = content[1]
  if (
    settings.headlineFromFirstLine &&
    first?.type === 'paragraph' &&
    next &&
    first.position &&
    next.position &&
    next.position.start.line > first.position.end.line + 1 &&
    countWords(textOf(first)) <= settings.maxHeadlineWords &&
    !matchAside(textOf(first).trim())
  ) {
    roles.set(replace(tree, first, heading(first, 1)), 'headline')
    data.headline = textOf(first)
    data.headlineSource = 'first-line'
    return
  }

  file.message(
    'Unexpected article without headline, expected `title` in front matter or a first line followed by a blank line',
    {
      // The first block, where a headline line would stand; an empty article is all place there is.
      place: first?.position ?? tree.position,
      ruleId: 'missing-headline',
      source
    }
  )
  return undefined
}

/**
 * Mark bylines and boilerplate lines.
 *
 * @param paragraphs
 *   Candidate paragraphs, in order.
 * @param roles
 *   Roles of blocks (filled in).
 * @param data
 *   Article data (filled in).
 * @returns
 *   Nothing.
 */
function findAsides(paragraphs: Array<Paragraph>, roles: Map<RootContent, Role>, data: ArabicNewsData): undefined {
  let relatedLinks = false
  // Lines set aside at the top so far: the story starts after them.
  let top = 0

  for (const [index, node] of paragraphs.entries()) {
    const text = textOf(node).trim()
    let match = matchAside(text)

    if (!match && relatedLinks && isRelatedLink(text)) {
      match = {kind: 'boilerplate'}
    } else if (!match && index === top) {
      match = matchTopLine(text, index, paragraphs, data)
    } else if (!match) {
      match = matchBareName(text, index, paragraphs)
    }

    relatedLinks = match?.kind === 'boilerplate' && (relatedLinks || isRelatedLinksHeader(text))
    if (match && index === top) top++

    if (match) {
      roles.set(node, match.kind)
      setRole(node, match.kind)
      addClass(node, match.kind)
      data.asides.push({kind: match.kind, text, name: match.name, position: node.position})
    }
  }

  return undefined
}

/**
 * Read the first line of the story (after any lines already set aside): the
 * caption of the photo that stood above it, or the writer's bare name.
 *
 * @param text
 *   The line, trimmed.
 * @param index
 *   Its index in `paragraphs`.
 * @param paragraphs
 *   Candidate paragraphs, in order.
 * @param data
 *   Article data (for the headline).
 * @returns
 *   What it is, or `undefined` for story text.
 */
function matchTopLine(
  text: string,
  index: number,
  paragraphs: Array<Paragraph>,
  data: ArabicNewsData
): AsideMatch | undefined {
  if (countWords(text) <= MAX_TOP_CAPTION_WORDS) {
    const story = [data.headline ?? '', ...paragraphs.slice(index + 1).map((node) => textOf(node))]
    if (isCaption(text, story)) return {kind: 'boilerplate'}
  }

  return matchBareName(text, index, paragraphs, true)
}

/** Most words of a line read as a caption at the top (one the headline holds may be long). */
const MAX_TOP_CAPTION_WORDS = 15

/** Most words of a deck (a second headline, no full stop) that may stand above the byline. */
const MAX_DECK_WORDS = 20

/**
 * Read a writer's bare name: outlets put it first or last, next to a real
 * paragraph, or second, under a deck. Only those lines are read as names.
 *
 * @param text
 *   The line, trimmed.
 * @param index
 *   Its index in `paragraphs`.
 * @param paragraphs
 *   Candidate paragraphs, in order.
 * @param first
 *   Whether every line before it was set aside.
 * @returns
 *   A byline, or `undefined`.
 */
function matchBareName(
  text: string,
  index: number,
  paragraphs: Array<Paragraph>,
  first = false
): AsideMatch | undefined {
  if (paragraphs.length <= 2) return undefined
  const last = index === paragraphs.length - 1
  // Under a deck, a line that opens with a preposition goes on with it (`على الطعن`).
  const deck = !first && index === 1 && isDeck(textOf(itemAt(paragraphs, 0)).trim()) && !CONTINUING.test(text)
  // Under a deck (where no dateline is read) the town may follow a hyphen as
  // well as a tatweel (`فلان - جدة`).
  if (!isBareName(deck ? text.replace(/\s*[-–—]\s*/, ' \u0640 ') : text)) return undefined
  const neighbour = first || deck ? paragraphs[index + 1] : last ? paragraphs[index - 1] : undefined
  if (!neighbour || countWords(textOf(neighbour)) < 8) return undefined
  return {kind: 'byline', name: text}
}

/** Prepositions that open the phrase a broken line goes on with. */
const CONTINUING = /^(?:على|في|فى|من|إلى|الى|عن|مع|حتى)\s/

/**
 * @param text
 *   A line, trimmed.
 * @returns
 *   Whether it is a deck: a short line that ends no sentence, and does not
 *   break off on a preposition (the line after it goes on with it).
 */
function isDeck(text: string): boolean {
  return countWords(text) <= MAX_DECK_WORDS && !/[.!?؟:،,]$/.test(text) && !endsUnfinished(text)
}

/**
 * Mark a dateline or agency prefix at the start of the lead.
 *
 * @param lead
 *   The first body paragraph.
 * @param settings
 *   Normalised options.
 * @param roles
 *   Roles of blocks (filled in).
 * @param data
 *   Article data (filled in).
 * @returns
 *   Nothing.
 */
function findDateline(
  lead: Paragraph,
  settings: StructureSettings,
  roles: Map<RootContent, Role>,
  data: ArabicNewsData
): undefined {
  const head = lead.children[0]
  if (head?.type !== 'text') return
  const offset = head.value.length - head.value.trimStart().length
  const match = settings.matchDateline(head.value.slice(offset))
  if (!match) return

  const start = offset + (match.start ?? 0)
  const end = start + match.length
  const dateline: NewsDateline = {
    type: 'newsDateline',
    children: [sliceText(head, start, end)],
    data: {hName: 'span', hProperties: {className: ['dateline']}}
  }
  const position = positionIn(head, start, end)
  if (position) dateline.position = position

  const rest: Array<PhrasingContent> = []
  if (start > 0) rest.push(sliceText(head, 0, start))
  rest.push(dateline)
  if (end < head.value.length) rest.push(sliceText(head, end, head.value.length))
  lead.children.splice(0, 1, ...rest)

  data.dateline = {text: match.text, place: match.place, agency: match.agency, position}
  const whole =
    textOf(lead)
      .trim()
      .slice(match.start ?? 0) === match.text
  if (whole) roles.set(lead, 'dateline')
  return undefined
}

/**
 * Text of the lead without its dateline.
 *
 * @param lead
 *   The lead paragraph.
 * @returns
 *   Its text.
 */
function leadText(lead: Paragraph): string {
  return lead.children
    .filter((child) => child.type !== 'newsDateline')
    .map((child) => textOf(child))
    .join('')
    .trim()
}

/**
 * Turn short lines that introduce what follows into `<h2>`.
 *
 * @param tree
 *   The tree.
 * @param roles
 *   Roles of blocks (filled in).
 * @param settings
 *   Normalised options.
 * @param data
 *   Article data (filled in).
 * @returns
 *   Nothing.
 */
function findSubheadings(
  tree: Root,
  roles: Map<RootContent, Role>,
  settings: StructureSettings,
  data: ArabicNewsData
): undefined {
  let seenBody = false
  let previousWasSubheading = false
  const interview = isInterview(
    tree.children.flatMap((node) => (node.type === 'paragraph' && !roles.has(node) ? [textOf(node)] : []))
  )

  for (const [index, node] of tree.children.entries()) {
    const role = roles.get(node)
    if (role === 'body') seenBody = true
    if (node.type !== 'paragraph' || role !== undefined || !seenBody) {
      previousWasSubheading = false
      continue
    }

    // Looked up in place (not on a copy of the rest), so that long articles take linear time.
    let following: RootContent | undefined
    for (let next = index + 1; next < tree.children.length; next++) {
      const child = itemAt(tree.children, next)
      if (!roles.has(child) || roles.get(child) === 'body') {
        following = child
        break
      }
    }

    const text = textOf(node).trim()
    const before = tree.children[index - 1]
    const candidate = {
      text,
      next: following?.type === 'paragraph' ? textOf(following) : undefined,
      afterSubheading: previousWasSubheading,
      previous: before?.type === 'paragraph' ? textOf(before) : undefined,
      interview
    }

    if (isSubheading(candidate, settings.maxSubheadingWords)) {
      const subheading = heading(node, 2)
      tree.children[index] = subheading
      roles.set(subheading, 'subheading')
      data.subheadings.push({text, position: node.position})
      previousWasSubheading = true
    } else {
      roles.set(node, 'body')
      previousWasSubheading = false
    }
  }

  return undefined
}

/**
 * Isolate left-to-right runs in right-to-left text, and give a paragraph
 * that is mostly Latin its own direction.
 *
 * @param tree
 *   The tree.
 * @returns
 *   Nothing.
 */
function isolateLtrRuns(tree: Root): undefined {
  isolateIn(tree)
  return undefined
}

/** What every left-to-right run holds (see `findLtrRuns`): a Latin letter, or the `@` of an address. */
const MAY_HOLD_LTR = /[A-Za-z@\u00C0-\u024F]/

/** Nodes whose text is never isolated: code, raw HTML, and runs already isolated. */
const NOT_ISOLATED = new Set(['code', 'inlineCode', 'newsIsolate', 'html'])

/**
 * Isolate the left-to-right runs of a node and the nodes inside it (a plain
 * walk: a generic visitor costs more than the work on a shallow tree).
 *
 * @param node
 *   The node.
 * @returns
 *   Nothing.
 */
function isolateIn(node: Root | RootContent | PhrasingContent): undefined {
  if (NOT_ISOLATED.has(node.type)) return undefined
  if (node.type === 'paragraph' || node.type === 'heading') {
    const text = textOf(node)
    // Without a Latin letter or an `@` there is no run to isolate, and no
    // Latin majority: most Arabic paragraphs end here.
    if (!MAY_HOLD_LTR.test(text)) return undefined
    const scripts = countScripts(text)
    if (scripts.latin > scripts.arabic) {
      node.data = {...node.data, hProperties: {...node.data?.hProperties, dir: 'ltr'}}
      return undefined
    }
  }

  if (!('children' in node)) return undefined
  const children: Array<RootContent | PhrasingContent> = node.children
  for (let index = 0; index < children.length; index++) {
    const child = itemAt(children, index)
    if (child.type !== 'text') continue
    const pieces = isolate(child)
    if (pieces.length > 1 || pieces[0] !== child) {
      children.splice(index, 1, ...pieces)
      index += pieces.length - 1
    }
  }

  for (const child of children) isolateIn(child)
  return undefined
}

/**
 * Split a text node around its left-to-right runs.
 *
 * @param node
 *   The text node.
 * @returns
 *   Text and isolate nodes, in order.
 */
function isolate(node: Text): Array<Text | NewsIsolate> {
  const runs = findLtrRuns(node.value)
  if (runs.length === 0) return [node]
  const pieces: Array<Text | NewsIsolate> = []
  let last = 0

  for (const run of runs) {
    if (run.start > last) pieces.push(sliceText(node, last, run.start))
    const isolateNode: NewsIsolate = {
      type: 'newsIsolate',
      children: [sliceText(node, run.start, run.end)],
      data: {hName: 'bdi', hProperties: {dir: 'ltr'}}
    }
    const position = positionIn(node, run.start, run.end)
    if (position) isolateNode.position = position
    pieces.push(isolateNode)
    last = run.end
  }

  if (last < node.value.length) pieces.push(sliceText(node, last, node.value.length))
  return pieces
}

/**
 * Make a heading with the content and position of a paragraph.
 *
 * @param node
 *   The paragraph.
 * @param depth
 *   Heading rank.
 * @returns
 *   The heading.
 */
function heading(node: Paragraph, depth: 1 | 2): Heading {
  const result: Heading = {type: 'heading', depth, children: node.children}
  if (node.position) result.position = node.position
  if (node.data) result.data = node.data
  return result
}

/**
 * Replace a top-level node.
 *
 * @param tree
 *   The tree.
 * @param from
 *   Node to replace.
 * @param to
 *   Replacement.
 * @returns
 *   The replacement.
 */
function replace(tree: Root, from: RootContent, to: RootContent): RootContent {
  tree.children[tree.children.indexOf(from)] = to
  return to
}

/**
 * Add a class name to a node's element.
 *
 * @param node
 *   The node.
 * @param name
 *   The class name.
 * @returns
 *   Nothing.
 */
function addClass(node: Paragraph, name: string): undefined {
  const properties = node.data?.hProperties ?? {}
  const existing = Array.isArray(properties.className) ? properties.className : []
  node.data = {...node.data, hProperties: {...properties, className: [...existing, name]}}
  return undefined
}

/**
 * Record the role of a paragraph on its data, where later plugins read it.
 *
 * @param node
 *   The paragraph.
 * @param role
 *   Its role.
 * @returns
 *   Nothing.
 */
function setRole(node: Paragraph, role: NewsRole): undefined {
  node.data = {...node.data, newsRole: role}
  return undefined
}
