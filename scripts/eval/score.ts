/**
 * Score the rendering of one article against its hand labels, with the
 * definitions of `labels/README.md` of the corpus.
 */

import type {Element, Root as HastRoot} from 'hast'
import {toText} from 'hast-util-to-text'
import {visit} from 'unist-util-visit'
import {normalize} from './normalize.js'

/** One labelled quoted span. */
export interface LabelQuote {
  line: number
  start: number
  end: number
  text: string
  kind: 'block' | 'inline' | 'either'
  speaker: string | null
  source: 'marks' | 'missed'
}

/** Hand labels of one article (one line of `dev.jsonl`). */
export interface ArticleLabels {
  file: string
  subheadings: Array<number>
  dateline: {line: number; text: string} | null
  other: Array<{line: number; kind: 'byline' | 'boilerplate'}>
  quotes: Array<LabelQuote>
}

/** What the library said about an article, besides its HTML. */
export interface ArticleFacts {
  /** Dateline text as found, if any. */
  dateline: string | undefined
  /** Lines (1-based) and kinds of bylines and boilerplate found. */
  asides: Array<{line: number; kind: string}>
  /** Names in the JSON-LD `mentions`. */
  mentions: Array<string>
  /** Speakers of the block quotations and how each was found (text, speaker, reading). */
  speakerPaths: ReadonlyArray<{text: string; speaker: string; via: string}>
}

/** A labelled speaker given by one reading (`via`), and whether it was right. */
export interface PathOutcome {
  via: string
  right: boolean
}

/** Counts for one article (sums over articles give the scores). */
export interface Counts {
  files: number
  blockLabels: number
  blockHits: number
  missedLabels: number
  missedHits: number
  blockquotes: number
  blockquotesGood: number
  blockquoteChars: number
  blockquoteCharsQuoted: number
  /** Blockquotes whose text ends in a comma (the narrative's, which belongs after them). */
  blockquotesEndingInComma: number
  inlineLabels: number
  inlineMadeBlock: number
  speakerLabels: number
  speakerGiven: number
  speakerHits: number
  mentions: number
  mentionsGood: number
  headings: number
  headingsGood: number
  subheadingLabels: number
  subheadingsFound: number
  datelineFiles: number
  datelineGood: number
  asideLabels: number
  asidesFound: number
  asidesPredicted: number
  asidesGood: number
}

/** A problem found while scoring, for `--verbose`. */
export interface Finding {
  kind:
    | 'missed-block'
    | 'bad-blockquote'
    | 'comma-ending'
    | 'inline-made-block'
    | 'wrong-speaker'
    | 'no-speaker'
    | 'wrong-mention'
    | 'missed-subheading'
    | 'extra-subheading'
    | 'dateline'
    | 'aside'
  line: number
  detail: string
}

/**
 * @returns
 *   Counts at zero.
 */
export function emptyCounts(): Counts {
  return {
    files: 0,
    blockLabels: 0,
    blockHits: 0,
    missedLabels: 0,
    missedHits: 0,
    blockquotes: 0,
    blockquotesGood: 0,
    blockquoteChars: 0,
    blockquoteCharsQuoted: 0,
    blockquotesEndingInComma: 0,
    inlineLabels: 0,
    inlineMadeBlock: 0,
    speakerLabels: 0,
    speakerGiven: 0,
    speakerHits: 0,
    mentions: 0,
    mentionsGood: 0,
    headings: 0,
    headingsGood: 0,
    subheadingLabels: 0,
    subheadingsFound: 0,
    datelineFiles: 0,
    datelineGood: 0,
    asideLabels: 0,
    asidesFound: 0,
    asidesPredicted: 0,
    asidesGood: 0
  }
}

/**
 * Add counts into a total.
 *
 * @param total
 *   Total (changed).
 * @param counts
 *   Counts to add.
 * @returns
 *   Nothing.
 */
export function addCounts(total: Counts, counts: Readonly<Counts>): undefined {
  for (const key of Object.keys(total) as Array<keyof Counts>) total[key] += counts[key]
  return undefined
}

/** Share needed of a quote inside a blockquote. */
const INSIDE = 0.9
/** Share of a blockquote inside a quote for it to count as that quote's. */
const MOSTLY = 0.5

interface RenderedBlockquote {
  /** Normalised text. */
  text: string
  speaker: string | undefined
  /** Reading that gave the speaker, when known. */
  via: string | undefined
  good: boolean
}

/**
 * Score one article.
 *
 * Containment is by normalised text, as in the label guide: a quote is inside
 * a blockquote when at least 90% of its normalised text is one run of the
 * blockquote's normalised text.
 *
 * @param lines
 *   Raw lines of the article file (line 1 is the headline).
 * @param labels
 *   Its labels.
 * @param tree
 *   Rendered HTML, parsed.
 * @param facts
 *   Dateline and asides the library found.
 * @returns
 *   Counts and findings.
 */
export function scoreArticle(
  lines: ReadonlyArray<string>,
  labels: ArticleLabels,
  tree: HastRoot,
  facts: ArticleFacts
): {counts: Counts; findings: Array<Finding>; paths: Array<PathOutcome>} {
  const counts = emptyCounts()
  const findings: Array<Finding> = []
  const paths: Array<PathOutcome> = []
  counts.files = 1
  const blockquotes = collectBlockquotes(tree)
  assignPaths(blockquotes, facts.speakerPaths)
  const quotes = labels.quotes
    .map((quote) => ({quote, text: normalize(quote.text)}))
    .filter(({text}) => text.length > 0)
  const wanted = quotes.filter(({quote}) => quote.kind !== 'inline')

  for (const blockquote of blockquotes) {
    blockquote.good = wanted.some(({text}) => share(text, blockquote.text) >= INSIDE || mostlyIn(blockquote.text, text))
    counts.blockquotes++
    if (blockquote.good) counts.blockquotesGood++
    else findings.push({kind: 'bad-blockquote', line: 0, detail: blockquote.text.slice(0, 120)})

    if (/[،,]$/.test(blockquote.text)) {
      counts.blockquotesEndingInComma++
      findings.push({kind: 'comma-ending', line: 0, detail: blockquote.text.slice(-120)})
    }

    // Purity: characters of the blockquote that belong to wanted quotes.
    const covered = new Uint8Array(blockquote.text.length)
    for (const {text} of wanted) markCovered(covered, blockquote.text, text)
    counts.blockquoteChars += blockquote.text.length
    counts.blockquoteCharsQuoted += covered.reduce((sum, value) => sum + value, 0)
  }

  for (const {quote, text} of quotes) {
    const holder = blockquotes.find((blockquote) => share(text, blockquote.text) >= INSIDE)
    if (quote.kind === 'block' && quote.source === 'marks') {
      counts.blockLabels++
      if (holder) {
        counts.blockHits++
        if (quote.speaker) {
          counts.speakerLabels++
          if (holder.speaker) counts.speakerGiven++
          const right = speakerMatches(holder.speaker, quote.speaker)
          if (holder.speaker) paths.push({via: holder.via ?? 'unknown', right})
          if (right) counts.speakerHits++
          else {
            findings.push({
              kind: holder.speaker ? 'wrong-speaker' : 'no-speaker',
              line: quote.line,
              detail: `${String(holder.speaker)} ≠ ${quote.speaker}` + (holder.via ? ` (${holder.via})` : '')
            })
          }
        }
      } else {
        findings.push({kind: 'missed-block', line: quote.line, detail: quote.text.slice(0, 120)})
      }
    } else if (quote.kind === 'block') {
      counts.missedLabels++
      if (holder) counts.missedHits++
    } else if (quote.kind === 'inline') {
      counts.inlineLabels++
      if (blockquotes.some((blockquote) => !blockquote.good && share(text, blockquote.text) >= INSIDE)) {
        counts.inlineMadeBlock++
        findings.push({kind: 'inline-made-block', line: quote.line, detail: quote.text.slice(0, 120)})
      }
    }
  }

  // JSON-LD mentions: each should name someone the labels give as a speaker.
  const speakers = [...new Set(labels.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))]
  for (const mention of facts.mentions) {
    counts.mentions++
    if (speakers.some((speaker) => namesOverlap(mention, speaker))) counts.mentionsGood++
    else findings.push({kind: 'wrong-mention', line: 0, detail: mention})
  }

  // Subheadings.
  const wantedHeadings = new Map<string, number>()
  for (const line of labels.subheadings) {
    wantedHeadings.set(normalize(lines[line - 1] ?? ''), line)
  }

  counts.subheadingLabels = wantedHeadings.size
  const found = new Set<string>()
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'h2') return
    counts.headings++
    const text = normalize(toText(node))
    if (wantedHeadings.has(text)) {
      counts.headingsGood++
      found.add(text)
    } else {
      findings.push({kind: 'extra-subheading', line: 0, detail: text.slice(0, 80)})
    }
  })
  counts.subheadingsFound = found.size
  for (const [text, line] of wantedHeadings) {
    if (!found.has(text)) findings.push({kind: 'missed-subheading', line, detail: text.slice(0, 80)})
  }

  // Dateline.
  counts.datelineFiles = 1
  const labelled = labels.dateline ? trimSeparators(normalize(labels.dateline.text)) : undefined
  const foundDateline = facts.dateline ? trimSeparators(normalize(facts.dateline)) : undefined
  if (labelled === foundDateline) counts.datelineGood = 1
  else {
    findings.push({
      kind: 'dateline',
      line: labels.dateline?.line ?? 0,
      detail: `found ${JSON.stringify(foundDateline ?? null)}, labelled ${JSON.stringify(labelled ?? null)}`
    })
  }

  // Bylines and boilerplate.
  counts.asideLabels = labels.other.length
  counts.asidesPredicted = facts.asides.length
  for (const aside of facts.asides) {
    const match = labels.other.find((other) => other.line === aside.line && other.kind === aside.kind)
    if (match) counts.asidesGood++
    else findings.push({kind: 'aside', line: aside.line, detail: `found ${aside.kind}, not labelled`})
  }

  for (const other of labels.other) {
    if (facts.asides.some((aside) => aside.line === other.line && aside.kind === other.kind)) {
      counts.asidesFound++
    } else {
      findings.push({kind: 'aside', line: other.line, detail: `missed ${other.kind}`})
    }
  }

  return {counts, findings, paths}
}

/**
 * Whether a rendered speaker matches a labelled one: equal when normalised,
 * or holding all of its words.
 *
 * @param found
 *   `data-speaker`, if any.
 * @param label
 *   Labelled speaker.
 * @returns
 *   Whether they match.
 */
export function speakerMatches(found: string | undefined, label: string): boolean {
  if (!found) return false
  const a = normalize(found)
  const b = normalize(label)
  if (a === b) return true
  const words = new Set(a.split(' '))
  return b.split(' ').every((word) => words.has(word))
}

/**
 * Whether two names name the same party: the words of one, normalised, are
 * all words of the other.
 *
 * @param a
 *   Name.
 * @param b
 *   Name.
 * @returns
 *   Whether either holds all words of the other.
 */
export function namesOverlap(a: string, b: string): boolean {
  const left = normalize(a).split(' ').filter(Boolean)
  const right = normalize(b).split(' ').filter(Boolean)
  if (left.length === 0 || right.length === 0) return false
  const leftSet = new Set(left)
  const rightSet = new Set(right)
  return left.every((word) => rightSet.has(word)) || right.every((word) => leftSet.has(word))
}

/**
 * @param tree
 */
function collectBlockquotes(tree: HastRoot): Array<RenderedBlockquote> {
  const result: Array<RenderedBlockquote> = []
  visit(tree, 'element', (node: Element, _index, parent) => {
    if (node.tagName !== 'blockquote') return
    const own = node.properties['dataSpeaker']
    const parentSpeaker =
      parent && parent.type === 'element' && parent.tagName === 'figure' ? parent.properties['dataSpeaker'] : undefined
    const speaker = typeof own === 'string' ? own : typeof parentSpeaker === 'string' ? parentSpeaker : undefined
    result.push({text: normalize(toText(node)), speaker, via: undefined, good: false})
  })
  return result
}

/**
 * Tell each rendered blockquote with a speaker how that speaker was found:
 * the first unused path, in reading order, with the same speaker whose
 * quoted words the blockquote holds.
 *
 * @param blockquotes
 *   Rendered blockquotes (changed).
 * @param paths
 *   Speakers of the block quotations and their readings.
 * @returns
 *   Nothing.
 */
function assignPaths(
  blockquotes: ReadonlyArray<RenderedBlockquote>,
  paths: ReadonlyArray<{text: string; speaker: string; via: string}>
): undefined {
  const pending = paths.map((path) => ({...path, text: normalize(path.text), used: false}))
  for (const blockquote of blockquotes) {
    if (!blockquote.speaker) continue
    const match = pending.find(
      (path) => !path.used && path.speaker === blockquote.speaker && share(path.text, blockquote.text) >= INSIDE
    )
    if (!match) continue
    match.used = true
    blockquote.via = match.via
  }

  return undefined
}

/**
 * Longest run of `needle` found in `haystack`, as a share of `needle`, when
 * it is at least 90%; else `0`. A run of 90% or more holds the middle 80% of
 * the needle, so that part is looked up first.
 *
 * @param needle
 * @param haystack
 */
export function share(needle: string, haystack: string): number {
  if (!needle) return 0
  if (haystack.includes(needle)) return 1
  const length = needle.length
  const core = needle.slice(Math.ceil(length * 0.1), Math.floor(length * 0.9))
  if (!core) return 0
  let best = 0
  let at = haystack.indexOf(core)
  while (at !== -1) {
    const coreStart = Math.ceil(length * 0.1)
    let left = 0
    while (coreStart - left - 1 >= 0 && at - left - 1 >= 0 && needle[coreStart - left - 1] === haystack[at - left - 1])
      left++
    let right = 0
    const coreEnd = coreStart + core.length
    const hayEnd = at + core.length
    while (
      coreEnd + right < length &&
      hayEnd + right < haystack.length &&
      needle[coreEnd + right] === haystack[hayEnd + right]
    )
      right++
    best = Math.max(best, (core.length + left + right) / length)
    at = haystack.indexOf(core, at + 1)
  }

  return best >= INSIDE ? best : 0
}

/**
 * Whether most of a blockquote's text lies in a quote's text: the whole
 * blockquote, or an end of it overlapping an end of the quote.
 *
 * @param blockquote
 * @param quote
 */
function mostlyIn(blockquote: string, quote: string): boolean {
  if (!blockquote) return false
  if (quote.includes(blockquote)) return true
  return endOverlap(blockquote, quote) >= MOSTLY * blockquote.length
}

/**
 * Longest overlap between an end of `a` and the other end of `b`.
 *
 * @param a
 * @param b
 */
function endOverlap(a: string, b: string): number {
  return Math.max(suffixPrefix(a, b), suffixPrefix(b, a))
}

/**
 * Length of the longest suffix of `a` that is a prefix of `b` (at least 8
 * characters, else `0`).
 *
 * @param a
 * @param b
 */
function suffixPrefix(a: string, b: string): number {
  const probe = b.slice(0, 8)
  if (probe.length < 8) return 0
  let at = a.indexOf(probe)
  while (at !== -1) {
    if (b.startsWith(a.slice(at))) return a.length - at
    at = a.indexOf(probe, at + 1)
  }

  return 0
}

/**
 * Mark the characters of a blockquote that belong to a quote.
 *
 * @param covered
 * @param blockquote
 * @param quote
 */
function markCovered(covered: Uint8Array, blockquote: string, quote: string): undefined {
  const mark = (from: number, to: number) => covered.fill(1, Math.max(0, from), Math.min(blockquote.length, to))
  if (quote.includes(blockquote)) {
    mark(0, blockquote.length)
    return undefined
  }

  let at = blockquote.indexOf(quote)
  if (at !== -1) {
    while (at !== -1) {
      mark(at, at + quote.length)
      at = blockquote.indexOf(quote, at + 1)
    }

    return undefined
  }

  // Quote mostly inside, or the blockquote cuts the quote: mark the overlap.
  const length = quote.length
  const core = quote.slice(Math.ceil(length * 0.1), Math.floor(length * 0.9))
  const coreAt = core ? blockquote.indexOf(core) : -1
  if (coreAt !== -1 && share(quote, blockquote) > 0) {
    mark(coreAt - Math.ceil(length * 0.1), coreAt + core.length + (length - Math.floor(length * 0.9)))
    return undefined
  }

  const tail = suffixPrefix(blockquote, quote)
  if (tail > 20) mark(blockquote.length - tail, blockquote.length)
  const head = suffixPrefix(quote, blockquote)
  if (head > 20) mark(0, head)
  return undefined
}

/**
 * @param value
 */
function trimSeparators(value: string): string {
  return value.replace(/^[\s\-–—:،,.]+|[\s\-–—:،,.]+$/g, '')
}
