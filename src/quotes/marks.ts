/**
 * Find quoted spans in a run of paragraphs: every quote mark Arabic news
 * uses, nesting, marks glued to prefixes, quotes over several paragraphs, and
 * unbalanced marks (reported, never repaired).
 *
 * Runs in linear time: each mark is pushed and popped at most once.
 */

import {isComplementiser, readSpeechWord} from '../speakers/lexicon.js'
import {DEFAULT_MAX_QUOTE_PARAGRAPHS} from './options.js'
import {foldArabic} from '../text/fold.js'

/**
 * Families of quote marks: a mark only pairs with a mark of its family
 * (`none`: the empty mark at either end of a quotation written without
 * marks).
 */
export type QuoteFamily = 'guillemet' | 'curly' | 'single-guillemet' | 'straight' | 'none'

/** One quote mark in a paragraph. */
export interface QuoteMark {
  /** Index of the paragraph (in the list given to {@link findQuotes}). */
  paragraph: number
  /** UTF-16 index of the mark in its paragraph. */
  index: number
  /** The mark as written (`«`, `"`, `&quot;`, …). */
  text: string
  /** Family of the mark. */
  family: QuoteFamily
}

/** A quoted span: from an opening mark to its closing mark. */
export interface QuoteSpan {
  /** Opening mark. */
  open: QuoteMark
  /** Closing mark; `undefined` when the quote is never closed (it then runs to the end of its paragraph). */
  close: QuoteMark | undefined
  /** Nesting depth: `0` for an outer quote, `1` for a quote inside it, … */
  depth: number
  /** Index (in the result's `spans`) of the quote this one is nested in. */
  parent: number | undefined
}

/** Kinds of problems with marks. */
export type QuoteProblemKind = 'unclosed' | 'unopened'

/** A mark that could not be paired. */
export interface QuoteProblem {
  /** `unclosed`: opening mark without closing mark; `unopened`: closing mark without opening mark. */
  kind: QuoteProblemKind
  /** The mark. */
  mark: QuoteMark
}

/**
 * A straight mark whose reading its spacing does not bear out: read against
 * it (`اللواء "سعيد الشناوي "مدير`: the second mark is glued to the word
 * after it, like an opening mark, and closes by the order of the marks), or
 * with the same spacing on both sides (`قال"إن`, `أن " ما`) and nothing
 * around it to tell.
 */
export interface SpacingDoubt {
  /** The mark. */
  mark: QuoteMark
  /** How it was read. */
  read: 'open' | 'close'
  /** What its spacing suggests. */
  spacing: Side
}

/** Result of {@link findQuotes}. */
export interface QuoteScan {
  /** Spans ordered by their opening mark. */
  spans: Array<QuoteSpan>
  /** Unpaired marks, in order. */
  problems: Array<QuoteProblem>
  /** Straight marks paired against their spacing, or whose spacing says nothing, in order. */
  doubts: Array<SpacingDoubt>
}

/** Settings of {@link findQuotes}. */
export interface FindQuotesOptions {
  /**
   * How many paragraphs a quote may run over, counting the one it opens in
   * (default: `DEFAULT_MAX_QUOTE_PARAGRAPHS`).
   */
  readonly maxParagraphs?: number | null | undefined
}

/** Deepest nesting of quotes listed (a quote in a quote in a quote …). */
const MAX_DEPTH = 3

/** How many open quotes may run on into the next paragraph. */
const MAX_CARRIED = 2

/** Marks, longest first so that entities win over `&`. */
const MARK = /&quot;|&#34;|&#x22;|["«»“”„‹›″]/g

/** The marks of {@link MARK}, for a test that finds none. */
const ANY_MARK = /&quot;|&#34;|&#x22;|["«»“”„‹›″]/

/**
 * @param text
 *   Text.
 * @returns
 *   Whether it holds a quote mark: without one, `findQuotes` finds no span
 *   and no problem in it.
 */
export function holdsQuoteMark(text: string): boolean {
  return ANY_MARK.test(text)
}

/**
 * The double prime that publishing tools write for a closing `”` after a
 * digit (`“ويندوز 10″`): a closing mark only there, and only when a `“`
 * is open; anywhere else it is the sign for seconds or inches.
 */
const DOUBLE_PRIME = '″'

/** Which side of a quote a mark looks like it is on, judging by its neighbours. */
export type Side = 'open' | 'close' | 'either'

interface OpenEntry {
  mark: QuoteMark
  /** Index of the span in the result. */
  span: number
  /** Whether the quote was opened in an earlier paragraph. */
  carried: boolean
}

/** A mark found, with how its neighbours and its paragraph read it. */
interface MarkReading {
  mark: QuoteMark
  /** The side it is taken for (by its spacing, or by the order of straight marks). */
  side: Side
  /** The side its spacing alone shows. */
  glued: Side
  /** Whether the straight marks of its paragraph are paired by their order (see `straightAlternate`). */
  alternate: boolean
}

/**
 * Find quoted spans in paragraphs read in order.
 *
 * Pairs `«…»`, `“…”`, `„…“`, `‹…›` and straight `"…"` (also written `&quot;`),
 * nested quotes, reversed or doubled guillemets and curly marks (`»…»`,
 * `”…”`) and straight marks paired left to right. A straight mark counts as
 * opening when it follows white space, a dash, a colon or a one-letter prefix
 * (`و"` `بـ"` `لـ"`) and precedes a word; as closing when it follows a word or
 * punctuation and precedes white space or punctuation: that is what lets
 * `"…حملة "كاذبون" التي…"` nest. A quote left open at the end of a paragraph
 * may close in one of the next paragraphs (see `maxParagraphs`).
 *
 * @param paragraphs
 *   Text of each paragraph, in reading order. Use an empty string for a
 *   block that is not a paragraph: quotes never run over it.
 * @param options
 *   Settings.
 * @returns
 *   Spans and problems.
 */
export function findQuotes(
  paragraphs: ReadonlyArray<string>,
  options?: Readonly<FindQuotesOptions> | null | undefined
): QuoteScan {
  const maxParagraphs = options?.maxParagraphs ?? DEFAULT_MAX_QUOTE_PARAGRAPHS
  const pairing = new MarkPairing()
  for (const [paragraph, text] of paragraphs.entries()) {
    pairing.carryInto(paragraph, text, maxParagraphs)
    for (const reading of readMarks(paragraph, text)) pairing.read(reading, text)
  }

  const {spans, problems, doubts} = pairing.finish()
  unnestFromUnclosed(spans)
  problems.sort((a, b) => a.mark.paragraph - b.mark.paragraph || a.mark.index - b.mark.index)
  return {spans: keptSpans(spans), problems, doubts: ambiguous(doubts, problems)}
}

/**
 * @param paragraph
 *   Index of the paragraph.
 * @param text
 *   Its text.
 * @returns
 *   Its marks in order, each with the side it is taken for.
 */
function readMarks(paragraph: number, text: string): Array<MarkReading> {
  // Each mark's neighbours are read once: the pairing by order reads the
  // sides found here.
  const readings: Array<MarkReading> = []
  for (const match of text.matchAll(MARK)) {
    const glyph = match[0]
    const mark: QuoteMark = {paragraph, index: match.index, text: glyph, family: familyOf(glyph)}
    const glued = gluedSide(text, match.index, glyph.length)
    const side = glued === 'either' ? refineSide(text, match.index, glyph.length) : glued
    readings.push({mark, side, glued, alternate: false})
  }

  if (straightAlternate(text, readings)) {
    let straight = 0
    for (const reading of readings) {
      reading.alternate = true
      if (reading.mark.family === 'straight') reading.side = straight++ % 2 === 0 ? 'open' : 'close'
    }
  }

  return readings
}

/**
 * Pairs marks read in order: open marks wait on a stack (innermost last)
 * until a mark of their family closes them.
 */
class MarkPairing {
  readonly spans: Array<QuoteSpan> = []
  readonly problems: Array<QuoteProblem> = []
  readonly doubts: Array<SpacingDoubt> = []
  /** Open marks, innermost last. */
  stack: Array<OpenEntry> = []
  /** Per family: positions in `stack` of open marks of that family. */
  readonly byFamily = new Map<QuoteFamily, Array<number>>()

  /**
   * Carry the quotes left open into the next paragraph: only the outermost
   * (inner ones left open are broken marks), never past a block that is not
   * a paragraph, a paragraph that opens with a speech verb (`وأضاف`: the
   * narrative again) nor for more than `maxParagraphs`.
   *
   * @param paragraph
   * @param text
   * @param maxParagraphs
   */
  carryInto(paragraph: number, text: string, maxParagraphs: number): undefined {
    for (const entry of this.stack) entry.carried = true
    if (this.stack.length === 0) return undefined
    const resumes = opensWithSpeech(text)
    const carried = this.stack.filter(
      (entry, position) =>
        position < MAX_CARRIED && text.length > 0 && !resumes && paragraph - entry.mark.paragraph < maxParagraphs
    )
    if (carried.length === this.stack.length) return undefined
    const kept = new Set(carried)
    for (const entry of this.stack) {
      if (!kept.has(entry)) this.problems.push({kind: 'unclosed', mark: entry.mark})
    }

    this.stack = carried
    this.rebuild()
    return undefined
  }

  /**
   * Close the open quote a mark pairs with, open a quote, or report the mark.
   *
   * @param reading
   * @param text
   *   Text of its paragraph.
   */
  read(reading: MarkReading, text: string): undefined {
    const {mark, side} = reading
    const position = this.familyStack(mark.family).at(-1)
    const top = position === undefined ? undefined : this.stack[position]
    if (mark.text === DOUBLE_PRIME && !closesAfterDigit(text, mark.index, top, side)) return undefined
    if (top?.carried && position !== undefined && side === 'open') {
      // A new quote opens before the one left open earlier is closed: that
      // one was a stray mark.
      this.problems.push({kind: 'unclosed', mark: top.mark})
      this.stack.splice(position, 1)
      this.rebuild()
    }

    const current = this.stack.length === 0 ? undefined : this.familyStack(mark.family).at(-1)
    const candidate = current === undefined ? undefined : this.stack[current]
    if (candidate && current !== undefined && closes(candidate.mark.text, mark.text, side)) {
      const span = this.spans[candidate.span]
      if (span) span.close = mark
      this.popTo(current)
      this.noteDoubt(reading, 'close')
    } else if (opens(mark.text, side)) {
      this.noteDoubt(reading, 'open')
      this.push(mark)
    } else {
      this.problems.push({kind: 'unopened', mark})
    }

    return undefined
  }

  /**
   * @returns
   *   Spans, problems (the marks still open added) and doubts.
   */
  finish(): {spans: Array<QuoteSpan>; problems: Array<QuoteProblem>; doubts: Array<SpacingDoubt>} {
    for (const entry of this.stack) this.problems.push({kind: 'unclosed', mark: entry.mark})
    this.stack = []
    this.byFamily.clear()
    return {spans: this.spans, problems: this.problems, doubts: this.doubts}
  }

  /**
   * Open a quote, nested in the innermost one opened in this paragraph.
   *
   * @param mark
   */
  push(mark: QuoteMark): undefined {
    const parentEntry = this.stack.findLast((entry) => !entry.carried)
    this.familyStack(mark.family).push(this.stack.length)
    this.stack.push({mark, span: this.spans.length, carried: false})
    this.spans.push({
      open: mark,
      close: undefined,
      depth: parentEntry ? (this.spans[parentEntry.span]?.depth ?? 0) + 1 : 0,
      parent: parentEntry?.span
    })
    return undefined
  }

  /**
   * Note a straight mark read as `read` against the side it is glued to
   * (marks paired by their order), or whose spacing says nothing.
   *
   * @param reading
   * @param read
   */
  noteDoubt(reading: MarkReading, read: 'open' | 'close'): undefined {
    const {mark, side, glued, alternate} = reading
    if (mark.family !== 'straight') return undefined
    if (alternate ? glued !== 'either' && glued !== read : side === 'either') {
      this.doubts.push({mark, read, spacing: alternate ? glued : 'either'})
    }

    return undefined
  }

  /**
   * @param family
   * @returns
   *   Positions in `stack` of the open marks of `family`.
   */
  familyStack(family: QuoteFamily): Array<number> {
    let list = this.byFamily.get(family)
    if (!list) {
      list = []
      this.byFamily.set(family, list)
    }

    return list
  }

  /** Rebuild the per-family positions after removing an entry. */
  rebuild(): undefined {
    this.byFamily.clear()
    for (const [position, entry] of this.stack.entries()) this.familyStack(entry.mark.family).push(position)
    return undefined
  }

  /**
   * Pop the entries above `position` (they are left unclosed) and the entry at it.
   *
   * @param position
   */
  popTo(position: number): undefined {
    while (this.stack.length > position) {
      const entry = this.stack.pop()
      if (entry === undefined) break
      this.familyStack(entry.mark.family).pop()
      if (this.stack.length > position) this.problems.push({kind: 'unclosed', mark: entry.mark})
    }

    return undefined
  }
}

/**
 * A mark never closed is no quote: what it seemed to hold is not nested in
 * it. Give each span the closest closed quote around it as parent.
 *
 * @param spans
 *   Spans in order (changed in place).
 */
function unnestFromUnclosed(spans: ReadonlyArray<QuoteSpan>): undefined {
  for (const span of spans) {
    let parent = span.parent
    while (parent !== undefined && !spans[parent]?.close) parent = spans[parent]?.parent
    span.parent = parent
    const parentSpan = parent === undefined ? undefined : spans[parent]
    span.depth = parentSpan ? parentSpan.depth + 1 : 0
  }

  return undefined
}

/**
 * Keep closed quotes up to a sane depth, and of the marks never closed
 * only the first outer one per paragraph (it may run to the paragraph's
 * end); the others are only problems.
 *
 * @param spans
 *   Spans in order, parents as indices into them.
 * @returns
 *   The spans kept, parents as indices into the result.
 */
function keptSpans(spans: ReadonlyArray<QuoteSpan>): Array<QuoteSpan> {
  const kept: Array<QuoteSpan> = []
  const newIndex = new Map<number, number>()
  const openParagraphs = new Set<number>()
  for (const [index, span] of spans.entries()) {
    if (span.depth > MAX_DEPTH) continue
    if (!span.close) {
      if (span.depth > 0 || openParagraphs.has(span.open.paragraph)) continue
      openParagraphs.add(span.open.paragraph)
    }

    newIndex.set(index, kept.length)
    kept.push(span)
  }

  for (const span of kept) {
    span.parent = span.parent === undefined ? undefined : newIndex.get(span.parent)
  }

  return kept
}

/**
 * Keep the doubts that leave the reading of a paragraph open: a mark read
 * against its spacing always does; a mark whose spacing says nothing only
 * when another straight mark of its paragraph is left unpaired (read the
 * other way, it might have been that mark's partner). When all pair in
 * order, the order is the reading (`المستشار " هشام القرموطي " رئيس`).
 *
 * @param doubts
 *   Doubts, in order.
 * @param problems
 *   Unpaired marks.
 * @returns
 *   The doubts kept.
 */
function ambiguous(doubts: ReadonlyArray<SpacingDoubt>, problems: ReadonlyArray<QuoteProblem>): Array<SpacingDoubt> {
  const unpaired = new Set<number>()
  const reported = new Set<QuoteMark>()
  for (const problem of problems) {
    if (problem.mark.family !== 'straight') continue
    unpaired.add(problem.mark.paragraph)
    reported.add(problem.mark)
  }

  // A mark left unpaired is reported as such already.
  return doubts.filter(
    (doubt) => !reported.has(doubt.mark) && (doubt.spacing !== 'either' || unpaired.has(doubt.mark.paragraph))
  )
}

/**
 * @param glyph
 *   Mark as written.
 * @returns
 *   Its family.
 */
function familyOf(glyph: string): QuoteFamily {
  switch (glyph) {
    case '«':
    case '»': {
      return 'guillemet'
    }

    case '“':
    case '”':
    case '„':
    case DOUBLE_PRIME: {
      return 'curly'
    }

    case '‹':
    case '›': {
      return 'single-guillemet'
    }

    default: {
      return 'straight'
    }
  }
}

/**
 * Whether `glyph` closes a quote opened by `opener`.
 *
 * @param opener
 *   Opening mark as written.
 * @param glyph
 *   Candidate closing mark.
 * @param side
 *   What the neighbours of `glyph` suggest.
 * @returns
 *   Whether it closes.
 */
function closes(opener: string, glyph: string, side: Side): boolean {
  switch (opener) {
    case '«': {
      return glyph === '»' || side === 'close'
    }

    case '“': {
      return glyph === '”' || side === 'close'
    }

    case '„': {
      return glyph === '“' || glyph === '”'
    }

    case '‹': {
      return glyph === '›' || side === 'close'
    }

    // Reversed or doubled marks (`»…«`, `»…»`, `”…”`, `›…›`) and straight
    // marks: the neighbours decide.
    default: {
      return side !== 'open'
    }
  }
}

/**
 * Whether a double prime at `index` closes the innermost open curly quote:
 * it follows a digit, looks like a closing mark, and that quote opened
 * with `“`.
 *
 * @param text
 *   Paragraph text.
 * @param index
 *   Index of the double prime.
 * @param top
 *   Innermost open quote of the curly family, if any.
 * @param side
 *   What the neighbours of the double prime suggest.
 * @returns
 *   Whether it closes that quote.
 */
function closesAfterDigit(text: string, index: number, top: OpenEntry | undefined, side: Side): boolean {
  return top?.mark.text === '“' && side === 'close' && /\d/.test(text.charAt(index - 1))
}

/**
 * Whether `glyph` opens a quote when there is nothing for it to close.
 *
 * @param glyph
 *   Mark as written.
 * @param side
 *   What its neighbours suggest.
 * @returns
 *   Whether it opens.
 */
function opens(glyph: string, side: Side): boolean {
  switch (glyph) {
    case '«':
    case '„':
    case '‹': {
      return true
    }

    case '“': {
      return side !== 'close'
    }

    case '»':
    case '”':
    case '›': {
      return side === 'open'
    }

    default: {
      return side !== 'close'
    }
  }
}

/** Characters after which a mark is on the opening side. */
const OPENING_BEFORE = /[\s([{:\-–—/«“„‹]/
/** Characters before which a mark is on the closing side. */
const CLOSING_AFTER = /[\s.,،؛;:!?؟)\]}…»”›]/
/** One- or two-letter prefixes glued to an opening mark (`و"` `بـ"` `لـ«` `وبـ"`). */
const PREFIX = /(?:^|[\s([{:«“„‹])[وفبلك]{1,2}\u0640*$/

/**
 * Which side of a quote a mark looks like it is on by its neighbours alone:
 * glued to the word after it (`"كلمة`, `:"`, `و"`) or to the word or
 * punctuation before it (`كلمة"`, `."`); `either` when both or neither.
 *
 * @param text
 *   Paragraph text.
 * @param index
 *   Index of the mark.
 * @param length
 *   Length of the mark as written.
 * @returns
 *   Side.
 */
function gluedSide(text: string, index: number, length: number): Side {
  const before = index === 0 ? '' : text.charAt(index - 1)
  const after = text.charAt(index + length)
  const openBefore =
    before === '' ||
    OPENING_BEFORE.test(before) ||
    isMarkBefore(text, index) ||
    PREFIX.test(text.slice(Math.max(0, index - 8), index))
  const closeAfter = after === '' || CLOSING_AFTER.test(after) || after === '"' || after === '&'
  if (openBefore && !closeAfter) return 'open'
  if (closeAfter && !openBefore) return 'close'
  return 'either'
}

/**
 * Side of a mark with white space (or words) on both sides (`أن " ما`,
 * `2012 " .`): punctuation or the end after it means closing; a colon,
 * comma, speech word or complementiser before it means opening.
 *
 * @param text
 *   Paragraph text.
 * @param index
 *   Index of the mark.
 * @param length
 *   Length of the mark.
 * @returns
 *   Side.
 */
function refineSide(text: string, index: number, length: number): Side {
  const after = text.slice(index + length, index + length + 12).trimStart()
  if (after === '' || /^[.,،؛;:!?؟)\]}…]/.test(after)) return 'close'
  const before = text.slice(Math.max(0, index - 40), index).trimEnd()
  if (before === '' || /[:،,؛;(\[{—–-]$/.test(before)) return 'open'
  const word = /(\S+)$/.exec(before)?.[1]
  if (word) {
    const folded = foldArabic(word)
    if (isComplementiser(folded) || readSpeechWord(folded) !== undefined) return 'open'
  }

  return 'either'
}

/**
 * Whether the straight marks of a paragraph pair left to right, whatever
 * their neighbours suggest: there is an even number of them and reading
 * their sides leaves some unpaired (`اللواء "علي أبوزيد "مدير …`: a
 * space slipped before a closing mark). Straight marks do not tell opening
 * from closing; when their neighbours do not pair them all, their order
 * does.
 *
 * @param text
 *   Paragraph text.
 * @param readings
 *   Its marks, each with the side its neighbours show.
 * @returns
 *   Whether its straight marks alternate, opening first.
 */
function straightAlternate(text: string, readings: ReadonlyArray<MarkReading>): boolean {
  let count = 0
  let open = 0
  let unpaired = 0
  let conflict = false
  for (const {mark, side} of readings) {
    if (mark.family !== 'straight') continue
    if (open > 0 && side !== 'open') open--
    else if (side === 'close') unpaired++
    else open++
    // In order, this mark would open (even count so far) or close: it must
    // not plainly say the opposite (`:"` opens, `".` at the end closes).
    const end = mark.index + mark.text.length
    conflict ||= count % 2 === 0 ? plainlyCloses(text, end) : plainlyOpens(text, mark.index)
    count++
  }

  return count > 0 && count % 2 === 0 && open + unpaired > 0 && !conflict
}

/**
 * @param text
 * @param end
 *   Index after a mark.
 * @returns
 *   Whether only punctuation or the paragraph's end follow it.
 */
function plainlyCloses(text: string, end: number): boolean {
  return /^\s*(?:$|[.,،؛;!?؟)\]}…])/.test(text.slice(end, end + 4))
}

/**
 * @param text
 * @param index
 *   Index of a mark.
 * @returns
 *   Whether a colon, a speech word or a complementiser stands right before it.
 */
function plainlyOpens(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).trimEnd()
  if (/[:：]$/.test(before)) return true
  const word = /(\S+)$/.exec(before)?.[1]
  if (!word) return false
  const folded = foldArabic(word)
  return isComplementiser(folded) || readSpeechWord(folded) !== undefined
}

/**
 * @param text
 *   Paragraph text.
 * @param index
 *   Index of a mark.
 * @returns
 *   Whether another mark ends right before it.
 */
function isMarkBefore(text: string, index: number): boolean {
  const before = text.charAt(index - 1)
  return before === '"' || (before === ';' && /&(?:quot|#34|#x22);$/.test(text.slice(Math.max(0, index - 6), index)))
}

/**
 * @param text
 *   Paragraph text.
 * @returns
 *   Whether its first word is a speech verb (`وقال`, `وأضافت`).
 */
function opensWithSpeech(text: string): boolean {
  const first = /^[\s"«“„‹»”›-]*(\S+)/.exec(text)?.[1]
  if (!first) return false
  const word = readSpeechWord(foldArabic(first))
  return word !== undefined && word.form === 'verb'
}
