/**
 * Recognising subheadings: short lines that introduce what follows.
 */

import {isWhitespace} from '../parsing/trim.js'
import {readSpeechWord} from '../speakers/lexicon.js'
import {tokenize} from '../text/tokens.js'
import {countScripts, countWords, endsUnfinished, sentenceFinal, stripEnclosing} from './text.js'

/** Most words of a crosshead that ends in a colon (`السطر الأخير:`). */
const MAX_COLON_HEADING_WORDS = 6

/** What is known of a line when deciding whether it is a subheading. */
export interface SubheadingCandidate {
  /** The line's text, trimmed. */
  text: string
  /** Text of the block that follows, or `undefined` when the line is last. */
  next?: string | undefined
  /** Whether the block before is itself a subheading. */
  afterSubheading?: boolean | undefined
  /** Text of the block before, when it is a paragraph. */
  previous?: string | undefined
  /** Whether the article is an interview: its questions are the interviewer's, not crossheads. */
  interview?: boolean | undefined
}

/** Speech verbs and connectives that start sentences, not titles. */
const sentenceStart =
  /^(?:و|ف)?(?:قال|قالت|يقول|تقول|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|تابع|تابعت|لفت|لفتت|اعتبر|اعتبرت|حذر|حذّر|حذرت|شدد|شددت|ذكر|ذكرت|أعلن|أعلنت|كما|لكن|إلا|حيث|إذ|ثم)(?:\s|$)/

/**
 * Decide whether a line is a subheading: short, without sentence-final
 * punctuation, and followed by a longer paragraph that it introduces.
 *
 * @param candidate
 *   The line and its neighbour.
 * @param maxWords
 *   Most words a subheading may have.
 * @returns
 *   Whether the line is a subheading.
 */
export function isSubheading(candidate: SubheadingCandidate, maxWords: number): boolean {
  const {text, next} = candidate
  if (next === undefined || candidate.afterSubheading) return false
  // A leading dash or bullet is a common way of marking a subheading.
  const bare = stripEnclosing(text.replace(/^[-–—•*]+\s*/, ''))
  // Most lines are paragraphs of the story: their length settles it before
  // anything else is read.
  if (bare.length > 90) return false

  const previous = candidate.previous?.trim()
  if (previous !== undefined && (continues(previous, maxWords) || completes(previous, text))) return false

  if (isListItem(text, previous, next) || hasOpenQuote(text)) return false

  const words = countWords(bare)
  // A crosshead may be worded as a sentence: a question (`لماذا تأخر
  // المشروع حتى الآن؟`) or a source and what it says (`الهيئة: بدء التحقيق
  // في أسباب الحادث`); those run a little longer than a title.
  const asks = isQuestionShape(bare)
  if (asks && candidate.interview) return false
  const attributed = isAttributed(bare)
  const sentenceLike = asks || attributed
  if (words === 0 || words > maxWords + (sentenceLike ? SENTENCE_HEADING_EXTRA_WORDS : 0)) return false
  // Past the usual length, only between finished paragraphs (after a deck
  // that ends no sentence, such a line is a second deck).
  if (words > maxWords && previous !== undefined && !sentenceFinal.test(stripClosing(previous))) return false
  // `من متهم إلى ضحية:`: a short crosshead may end in a colon or ask a
  // question (`ماذا بعد؟`); a sentence may not.
  const colonHeading = /\s*:-?$/.test(bare) && words <= MAX_COLON_HEADING_WORDS
  // A question after a bullet is an interviewer's (`- هل تنوي …؟`).
  const question = !/^[-–—•*]/.test(text) && isQuestionHeading(bare)
  if ((sentenceFinal.test(bare) && !colonHeading && !question) || /[،,]$/.test(bare)) return false
  // A line that ends on a preposition or an open bracket breaks off a
  // sentence; one that ends by announcing a list (`كالتالي:`) introduces it.
  if (endsUnfinished(text) || announcesList(bare)) return false
  if (sentenceStart.test(bare)) return false
  // A speech word (`وقالوا:`, `مضيفا`) introduces words, not a section; an
  // address (`www.`, `@`) is a link or a byline. After a source and its
  // colon come the source's own words, which may hold one (`الوزارة: نؤكد …`).
  const spoken = attributed ? bare.slice(0, bare.indexOf(':')) : bare
  if (tokenize(spoken).some((token) => readSpeechWord(token.folded) !== undefined)) return false
  if (/https?:|www\.|@/i.test(bare)) return false
  // `أخبار متعلقة:` announces links, not a section.
  if (/^(?:ال)?[أا]خبار\s+(?:ال)?متعلق[ةه]/.test(bare)) return false
  // A heading names a topic in words: it starts with a letter or a digit (not
  // a list or quote marker left from another format) and is mostly Arabic.
  // One hashtag may title a section (`#قوانين_القوة`); several are tags.
  if (!/^(?:[-–—•*]+\s*)?(?:[\p{L}\p{N}«“„"'‹(]|#(?!.*#))/u.test(text) || !/\p{L}{2}/u.test(bare)) return false
  const scripts = countScripts(bare)
  if (scripts.latin > scripts.arabic) return false

  // It introduces something longer than itself, or, ending in a colon, the
  // items of a list (`- الحياة العملية:` before `* عضو …`).
  if (colonHeading && bullet.test(next) && !announcesList(bare)) return true
  return countWords(next) > words * 2 && countWords(next) >= 8
}

/** Words beyond the usual most that a crosshead worded as a sentence may have. */
const SENTENCE_HEADING_EXTRA_WORDS = 2

/**
 * @param bare
 *   The line without bullets and enclosing marks.
 * @returns
 *   Whether it asks one question.
 */
function isQuestionShape(bare: string): boolean {
  return /[^؟?!.][؟?]$/.test(bare) && !/[؟?]./.test(bare.slice(0, -1))
}

/** Question lines that make an article an interview. */
const INTERVIEW_QUESTIONS = 3

/** Most words of a line read as an interviewer's question. */
const MAX_INTERVIEW_QUESTION_WORDS = 30

/**
 * Whether an article is an interview: several of its lines are questions
 * (each answered by the paragraphs after it), where a story sets one or
 * two as crossheads.
 *
 * @param lines
 *   Texts of the article's paragraphs.
 * @returns
 *   Whether it is.
 */
export function isInterview(lines: Iterable<string>): boolean {
  let questions = 0
  for (const line of lines) {
    const text = line.trim()
    if (
      text.length > 0 &&
      isQuestionShape(text.replace(/^[-–—•*●■]+\s*/, '')) &&
      countWords(text) <= MAX_INTERVIEW_QUESTION_WORDS
    ) {
      questions++
      if (questions >= INTERVIEW_QUESTIONS) return true
    }
  }

  return false
}

/** Most words before the colon of a crosshead that gives a source and what it says. */
const MAX_SOURCE_WORDS = 3

/**
 * Whether a line gives a source, then a colon, then what the source says
 * (`المرور: إغلاق الطريق ليلا`), with no full stop after it.
 *
 * @param bare
 *   The line without bullets and enclosing marks.
 */
function isAttributed(bare: string): boolean {
  const colon = bare.indexOf(':')
  if (colon <= 0 || colon > bare.length - 2 || sentenceFinal.test(bare)) return false
  const source = countWords(bare.slice(0, colon))
  return source >= 1 && source <= MAX_SOURCE_WORDS && countWords(bare.slice(colon + 1)) >= 2
}

/**
 * Whether a line is a crosshead that asks what the section answers, not an
 * interviewer's question (`س: …؟`).
 *
 * @param bare
 *   The line without bullets and enclosing marks.
 */
function isQuestionHeading(bare: string): boolean {
  return isQuestionShape(bare) && !/^(?:س|سؤال)\s*[:：/]/.test(bare)
}

/** Words that end an introduction of someone's words before a colon (`قال الشاعر:`). */
const SPEECH_REACH = 6

/**
 * Whether the line after `previous` goes on with it rather than starting a
 * section: `previous` is a line of heading size that ends no sentence (a
 * sentence or a verse broken over lines), or it ends by announcing words
 * (`وقال الشاعر:`), which the line then gives.
 *
 * @param previous
 *   Text of the block before, trimmed.
 * @param maxWords
 *   Most words a subheading may have.
 */
function continues(previous: string, maxWords: number): boolean {
  if (endsUnfinished(previous)) return true
  if (!sentenceFinal.test(stripClosing(previous))) return countWords(previous) <= maxWords
  if (!/[:：]$/.test(previous)) return false
  const tokens = tokenize(previous)
  return tokens.slice(-SPEECH_REACH).some((token) => readSpeechWord(token.folded) !== undefined)
}

/** Prepositions that open the phrase a sentence goes on with (`… بتقديم موافقة الرئاسة` / `على الطعن`). */
const CONTINUING_PREPOSITION = /^(?:على|في|فى|من|إلى|الى|عن|مع|حتى)\s/

/**
 * Whether a line finishes the sentence of the paragraph before, of any
 * length, that ends no sentence: it opens with a preposition, the phrase
 * that sentence was broken before (a deck printed over two lines).
 *
 * @param previous
 *   Text of the block before, trimmed.
 * @param text
 *   The line, trimmed.
 */
function completes(previous: string, text: string): boolean {
  return CONTINUING_PREPOSITION.test(text) && !sentenceFinal.test(stripClosing(previous))
}

/**
 * @param text
 * @returns
 *   `text` without closing marks at its end (`…نفسه».` ends a sentence).
 */
function stripClosing(text: string): string {
  // A scan from the end: a regular expression anchored at the end is tried
  // at every index of the text, and this is asked of every paragraph.
  let end = text.length
  while (end > 0 && (isWhitespace(text.charCodeAt(end - 1)) || CLOSING_MARKS.has(text.charCodeAt(end - 1)))) end--
  return end === text.length ? text : text.slice(0, end)
}

/** What `stripClosing` drops, besides white space. */
const CLOSING_MARKS = new Set(Array.from('»”"\'’›)]', (character) => character.charCodeAt(0)))

/** Words that announce what follows (`على النحو التالي:`, `وفيما يلي:`) rather than title a section. */
const LIST_ANNOUNCER = /(?:^|\s)(?:و?في?ما\s+)?(?:يلي|التالي[ةه]?|كالتالي|الآتي[ةه]?|الاتي[ةه]?|كالآتي|كالاتي)\s*:-?$/

/**
 * @param bare
 *   Line ending in a colon.
 * @returns
 *   Whether it announces what follows (`على النحو التالي:`).
 */
function announcesList(bare: string): boolean {
  return LIST_ANNOUNCER.test(bare)
}

/** Bullets that start the items of a list. */
const bullet = /^\s*([-–—•*·▪●■])/

/**
 * Whether a line is an item of a list: it starts with the bullet that starts
 * the line before or after it, or it stands between two bulleted lines and
 * the one before ends no sentence (an item broken over two lines).
 *
 * @param text
 * @param previous
 * @param next
 */
function isListItem(text: string, previous: string | undefined, next: string | undefined): boolean {
  const own = bullet.exec(text)?.[1]
  const before = previous === undefined ? undefined : bullet.exec(previous)?.[1]
  const after = next === undefined ? undefined : bullet.exec(next)?.[1]
  if (own) return own === before || own === after
  return previous !== undefined && before !== undefined && before === after && !/[^.]\.$|[!?؟]$/.test(previous)
}

/**
 * Whether a line holds a quote mark left unpaired: it is part of a
 * quotation that runs over several lines, not a title.
 *
 * @param text
 */
function hasOpenQuote(text: string): boolean {
  // Counted in one pass, without splitting the line into pieces.
  let straight = 0
  let opening = 0
  let closing = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x22) straight++
    else if (code === 0xab || code === 0x20_1c) opening++
    else if (code === 0xbb || code === 0x20_1d) closing++
  }

  return straight % 2 === 1 || opening !== closing
}
