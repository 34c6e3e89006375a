/**
 * Options of `remarkArabicNewsQuotes`, their defaults, and their checking.
 */

import {booleanOption, countOption, objectOption, wordsOption} from '../options.js'
import {foldArabic} from '../text/fold.js'

/** Configuration of `remarkArabicNewsQuotes`. */
export interface QuotesOptions {
  /**
   * Fewest words a quotation needs to be set as a block quotation; shorter
   * quoted spans stay in the text (default: `DEFAULT_MIN_BLOCK_WORDS`, `6`).
   */
  readonly minBlockWords?: number | null | undefined
  /**
   * Extra speech verbs, in every form they should be recognised in, with or
   * without tashkeel (example: `['استنكر', 'استنكرت', 'مستنكرا']`)
   * (default: `DEFAULT_SPEECH_VERBS`, none).
   */
  readonly speechVerbs?: ReadonlyArray<string> | null | undefined
  /**
   * Extra title words that may stand before a name (example: `['المطران']`)
   * (default: `DEFAULT_TITLES`, none).
   */
  readonly titles?: ReadonlyArray<string> | null | undefined
  /**
   * Keep every quotation in the running text: nothing becomes a
   * `<blockquote>`; quotes are still listed in `file.data`
   * (default: `DEFAULT_KEEP_INLINE`, `false`).
   */
  readonly keepInline?: boolean | null | undefined
  /**
   * How many paragraphs one quotation may run over when its closing mark is
   * in a later paragraph (default: `DEFAULT_MAX_QUOTE_PARAGRAPHS`, `4`).
   */
  readonly maxQuoteParagraphs?: number | null | undefined
  /**
   * How many warnings of one kind are reported per file before one summary
   * message (default: `DEFAULT_MAX_MESSAGES_PER_RULE`, `5`).
   */
  readonly maxMessagesPerRule?: number | null | undefined
}

/** Fewest words of a block quotation. */
export const DEFAULT_MIN_BLOCK_WORDS = 6
/** Extra speech verbs: none. */
export const DEFAULT_SPEECH_VERBS: ReadonlyArray<string> = Object.freeze([])
/** Extra titles: none. */
export const DEFAULT_TITLES: ReadonlyArray<string> = Object.freeze([])
/** Whether every quotation stays inline. */
export const DEFAULT_KEEP_INLINE = false
/** How many paragraphs one quotation may run over. */
export const DEFAULT_MAX_QUOTE_PARAGRAPHS = 4
/** Warnings of one kind per file before a summary. */
export const DEFAULT_MAX_MESSAGES_PER_RULE = 5

/** Options after checking, with defaults applied. */
export interface QuotesSettings {
  minBlockWords: number
  /** Folded forms. */
  speechVerbs: ReadonlySet<string>
  /** Folded forms. */
  titles: ReadonlySet<string>
  keepInline: boolean
  maxQuoteParagraphs: number
  maxMessagesPerRule: number
}

/**
 * Check options and apply defaults.
 *
 * @param options
 *   Options as given (or `null`/`undefined`).
 * @param base
 *   Settings to start from (default: the defaults).
 * @returns
 *   Settings.
 * @throws {TypeError}
 *   When an option has the wrong type or value; the message names it.
 */
export function normalizeQuotesOptions(
  options: Readonly<QuotesOptions> | null | undefined,
  base?: QuotesSettings | undefined
): QuotesSettings {
  const settings: QuotesSettings = base
    ? {...base}
    : {
        minBlockWords: DEFAULT_MIN_BLOCK_WORDS,
        speechVerbs: new Set(DEFAULT_SPEECH_VERBS.map(foldArabic)),
        titles: new Set(DEFAULT_TITLES.map(foldArabic)),
        keepInline: DEFAULT_KEEP_INLINE,
        maxQuoteParagraphs: DEFAULT_MAX_QUOTE_PARAGRAPHS,
        maxMessagesPerRule: DEFAULT_MAX_MESSAGES_PER_RULE
      }
  if (options === null || options === undefined) return settings
  objectOption(options)

  if (options.minBlockWords !== null && options.minBlockWords !== undefined) {
    settings.minBlockWords = countOption(options.minBlockWords, 'minBlockWords', DEFAULT_MIN_BLOCK_WORDS)
  }

  if (options.speechVerbs !== null && options.speechVerbs !== undefined) {
    settings.speechVerbs = new Set([
      ...settings.speechVerbs,
      ...wordsOption(options.speechVerbs, 'speechVerbs').map(foldArabic)
    ])
  }

  if (options.titles !== null && options.titles !== undefined) {
    // Titles are matched without their article (`المطران` → `مطران`).
    const titles = wordsOption(options.titles, 'titles')
      .map(foldArabic)
      .map((word) => (word.startsWith('ال') && word.length > 3 ? word.slice(2) : word))
    settings.titles = new Set([...settings.titles, ...titles])
  }

  if (options.keepInline !== null && options.keepInline !== undefined) {
    settings.keepInline = booleanOption(options.keepInline, 'keepInline', DEFAULT_KEEP_INLINE)
  }

  if (options.maxQuoteParagraphs !== null && options.maxQuoteParagraphs !== undefined) {
    settings.maxQuoteParagraphs = countOption(
      options.maxQuoteParagraphs,
      'maxQuoteParagraphs',
      DEFAULT_MAX_QUOTE_PARAGRAPHS
    )
  }

  if (options.maxMessagesPerRule !== null && options.maxMessagesPerRule !== undefined) {
    settings.maxMessagesPerRule = countOption(
      options.maxMessagesPerRule,
      'maxMessagesPerRule',
      DEFAULT_MAX_MESSAGES_PER_RULE
    )
  }

  return settings
}
