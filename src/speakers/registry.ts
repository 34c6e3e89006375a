/**
 * Who is who in one article: names given with titles or after speech verbs,
 * so that a later surname (`بوتين`), bare title (`الرئيس الأوكراني`) or short
 * organisation name (`اللجنة`) resolves to the fullest form given anywhere.
 */

import type {AnalysedText} from '../text/analysis.js'
import type {WordToken} from '../text/tokens.js'
import {
  isDescriptionHead,
  isEventNoun,
  isNameParticle,
  isPersonTitle,
  isQuantifier,
  isTitleNoun,
  readSpeechWord
} from './lexicon.js'
import {isNameWord, readSubject, type ReadSubjectOptions, type SubjectPhrase} from './subject.js'

/** A person or organisation named in the article. */
export interface Mention {
  /** Kind of phrase. */
  kind: SubjectPhrase['kind']
  /** Name as written (for `name` mentions). */
  name: string | undefined
  /** Whole phrase as written. */
  text: string
  /** Folded words of the name. */
  nameWords: Array<string>
  /** Folded words of the title, `ال` dropped. */
  titleWords: Array<string>
  /** Place in reading order. */
  order: number
}

/** A speaker resolved to the fullest form the article gives. */
export interface ResolvedSpeaker {
  /** Full name, organisation or description. */
  speaker: string
  /** As written near the quote, when different. */
  asWritten: string | undefined
  /** How it was found (for diagnostics). */
  via?: string | undefined
  /** Whether the article names two people so (`حداد` after `سامي حداد وفؤاد حداد`). */
  ambiguous?: boolean | undefined
}

/**
 * Make a reading-order number from a paragraph index and an index inside it.
 *
 * @param paragraph
 *   Paragraph index.
 * @param index
 *   Character index in the paragraph.
 * @returns
 *   A number that sorts in reading order.
 */
export function readingOrder(paragraph: number, index: number): number {
  return paragraph * 1_000_000 + Math.min(index, 999_999)
}

/** Names and titles of one article. */
export class SpeakerRegistry {
  /** Distinct mentions, in order of first appearance. */
  readonly mentions: Array<Mention> = []
  /** Every appearance of a person named with a title, in reading order. */
  readonly #people: Array<{order: number; mention: Mention}> = []
  /** Mentions by their text. */
  readonly #byText = new Map<string, Mention>()
  /** Name mentions by each (article-less) word of the name. */
  readonly #byNameWord = new Map<string, Array<Mention>>()
  /** Mentions by each word of their title. */
  readonly #byTitleWord = new Map<string, Array<Mention>>()
  readonly #options: ReadSubjectOptions
  /** Every text learned from, in reading order. */
  readonly #texts: Array<AnalysedText> = []
  /** Full names found for a lone word (`غراهام` → `ليندسي غراهام`), once per word; `null` when two differ. */
  readonly #fullNames = new Map<string, string | null | undefined>()

  /**
   * @param options
   *   Extra titles and speech verbs.
   */
  constructor(options?: Readonly<ReadSubjectOptions>) {
    this.#options = options ?? {}
  }

  /**
   * Learn the names in one paragraph: phrases after speech verbs and
   * phrases that start with a title (`الرئيس الروسي فلاديمير بوتين`).
   *
   * @param analysis
   *   Paragraph, analysed.
   * @param paragraph
   *   Paragraph index (reading order).
   * @returns
   *   Nothing.
   */
  learn(analysis: AnalysedText, paragraph: number): undefined {
    const text = analysis.text
    const tokens = analysis.tokens
    this.#texts.push(analysis)
    let skipUntil = 0
    for (const [index, token] of tokens.entries()) {
      if (token.start < skipUntil) continue
      const bare = stripArticle(token.folded)
      let subject: SubjectPhrase | undefined
      if (readSpeechWord(token.folded, this.#options.verbs)?.form === 'verb') {
        subject = readSubject(text, tokens, index + 1, text.length, this.#options)
      } else if (isTitleNoun(bare) || this.#options.titles?.has(bare)) {
        subject = readSubject(text, tokens, index, text.length, {...this.#options, titleFirst: true})
      }

      // `#الاسم_الكامل`: a hashtag that spells a full name.
      if (!subject && token.start > 0 && text.charCodeAt(token.start - 1) === 0x23) {
        subject = hashtagName(token)
      }

      if (subject) {
        this.add(subject, readingOrder(paragraph, subject.start))
        skipUntil = subject.end
      }
    }

    return undefined
  }

  /**
   * Record a mention (call in reading order).
   *
   * @param subject
   *   Phrase read from the text.
   * @param order
   *   Place in reading order.
   * @returns
   *   Nothing.
   */
  add(subject: SubjectPhrase, order: number): undefined {
    // A bare one-word title (`الرئيس`) teaches nothing.
    if (subject.kind !== 'name' && subject.titleWords.length < 2) return undefined
    const key = subject.kind + ':' + subject.text
    let mention = this.#byText.get(key)
    if (!mention) {
      mention = {
        kind: subject.kind,
        name: subject.name,
        text: subject.text,
        nameWords: subject.nameWords,
        titleWords: subject.titleWords.map(stripArticle),
        order
      }
      this.#byText.set(key, mention)
      this.mentions.push(mention)
      for (const word of new Set(mention.nameWords.map(stripArticle))) push(this.#byNameWord, word, mention)
      for (const word of new Set(mention.titleWords)) push(this.#byTitleWord, word, mention)
    }

    if (mention.kind === 'name' && mention.titleWords.length > 0) this.#people.push({order, mention})
    return undefined
  }

  /**
   * Resolve a subject phrase read near a quote.
   *
   * @param subject
   *   Phrase.
   * @param order
   *   Where it is in reading order (prefer mentions before it).
   * @returns
   *   Speaker.
   */
  resolve(subject: SubjectPhrase, order: number): ResolvedSpeaker {
    const written = subject.kind === 'name' ? subject.name! : subject.text
    const found = this.#find(subject, order)
    const speaker = found ?? written
    const resolved: ResolvedSpeaker = {speaker, asWritten: speaker === written ? undefined : written}
    if (!found && subject.nameWords.length === 1 && this.#fullNames.get(subject.nameWords[0]!) === null) {
      resolved.ambiguous = true
    }

    return resolved
  }

  /**
   * Titles a person is given in the article.
   *
   * @param name
   *   Name as written in a mention.
   * @returns
   *   Folded title words (article dropped).
   */
  titlesOf(name: string): Array<string> {
    const words: Array<string> = []
    for (const mention of this.mentions) {
      if (mention.kind === 'name' && mention.name === name) words.push(...mention.titleWords)
    }

    return words
  }

  /**
   * The last person named with a title before a place in reading order.
   *
   * @param order
   *   Reading-order place.
   * @param from
   *   Reading-order place not to look before (default: start).
   * @returns
   *   Mention, if any.
   */
  lastPerson(order: number, from = 0): Mention | undefined {
    let low = 0
    let high = this.#people.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.#people[middle]!.order < order) low = middle + 1
      else high = middle
    }

    const found = this.#people[low - 1]
    return found && found.order >= from ? found.mention : undefined
  }

  /**
   * @param subject
   * @param order
   */
  #find(subject: SubjectPhrase, order: number): string | undefined {
    if (subject.kind === 'name') return this.#byName(subject.nameWords, order)
    if (subject.kind === 'description') return undefined

    const title = subject.titleWords.map(stripArticle)
    // `الزمر`, `البوسعيدي`: a family name used alone; `الخطيب`: a family
    // name that is also a title, when a name given in full ends with it.
    if (title.length === 1) {
      const byName = isTitleNoun(title[0]!)
        ? this.#byFamilyName(title[0]!, order)
        : this.#byName(subject.titleWords, order)
      if (byName) return byName
    }

    // `الرئيس الأوكراني` → the person named with that title.
    const candidates = this.#byTitleWord.get(title[0] ?? '') ?? []
    const person = pick(
      candidates.filter(
        (mention) =>
          mention.kind === 'name' &&
          title.every(
            (word) => mention.titleWords.includes(word) || mention.nameWords.some((part) => stripArticle(part) === word)
          )
      ),
      order
    )
    if (person?.name) return person.name

    // `اللجنة`, `سلاح الجو`, `المصدر` → the organisation or source named in
    // full: its fullest mention (news names it in full first).
    let best: Mention | undefined
    for (const mention of candidates) {
      if (
        mention.titleWords.length > title.length &&
        title.every((word, index) => mention.titleWords[index] === word) &&
        (!best || mention.titleWords.length > best.titleWords.length)
      ) {
        best = mention
      }
    }

    if (best) return best.kind === 'name' ? best.name : best.text
    return undefined
  }

  /**
   * @param word
   *   Folded word, `ال` dropped.
   * @param order
   *   Reading-order place of the quote.
   * @returns
   *   The name, given in full (two words or more), that ends with `word`.
   */
  #byFamilyName(word: string, order: number): string | undefined {
    const found = pick(
      (this.#byNameWord.get(word) ?? []).filter(
        (mention) => mention.nameWords.length >= 2 && stripArticle(mention.nameWords.at(-1)!) === word
      ),
      order
    )
    return found?.name
  }

  /**
   * @param words
   * @param order
   */
  #byName(words: ReadonlyArray<string>, order: number): string | undefined {
    if (words.length === 0) return undefined
    let best: Mention | undefined
    let bestScore = -1
    for (const mention of this.#byNameWord.get(stripArticle(words[0]!)) ?? []) {
      if (!containsRun(mention.nameWords, words)) continue
      // Names given with a title are the surest; then the fullest.
      const score = (mention.titleWords.length > 0 ? 10 : 0) + Math.min(mention.nameWords.length, 5)
      if (score > bestScore || (score === bestScore && best && closer(mention.order, best.order, order))) {
        best = mention
        bestScore = score
      }
    }

    if (best?.name && best.nameWords.length > 1) return best.name
    if (words.length === 1 && !isTitleNoun(stripArticle(words[0]!))) {
      return this.fullNameOf(words[0]!) ?? (this.#fullNames.get(words[0]!) === null ? undefined : best?.name)
    }

    return best?.name
  }

  /**
   * The full name the article gives somewhere for a name used alone
   * (`وقال غراهام` after `السناتور ليندسي غراهام` in the headline or the
   * narrative): the given names written right before it, the same wherever
   * they are written; none when two different ones are found.
   *
   * @param word
   *   Folded word of the name used alone.
   * @returns
   *   Full name as written, if the article gives exactly one.
   */
  fullNameOf(word: string): string | undefined {
    if (this.#fullNames.has(word)) return this.#fullNames.get(word) ?? undefined
    let found: {key: string; text: string} | undefined
    let ambiguous = false
    for (const analysis of this.#texts) {
      for (const [index, token] of analysis.tokens.entries()) {
        if (token.folded !== word) continue
        // `سامي حداد وفؤاد حداد`: two people of that name.
        if (
          index >= 2 &&
          analysis.tokens[index - 2]!.folded === word &&
          analysis.tokens[index - 1]!.folded.startsWith('و')
        ) {
          ambiguous = true
        }

        const given = givenNamesBefore(analysis, index)
        if (given === 0) continue
        const first = analysis.tokens[index - given]!
        const key = analysis.tokens
          .slice(index - given, index + 1)
          .map((other) => other.folded)
          .join(' ')
        if (found && found.key !== key) {
          // `محمد صالح السعود` and `صالح السعود`: the fuller one.
          if (found.key.endsWith(' ' + key)) continue
          if (!key.endsWith(' ' + found.key)) ambiguous = true
        }

        found = {key, text: analysis.text.slice(first.start, token.end)}
      }
    }

    const result = ambiguous ? null : found?.text
    this.#fullNames.set(word, result)
    return result ?? undefined
  }
}

/** Most given names read before a family name. */
const MAX_GIVEN_NAMES = 3

/**
 * How many words right before token `index` are given names of the same
 * person (`ليندسي` in `السناتور ليندسي غراهام`, `محمد صالح` in
 * `، محمد صالح السعود`): words without the article (or with it right
 * after a comma: `التونسي، المهدي مبروك`), joined
 * by spaces only, that are not verbs, titles or small words.
 *
 * @param analysis
 *   Text.
 * @param index
 *   Index of the family name in its tokens.
 * @returns
 *   Number of given names (0 when none).
 */
function givenNamesBefore(analysis: AnalysedText, index: number): number {
  const {text, tokens} = analysis
  let count = 0
  while (count < MAX_GIVEN_NAMES && index - count > 0) {
    const word = tokens[index - count - 1]!
    const gap = text.slice(word.end, tokens[index - count]!.start)
    if (gap.trim() !== '' || !isGivenName(word)) break
    count++
    // `التونسي، المهدي مبروك`: a given name with the article opens the
    // name only right after a comma (`الروسي رشيد رحيموف`: an adjective).
    if (word.definite) {
      if (!/[،,]/.test(gapBefore(analysis, index - count))) count--
      break
    }
  }

  // `لكن غراهام`, `بن علي`: what opens the run must be a name, and what
  // comes before it must end a phrase (`مليون دولار ستقوم أبل` is no name).
  while (count > 0 && !(opensName(analysis, index - count) && !isNameParticle(tokens[index - count]!.folded))) count--
  return count
}

/**
 * @param analysis
 * @param index
 *   Index of a token.
 * @returns
 *   What is written between the token before it and it.
 */
function gapBefore(analysis: AnalysedText, index: number): string {
  return index > 0 ? analysis.text.slice(analysis.tokens[index - 1]!.end, analysis.tokens[index]!.start) : ''
}

/**
 * Whether a full name may open at token `index`: after a comma, colon,
 * dash or quote mark, after a title or an adjective with the article
 * (`السناتور ليندسي`, `الروسي رشيد`), or after a speech verb (`قال محمد`).
 *
 * @param analysis
 * @param index
 */
function opensName(analysis: AnalysedText, index: number): boolean {
  if (index === 0) return false
  // Not after a full stop: a sentence may open with a verb (`يراقب الحاج`).
  if (/[،,:«»"“”(\-–—]/.test(gapBefore(analysis, index))) return true
  const before = analysis.tokens[index - 1]!
  const bare = stripArticle(before.folded)
  return before.definite || isTitleNoun(bare) || isPersonTitle(bare) || readSpeechWord(before.folded) !== undefined
}

/**
 * @param token
 *   Word before a family name.
 * @returns
 *   Whether it can be a given name (or a particle such as `بن`, `أبو`).
 */
function isGivenName(token: WordToken): boolean {
  const folded = token.folded
  if (isNameParticle(folded)) return true
  const bare = stripArticle(folded)
  return (
    isNameWord(folded, token.value) &&
    // `ويريد`, `وبقى`: a verb after the conjunction (a name that starts
    // with `و` is read after a title, not here).
    !folded.startsWith('و') &&
    !readSpeechWord(folded) &&
    !isTitleNoun(bare) &&
    !isPersonTitle(bare) &&
    !isDescriptionHead(bare) &&
    !isEventNoun(bare) &&
    !isQuantifier(bare)
  )
}

/**
 * @param map
 * @param key
 * @param mention
 */
function push(map: Map<string, Array<Mention>>, key: string, mention: Mention): undefined {
  const list = map.get(key)
  if (list) list.push(mention)
  else map.set(key, [mention])
  return undefined
}

/**
 * @param mentions
 *   Candidates.
 * @param order
 *   Reading-order place of the quote.
 * @returns
 *   The last one before `order`, else the first one after.
 */
function pick(mentions: ReadonlyArray<Mention>, order: number): Mention | undefined {
  let before: Mention | undefined
  let after: Mention | undefined
  for (const mention of mentions) {
    if (mention.order <= order) before = mention
    else after ??= mention
  }

  return before ?? after
}

/**
 * @param a
 * @param b
 * @param order
 * @returns
 *   Whether `a` is a better choice than `b` for a quote at `order`: the last
 *   one before it, else the first one after it.
 */
function closer(a: number, b: number, order: number): boolean {
  if (a <= order && b <= order) return a > b
  if (a <= order) return true
  if (b <= order) return false
  return a < b
}

/**
 * @param haystack
 * @param needle
 * @returns
 *   Whether `needle` appears in `haystack` as consecutive words (compared
 *   with and without `ال`).
 */
function containsRun(haystack: ReadonlyArray<string>, needle: ReadonlyArray<string>): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (const [offset, word] of needle.entries()) {
      if (stripArticle(haystack[start + offset]!) !== stripArticle(word)) continue outer
    }

    return true
  }

  return false
}

/**
 * @param word
 *   Folded word.
 * @returns
 *   Word without `ال`.
 */
function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word
}

/** Most words in a name spelled as a hashtag. */
const MAX_HASHTAG_WORDS = 5

/**
 * Read a hashtag that spells a person's name (`#محمد_بن_علي`): two to five
 * words joined by `_`, each a name word or a name particle, not starting
 * with the article.
 *
 * @param token
 *   Word right after a `#`.
 * @returns
 *   Name phrase, if the hashtag spells one.
 */
function hashtagName(token: WordToken): SubjectPhrase | undefined {
  const values = token.value.split('_')
  const words = token.folded.split('_')
  if (words.length < 2 || words.length > MAX_HASHTAG_WORDS || words[0]!.startsWith('ال')) return undefined
  for (const [index, word] of words.entries()) {
    if (!(isNameWord(word, values[index]) || isNameParticle(word))) return undefined
  }

  if (isNameParticle(words.at(-1)!)) return undefined
  const name = values.join(' ')
  return {
    kind: 'name',
    text: name,
    start: token.start,
    end: token.end,
    title: undefined,
    titleWords: [],
    name,
    nameWords: words,
    gender: undefined,
    person: true
  }
}
