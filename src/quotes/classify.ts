/**
 * Tell a quotation (a block quotation) from a name, term, slogan, scare
 * quote or short fragment in quote marks (kept in the running text).
 *
 * The rules read the sentence the span sits in, and the span's own shape:
 * - fewer than `minBlockWords` words, or inside another quote: inline;
 * - a paragraph that is nothing but the quote: block;
 * - a list of names (`«أ وب وج»`), or a span that starts with a naming word
 *   (`«قانون …»`): inline;
 * - a span that opens a clause (`"أن …"`): block;
 * - right after a naming word (`حملة`, `مشروع`, `بعنوان`, `ما يسمى`), a
 *   preposition (`في «…»`), a glued prefix (`لـ«…»`, `بـ"…"`) or a
 *   demonstrative (`هذا «…»`): a name or a fragment, inline; but a long
 *   statement after a preposition, in a sentence with a speech word or a
 *   complementiser, is the speaker's words quoted at length: block;
 * - introduced in its sentence by a speech word (`قال`, `مضيفا`, `بقوله`,
 *   `بحسب`), a complementiser (`إن`, `أن`, `بأن`) or a colon, or followed by
 *   an attribution (`، قال الوزير`, `على حد قوله`): block;
 * - a long statement (twice `minBlockWords` words or more, with words only
 *   clauses have): block;
 * - anything else: inline.
 */

import {isComplementiser, isPreposition, readSpeechWord} from '../speakers/lexicon.js'
import type {AnalysedText} from '../text/analysis.js'
import {foldArabic} from '../text/fold.js'
import {itemAt} from '../text/items.js'
import {countWords, tokenize, type WordToken} from '../text/tokens.js'
import {isIntroducingNoun, isNamingWord} from './lexicon.js'

/** Why a span got its kind. */
export type QuoteReason =
  | 'keep-inline'
  | 'short'
  | 'nested'
  | 'whole-paragraph'
  | 'name'
  | 'fragment'
  | 'speech'
  | 'attribution-after'
  | 'long-statement'
  | 'long-fragment'
  | 'unmarked'
  | 'no-cue'

/** Result of {@link classifyQuote}. */
export interface QuoteClass {
  /** `block` for a block quotation, `inline` for a span left in the text. */
  kind: 'block' | 'inline'
  /** Why. */
  reason: QuoteReason
  /** Words in the quote. */
  words: number
}

/** A quoted span in its paragraph. */
export interface QuoteInContext {
  /** Paragraph text (for a quote over several paragraphs: the one it opens in). */
  text: string
  /** Its analysis. */
  analysis: AnalysedText
  /** Index of the opening mark. */
  open: number
  /** Index of the first character inside the marks. */
  contentStart: number
  /** Quoted words (marks excluded; all paragraphs of a long quote, joined). */
  content: string
  /** Number of words of `content`, when counted already. */
  words?: number | undefined
  /** Index after the closing mark in `after`'s paragraph, used to read what follows. */
  after: string
  /** Nesting depth (`0`: outer quote). */
  depth: number
  /** Whether the paragraph holds nothing but this quote (and punctuation). */
  whole: boolean
}

/** Settings used by {@link classifyQuote}. */
export interface ClassifySettings {
  readonly minBlockWords: number
  readonly keepInline: boolean
  readonly speechVerbs?: ReadonlySet<string> | undefined
}

/** How far back (characters) a quote's introduction is looked for. */
const LOOK_BACK = 400

/** Longest item of a list of names, in words. */
const MAX_LIST_ITEM = 3

/** Demonstratives: a quote right after one is a noun phrase (`هذا «الهراء»`). */
const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'اولئك', 'هكذا'].map(foldArabic))

/** A quote this many times `minBlockWords` long is a block when it reads as a statement. */
const LONG_STATEMENT_FACTOR = 2

/**
 * Decide whether a quoted span is a block quotation or stays inline.
 *
 * @param quote
 *   The span in its paragraph.
 * @param settings
 *   Settings.
 * @returns
 *   Kind and reason.
 */
export function classifyQuote(quote: Readonly<QuoteInContext>, settings: Readonly<ClassifySettings>): QuoteClass {
  const words = quote.words ?? countWords(quote.content)
  const result = (kind: QuoteClass['kind'], reason: QuoteReason): QuoteClass => ({
    kind,
    reason,
    words
  })

  if (settings.keepInline) return result('inline', 'keep-inline')
  if (quote.depth > 0) return result('inline', 'nested')
  if (words < settings.minBlockWords) return result('inline', 'short')
  if (quote.whole) return result('block', 'whole-paragraph')
  const quoted = new QuotedWords(quote.content)
  if (readsAsList(quoted)) return result('inline', 'name')

  const firstWord = tokenize(quote.content, 0, Math.min(quote.content.length, 40))[0]
  // `"أن …"`, `«إن …»`: a quoted clause.
  if (firstWord && isComplementiser(firstWord.folded)) return result('block', 'speech')
  // `«قانون دعم الفنون …»`, `«مهرجان الربيع …»`: a name that says what it names.
  if (firstWord && isNamingWord(firstWord.folded) && !quoted.statement) {
    return result('inline', 'name')
  }

  const start = quote.analysis.sentenceStart(quote.open, Math.max(0, quote.open - LOOK_BACK))
  const before = quote.analysis.tokensIn(start, quote.open)
  const last = before.at(-1)
  const gap = last ? quote.text.slice(last.end, quote.open) : quote.text.slice(start, quote.open)
  const cue =
    /[:：]/.test(gap) ||
    // `على قول «…»`, `بقول "…"`: the noun of saying names the words after it.
    (last !== undefined && gap.trim() === '' && isIntroducingNoun(last.folded)) ||
    speechCue(before, settings)

  if (last && !/[,،:;؛]/.test(gap)) {
    const touching = gap === ''
    // A prefix glued to the mark: `لـ«…»`, `بـ"…"`, `كـ"…"` (not `و«…»`).
    if (touching && /^[وف]?[بلك]$/.test(last.folded)) {
      return result('inline', 'fragment')
    }

    // `حملة «…»`, `مشروع "…"`: a name, unless a speaker introduces a
    // statement (`وقال محلل في كومرتس بنك "الأسعار إما أن …"`).
    if (isNamingWord(last.folded) && !(cue && quoted.statement)) {
      return result('inline', 'name')
    }

    // `في «…»`, `هذا «…»`: the object of a preposition or a noun phrase
    // after a demonstrative is a fragment of the sentence, unless a speaker
    // is quoted at length (`وأشار إلى أن المخاطر تتمثل في "اندلاع حريق …،
    // ويمكن أن …"`).
    if (!touching && isPreposition(last.folded)) {
      const long = words >= LONG_STATEMENT_FACTOR * settings.minBlockWords && quoted.statement
      return cue && long ? result('block', 'long-fragment') : result('inline', 'fragment')
    }

    if (!touching && DEMONSTRATIVES.has(last.folded) && !quoted.statement) {
      return result('inline', 'fragment')
    }
  }

  if (cue) return result('block', 'speech')
  if (hasAttributionAfter(quote.after, settings.speechVerbs)) {
    return result('block', 'attribution-after')
  }

  // A long quoted statement is somebody's words even when the sentence does
  // not say whose (`فيما قررت اللجنة "مخاطبة … ، وتحميل …"`).
  if (words >= LONG_STATEMENT_FACTOR * settings.minBlockWords && quoted.statement) {
    return result('block', 'long-statement')
  }

  return result('inline', 'no-cue')
}

/**
 * Whether the words before a quote in its sentence hold a speech word or a
 * complementiser that may introduce it. The writer's own speech (`وأقول لهم
 * إن … «…»`) introduces no one's words: a speech verb in the first person
 * present, and the complementisers after it, are no cue.
 *
 * @param before
 *   Words of the sentence before the opening mark.
 * @param settings
 *   Settings.
 * @returns
 *   Whether they introduce the quote.
 */
function speechCue(before: ReadonlyArray<WordToken>, settings: Readonly<ClassifySettings>): boolean {
  for (let index = before.length - 1; index >= 0; index--) {
    const token = itemAt(before, index)
    if (readSpeechWord(token.folded, settings.speechVerbs)) return !isWritersSpeech(token, settings)
    if (isComplementiser(token.folded)) {
      // Governed by the nearest speech word before it: no cue when that is the writer's.
      const governor = before.slice(0, index).findLast((item) => readSpeechWord(item.folded, settings.speechVerbs))
      return governor === undefined || !isWritersSpeech(governor, settings)
    }
  }

  return false
}

/**
 * @param token
 *   A speech word.
 * @param settings
 *   Settings.
 * @returns
 *   Whether it is the writer speaking now, in the first person present
 *   (`وأقول`, `نقول`), which asserts rather than reports; `قلت لي`
 *   reports words said before.
 */
function isWritersSpeech(token: WordToken, settings: Readonly<ClassifySettings>): boolean {
  return readSpeechWord(token.folded, settings.speechVerbs)?.firstPerson === true && /^[وف]?[ان]/.test(token.folded)
}

/** Small words that only a clause has: particles, pronouns, auxiliaries. */
const CLAUSE_WORDS = new Set(
  [
    'أن',
    'إن',
    'ان',
    'أنه',
    'إنه',
    'أنها',
    'إنها',
    'لا',
    'لم',
    'لن',
    'قد',
    'لقد',
    'كان',
    'كانت',
    'يكون',
    'تكون',
    'ليس',
    'ليست',
    'هو',
    'هي',
    'هم',
    'نحن',
    'أنا',
    'أنت',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'التي',
    'الذي',
    'الذين',
    'ما',
    'إذا',
    'لو',
    'لكن',
    'ولكن',
    'لكننا',
    'حيث',
    'كما',
    'سوف',
    'يجب',
    'يمكن',
    'تم',
    'هناك',
    'هنا',
    'إننا',
    'أننا',
    'إني',
    'أني',
    'إنني',
    'أنني',
    'لدينا',
    'لدي',
    'عندما',
    'لأن',
    'فإن',
    'بأن',
    'وأن',
    'وإن',
    'كل',
    'أي',
    'إلا',
    'بل',
    'ثم',
    'حتى',
    'منذ',
    'اللذين',
    'اللتين',
    'اللذان',
    'اللتان',
    'اللواتي',
    'اللاتي',
    'لنا',
    'لي',
    'له',
    'لها',
    'لهم',
    'إنه',
    'إنها'
  ].map(foldArabic)
)

/**
 * Whether quoted words read as a statement rather than a name or a list:
 * they hold a word only clauses have, or end a sentence inside the marks.
 *
 * @param content
 *   Quoted words.
 * @returns
 *   Whether it reads as a statement.
 */
export function isStatement(content: string): boolean {
  return new QuotedWords(content).statement
}

/**
 * Quoted words, read once for the several tests of a classification.
 */
class QuotedWords {
  readonly content: string
  #tokens: ReadonlyArray<WordToken> | undefined
  #statement: boolean | undefined

  /**
   * @param content
   *   Quoted words.
   */
  constructor(content: string) {
    this.content = content
  }

  /**
   * @returns
   *   Its words (read on first use).
   */
  get tokens(): ReadonlyArray<WordToken> {
    this.#tokens ??= tokenize(this.content)
    return this.#tokens
  }

  /**
   * @returns
   *   Whether it reads as a statement (see `isStatement`; read on first use).
   */
  get statement(): boolean {
    this.#statement ??= readsAsStatement(this.content, this.tokens)
    return this.#statement
  }
}

/**
 * @param content
 *   Quoted words.
 * @param tokens
 *   Its words.
 * @returns
 *   Whether it reads as a statement (see `isStatement`).
 */
function readsAsStatement(content: string, tokens: ReadonlyArray<WordToken>): boolean {
  if (/[.!?؟](?:\s|$)/.test(content.trim().slice(-2))) return true
  return tokens.some(
    (token) =>
      CLAUSE_WORDS.has(token.folded) ||
      (/^[وف]/.test(token.folded) && CLAUSE_WORDS.has(token.folded.slice(1))) ||
      // Future verbs (`سيعمل`, `ستكون`, `سنواصل`), not plurals (`سيارات`).
      (/^[وف]?س[يتن]\S{3,}$/.test(token.folded) && !/(?:ات|ه)$/.test(token.folded))
  )
}

/**
 * Whether quoted words are a list of names or terms (`الدستور والتحالف
 * الشعبي والمصريين الأحرار والكرامة`, `أ – ب – ج`): short items joined by
 * `و` or separated by commas or dashes, with nothing only a clause has.
 *
 * @param content
 *   Quoted words.
 * @returns
 *   Whether it reads as a list.
 */
export function isList(content: string): boolean {
  return readsAsList(new QuotedWords(content))
}

/**
 * @param quoted
 *   Quoted words.
 * @returns
 *   Whether they read as a list (see `isList`).
 */
function readsAsList(quoted: QuotedWords): boolean {
  if (quoted.statement) return false
  const {content} = quoted
  const tokens = quoted.tokens.filter((token) => /[\p{L}\p{N}]/u.test(token.folded))
  if (tokens.length < 3) return false
  const items: Array<number> = [0]
  for (const [index, token] of tokens.entries()) {
    const joint =
      index > 0 && (/^و\S{2,}/.test(token.folded) || /[،,–—-]/.test(content.slice(tokens[index - 1]?.end, token.start)))
    if (joint) items.push(0)
    items[items.length - 1] = (items.at(-1) ?? 0) + 1
  }

  return items.length >= 3 && items.every((size) => size <= MAX_LIST_ITEM)
}

/**
 * Whether the text right after a quote attributes it (`، قال الوزير`,
 * `بحسب البيان`, `على حد قوله`, `كما قال`).
 *
 * @param after
 *   Text after the closing mark.
 * @param verbs
 *   Extra speech verbs (folded).
 * @returns
 *   Whether an attribution follows.
 */
export function hasAttributionAfter(after: string, verbs?: ReadonlySet<string> | undefined): boolean {
  if (/^\s*[.!?؟]/.test(after)) return false
  for (const token of tokenize(after, 0, Math.min(after.length, 80)).slice(0, 3)) {
    const word = readSpeechWord(token.folded, verbs)
    if (word && !word.firstPerson) return true
  }

  return false
}
