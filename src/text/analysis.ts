/**
 * The analysed text of one paragraph: its words (folded, with offsets and
 * clitics), its sentence bounds and its word count, computed once and read
 * by structure, quotes, speakers and metadata.
 */

import {foldArabic} from './fold.js'
import {partitionPoint} from './sorted.js'
import {
  codePointStartBefore,
  countWords,
  isCountedWord,
  isLetterOrDigit,
  isWhiteSpace,
  tokenize,
  type WordToken
} from './tokens.js'

/** One paragraph, analysed. */
export class AnalysedText {
  /** The text as written. */
  readonly text: string
  /** Its words, in order. */
  readonly tokens: ReadonlyArray<WordToken>
  #wordCount: number | undefined
  #folded: string | undefined
  #sentenceEnds: Array<number> | undefined

  /**
   * @param text
   *   Paragraph text.
   * @param tokens
   *   Its words, when already read (default: read from `text`).
   */
  constructor(text: string, tokens: ReadonlyArray<WordToken> = tokenize(text)) {
    this.text = text
    this.tokens = tokens
  }

  /**
   * Number of words: tokens with a letter or a digit (counted on first use).
   *
   * @returns
   *   Word count.
   */
  get wordCount(): number {
    this.#wordCount ??= this.wordsIn(0, this.text.length)
    return this.#wordCount
  }

  /**
   * Indices right after each sentence end, in order (read on first use).
   *
   * @returns
   *   Sentence ends.
   */
  get sentenceEnds(): ReadonlyArray<number> {
    this.#sentenceEnds ??= findSentenceEnds(this.text)
    return this.#sentenceEnds
  }

  /**
   * The whole text folded (same length rules as `foldArabic`: marks dropped,
   * so offsets differ from the text's; use tokens for places).
   *
   * @returns
   *   Folded text.
   */
  get folded(): string {
    this.#folded ??= foldArabic(this.text)
    return this.#folded
  }

  /**
   * @param offset
   *   Index in the text.
   * @returns
   *   Index of the first token that starts at or after `offset`.
   */
  tokenIndexAt(offset: number): number {
    return partitionPoint(this.tokens.length, (index) => (this.tokens[index]?.start ?? Infinity) < offset)
  }

  /**
   * @param start
   *   First index.
   * @param end
   *   Index not to reach.
   * @returns
   *   The tokens that lie wholly in `[start, end)`.
   */
  tokensIn(start: number, end: number): Array<WordToken> {
    const result: Array<WordToken> = []
    for (let index = this.tokenIndexAt(start); index < this.tokens.length; index++) {
      const token = this.tokens[index]
      if (token === undefined || token.end > end) break
      result.push(token)
    }

    return result
  }

  /**
   * @param start
   *   First index.
   * @param end
   *   Index not to reach.
   * @returns
   *   Number of words that lie wholly in `[start, end)`.
   */
  wordsIn(start: number, end: number): number {
    let count = 0
    for (let index = this.tokenIndexAt(start); index < this.tokens.length; index++) {
      const token = this.tokens[index]
      if (token === undefined || token.end > end) break
      if (isCountedWord(token)) count++
    }

    return count
  }

  /**
   * Index where the sentence holding `index` starts.
   *
   * @param index
   *   Index inside the sentence.
   * @param from
   *   Index not to look before (default: `0`).
   * @returns
   *   Start of the sentence.
   */
  sentenceStart(index: number, from = 0): number {
    const low = this.#endsUpTo(index)
    return Math.max(from, this.sentenceEnds[low - 1] ?? 0)
  }

  /**
   * Index where the sentence holding `index` ends (after its final mark).
   *
   * @param index
   *   Index inside the sentence.
   * @returns
   *   End of the sentence.
   */
  sentenceEnd(index: number): number {
    const low = this.#endsUpTo(index)
    return this.sentenceEnds[low] ?? this.text.length
  }

  /**
   * @param index
   * @returns
   *   How many sentence ends are at or before `index` (binary search).
   */
  #endsUpTo(index: number): number {
    const ends = this.sentenceEnds
    return partitionPoint(ends.length, (at) => (ends[at] ?? Infinity) <= index)
  }
}

/**
 * Find where sentences end: after `!`, `?`, `؟` or `؛`, or after full stops
 * that follow two letters or digits (not the stop of `د.`), before white
 * space or the end of the text. One pass over the characters, with no
 * regular expression (this is read for every paragraph).
 *
 * @param text
 *   Paragraph text.
 * @returns
 *   Indices right after each sentence end, in order.
 */
function findSentenceEnds(text: string): Array<number> {
  const ends: Array<number> = []
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    const mark = code === 0x21 || code === 0x3f || code === 0x06_1f || code === 0x06_1b
    if (!mark && code !== 0x2e) continue
    if (index + 1 < text.length && !isWhiteSpace(text.charCodeAt(index + 1))) continue
    if (mark || followsTwoLetters(text, index)) ends.push(index + 1)
  }

  return ends
}

/**
 * @param text
 *   Text.
 * @param last
 *   Index of the last full stop of a run.
 * @returns
 *   Whether the run of full stops ending there follows two letters or digits.
 */
function followsTwoLetters(text: string, last: number): boolean {
  let start = last
  while (start > 0 && text.charCodeAt(start - 1) === 0x2e) start--
  for (let count = 0; count < 2; count++) {
    if (start === 0) return false
    start = codePointStartBefore(text, start)
    if (!isLetterOrDigit(text.codePointAt(start) ?? 0)) return false
  }

  return true
}

/**
 * The analysed texts of one article, each computed once (keyed by the text,
 * so that the same paragraph read by several plugins is analysed once). Make
 * one per file: it holds no state between files.
 */
export class TextAnalyses {
  readonly #byText = new Map<string, AnalysedText>()
  readonly #words = new Map<string, number>()

  /**
   * @param text
   *   Paragraph text.
   * @returns
   *   Its analysis.
   */
  of(text: string): AnalysedText {
    let analysis = this.#byText.get(text)
    if (!analysis) {
      analysis = new AnalysedText(text)
      this.#byText.set(text, analysis)
    }

    return analysis
  }

  /**
   * @param text
   *   Text (a quotation's words, read by several rules).
   * @returns
   *   Its number of words (`countWords`), counted once.
   */
  wordsOf(text: string): number {
    let count = this.#words.get(text)
    if (count === undefined) {
      count = countWords(text)
      this.#words.set(text, count)
    }

    return count
  }

  /**
   * The analysis of a text with some ranges blanked out: each of their
   * characters a space, so that offsets stay. The words outside the ranges
   * are those of the text's own analysis, read again only at an edge that a
   * word or an entity leftover crosses.
   *
   * @param text
   *   Paragraph text.
   * @param ranges
   *   Ranges to blank out (`[from, to)`), in order; none leaves the text as is.
   * @returns
   *   Analysis of the blanked text.
   */
  blanked(text: string, ranges: ReadonlyArray<readonly [number, number]> | undefined): AnalysedText {
    const value = blankOut(text, ranges ?? [])
    if (value === text) return this.of(text)
    let analysis = this.#byText.get(value)
    if (!analysis) {
      const whole = this.of(text)
      const tokens: Array<WordToken> = []
      for (const [start, end] of keptSegments(text.length, ranges ?? [])) {
        tokens.push(...wordsBetween(whole, start, end))
      }

      analysis = new AnalysedText(value, tokens)
      this.#byText.set(value, analysis)
    }

    return analysis
  }
}

/**
 * @param text
 *   Text.
 * @param ranges
 *   Ranges to blank out, in order.
 * @returns
 *   The text with spaces in those ranges (same length, so offsets stay).
 */
function blankOut(text: string, ranges: ReadonlyArray<readonly [number, number]>): string {
  let result = ''
  let cursor = 0
  for (const [from, to] of ranges) {
    const start = Math.max(from, cursor)
    if (to <= start) continue
    result += text.slice(cursor, start) + ' '.repeat(to - start)
    cursor = to
  }

  return result + text.slice(cursor)
}

/**
 * @param length
 *   Length of the text.
 * @param ranges
 *   Ranges blanked out, in order (overlaps and empty ones allowed).
 * @returns
 *   The stretches left as written, in order (empty ones left out).
 */
function keptSegments(length: number, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const kept: Array<[number, number]> = []
  let cursor = 0
  for (const [from, to] of ranges) {
    const start = Math.max(from, cursor)
    if (to <= start) continue
    if (start > cursor) kept.push([cursor, start])
    cursor = to
  }

  if (length > cursor) kept.push([cursor, length])
  return kept
}

/**
 * The words of a stretch of a text, as `tokenize(text, start, end)` reads
 * them: taken from the text's analysis when no word or entity leftover
 * crosses either edge of the stretch, else read again.
 *
 * @param analysis
 *   Analysis of the whole text.
 * @param start
 *   First index of the stretch.
 * @param end
 *   Index after it.
 * @returns
 *   Words in order.
 */
function wordsBetween(analysis: AnalysedText, start: number, end: number): ReadonlyArray<WordToken> {
  const {text, tokens} = analysis
  const first = analysis.tokenIndexAt(start)
  let last = first
  while (last < tokens.length && (tokens[last]?.end ?? Infinity) <= end) last++
  const crossesStart = (tokens[first - 1]?.end ?? 0) > start
  const crossesEnd = (tokens[last]?.start ?? Infinity) < end
  if (crossesStart || crossesEnd || entityNear(text, start) || entityNear(text, end)) return tokenize(text, start, end)
  return tokens.slice(first, last)
}

/** Longest entity leftover read as a separator (`&quot;`, `&apos;`). */
const LONGEST_ENTITY = 6

/**
 * @param text
 * @param index
 * @returns
 *   Whether an `&` stands close enough before `index` to open an entity
 *   leftover that runs over it.
 */
function entityNear(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false
  const amp = text.lastIndexOf('&', index - 1)
  return amp !== -1 && amp > index - LONGEST_ENTITY
}
