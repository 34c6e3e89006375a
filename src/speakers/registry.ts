/**
 * Who is who in one article: names given with titles or after speech verbs,
 * so that a later surname (`بوتين`), bare title (`الرئيس الأوكراني`) or short
 * organisation name (`اللجنة`) resolves to the fullest form given anywhere.
 */

import type {AnalysedText} from '../text/analysis.js'
import {firstItem, itemAt, lastItem} from '../text/items.js'
import {partitionPoint} from '../text/sorted.js'
import {tokenize, type WordToken} from '../text/tokens.js'
import {
  type Gender,
  headsConstruct,
  isComplementiser,
  isDescriptionHead,
  isEventNoun,
  isNameParticle,
  isOrganisationNoun,
  isPersonTitle,
  isPrefixLikeName,
  isQuantifier,
  isRelativePronoun,
  isStopWord,
  isTitleNoun,
  isVerbBeforeSubject,
  readSpeechWord,
  type SpeechWord
} from './lexicon.js'
import {
  isNameWord,
  nameSubject,
  readQuotedName,
  readSubject,
  type ReadSubjectOptions,
  type SubjectPhrase
} from './subject.js'

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
  /** Whether it names a person (a name, or a person's title). */
  person: boolean
  /** Gender shown by its title, if any. */
  gender: Gender | undefined
  /** Words of the name as compared (see `keyWords`). */
  keyWords: Array<string>
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
  /**
   * Whether it is a title or description the article ties to no name
   * (`مقدم البرنامج`): said by someone, but not a person to list by name.
   */
  unnamed?: boolean | undefined
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
  return paragraph * ORDER_BASE + Math.min(index, ORDER_BASE - 1)
}

/** Characters a paragraph has room for in a reading-order number. */
const ORDER_BASE = 1_000_000

/**
 * The paragraph index of a reading-order number (see `readingOrder`).
 *
 * @param order
 *   Reading-order number.
 * @returns
 *   Paragraph index.
 */
export function orderParagraph(order: number): number {
  return Math.floor(order / ORDER_BASE)
}

/**
 * The character index inside its paragraph of a reading-order number (see `readingOrder`).
 *
 * @param order
 *   Reading-order number.
 * @returns
 *   Character index.
 */
export function orderIndex(order: number): number {
  return order % ORDER_BASE
}

/** Names and titles of one article. */
export class SpeakerRegistry {
  /** Distinct mentions, in order of first appearance. */
  readonly mentions: Array<Mention> = []
  /** Every appearance of a person named with a title, in reading order. */
  readonly #people: Array<{order: number; mention: Mention}> = []
  /** Every appearance of a mention, in reading order. */
  readonly #appearances: Array<{order: number; mention: Mention}> = []
  /** Mentions by kind, then by their text. */
  readonly #byText = new Map<Mention['kind'], Map<string, Mention>>()
  /** Name mentions by each (article-less) word of the name. */
  readonly #byNameWord = new Map<string, Array<Mention>>()
  /** Mentions by each word of their title. */
  readonly #byTitleWord = new Map<string, Array<Mention>>()
  readonly #options: ReadSubjectOptions
  /** The options for a phrase that must open with a title (made once, read at every title word). */
  readonly #titleFirst: ReadSubjectOptions
  /** Every text learned from, in reading order. */
  readonly #texts: Array<AnalysedText> = []
  /** Full names found for a lone word (`غراهام` → `ليندسي غراهام`), once per word; `null` when two differ. */
  readonly #fullNames = new Map<string, string | null | undefined>()
  /** Where each folded word is written (see `#placesOf`): index of the text and of the token, in pairs. */
  #places: Map<string, Array<number>> | undefined
  /** Full names by the nickname the article gives them (`الشهير بـ«الدسة»`), key words joined. */
  readonly #nicknames = new Map<string, string>()
  /** Words a nickname's bearer may be named with, where the text does not show where the name starts. */
  readonly #nicknameRuns = new Map<string, Array<Array<{folded: string; text: string}>>>()
  /** What each word of a text is as a speech word, by text: learning and attribution both ask it of every word. */
  readonly #speechWords = new Map<AnalysedText, Array<SpeechWord | undefined>>()
  /** Subjects read after speech verbs, by paragraph and verb index: learning and attribution both need them. */
  readonly #subjectsAfterVerbs = new Map<AnalysedText, Map<number, SubjectPhrase | undefined>>()

  /**
   * @param options
   *   Extra titles and speech verbs.
   */
  constructor(options?: Readonly<ReadSubjectOptions>) {
    this.#options = options ?? {}
    this.#titleFirst = {...this.#options, titleFirst: true}
  }

  /**
   * The speech word a word of a text is, read once for all the words of
   * the text.
   *
   * @param analysis
   *   Paragraph, analysed.
   * @param index
   *   Index of the word in its tokens.
   * @returns
   *   What it is as a speech word, if it is one.
   */
  speechWordAt(analysis: AnalysedText, index: number): SpeechWord | undefined {
    let words = this.#speechWords.get(analysis)
    if (!words) {
      const verbs = this.#options.verbs
      words = analysis.tokens.map((token, at) => {
        const word = readSpeechWord(token.folded, verbs)
        return word && isSecondBetween(analysis, at) ? undefined : word
      })
      this.#speechWords.set(analysis, words)
    }

    return words[index]
  }

  /**
   * The subject phrase after a speech verb, read once per verb.
   *
   * @param analysis
   *   Paragraph, analysed.
   * @param index
   *   Index of the verb in its tokens.
   * @returns
   *   Subject, if the text gives one.
   */
  subjectAfterVerb(analysis: AnalysedText, index: number): SubjectPhrase | undefined {
    let read = this.#subjectsAfterVerbs.get(analysis)
    if (!read) {
      read = new Map()
      this.#subjectsAfterVerbs.set(analysis, read)
    }
    if (read.has(index)) return read.get(index)
    // `هؤلاء يعتبرون أقرب الناس له`, `كتبوا أسفل الصورة`: a verb in the
    // plural carries its own subject; the words after it are what it takes.
    // `الذي يؤكد تسامح الموقف`: a verb that opens a relative clause has
    // its subject before it.
    const subject =
      isPluralVerb(itemAt(analysis.tokens, index), this.speechWordAt(analysis, index)) ||
      opensRelativeClause(analysis, index)
        ? undefined
        : readSubject(analysis.text, analysis.tokens, index + 1, analysis.text.length, this.#options)
    read.set(index, subject)
    return subject
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
    let previous: SubjectPhrase | undefined
    for (let index = 0; index < tokens.length; index++) {
      const token = itemAt(tokens, index)
      if (token.start < skipUntil) continue
      const bare = stripArticle(token.folded)
      let subject: SubjectPhrase | undefined
      if (this.speechWordAt(analysis, index)?.form === 'verb') {
        subject = this.subjectAfterVerb(analysis, index)
      } else if (isTitleNoun(bare) || this.#options.titles?.has(bare)) {
        subject = readSubject(text, tokens, index, text.length, this.#titleFirst)
      }

      // `#الاسم_الكامل`: a hashtag that spells a full name.
      if (!subject && token.start > 0 && text.charCodeAt(token.start - 1) === 0x23) {
        subject = hashtagName(token)
      }

      if (subject) {
        subject = quotedNameAfter(text, tokens, subject) ?? subject
        // A group in the narrative (`محامون`, `جميع السوريين`) or the event
        // (`تصريح`) names nobody.
        const head = (subject.kind === 'name' ? subject.nameWords : subject.titleWords)[0] ?? ''
        this.add(subject, readingOrder(paragraph, subject.start), !isQuantifier(head) && !isEventNoun(head))
        const bound = previous ? titleAfterName(text, previous, subject) : undefined
        if (bound) this.add(bound, readingOrder(paragraph, subject.start))
        skipUntil = subject.end
        previous = subject
      }

      const nickname = NICKNAME_WORDS.has(token.stem) ? readNickname(analysis, index) : undefined
      if (nickname) this.#learnNickname(nickname)
    }

    return undefined
  }

  /**
   * @param nickname
   *   Nickname read from the text.
   * @returns
   *   Nothing.
   */
  #learnNickname(nickname: Nickname): undefined {
    const key = nameKey(nickname.words)
    const known = this.#nicknames.get(key)
    if (nickname.name === '') {
      // Who bears it is not known here: it names nobody unless the article
      // says elsewhere (`''`), and the words before it may lengthen that name.
      if (known === undefined) this.#nicknames.set(key, '')
      push(this.#nicknameRuns, key, nickname.run)
      return undefined
    }

    const name = nameWordsOf(nickname.name).join(' ')
    const other = known ? nameWordsOf(known).join(' ') : ''
    // Two people given one nickname name neither (`''`); the same person
    // named twice keeps the fuller form.
    if (known === undefined || known === '' || other === name || (' ' + name + ' ').includes(' ' + other + ' ')) {
      this.#nicknames.set(key, nickname.name)
    } else if (!(' ' + other + ' ').includes(' ' + name + ' ')) {
      this.#nicknames.set(key, '')
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
   * @param named
   *   Whether the phrase may name a speaker (not a group in the narrative
   *   such as `محامون`): others are only recorded as having appeared.
   * @returns
   *   Nothing.
   */
  add(subject: SubjectPhrase, order: number, named = true): undefined {
    // A bare one-word title (`الرئيس`) teaches nothing.
    if (subject.kind !== 'name' && subject.titleWords.length < 2) return undefined
    let byText = this.#byText.get(subject.kind)
    if (!byText) {
      byText = new Map()
      this.#byText.set(subject.kind, byText)
    }

    let mention = byText.get(subject.text)
    if (!mention) {
      mention = {
        kind: subject.kind,
        name: subject.name,
        text: subject.text,
        nameWords: subject.nameWords,
        titleWords: subject.titleWords.map(stripArticle),
        order,
        person: subject.person,
        gender: subject.gender,
        keyWords: keyWords(subject.nameWords)
      }
      byText.set(subject.text, mention)
      if (named) {
        this.mentions.push(mention)
        for (const word of eachOnce(mention.keyWords)) push(this.#byNameWord, word, mention)
        for (const word of eachOnce(mention.titleWords)) push(this.#byTitleWord, word, mention)
      }
    }

    this.#appearances.push({order, mention})
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
    const written = subject.kind === 'name' ? (subject.name ?? subject.text) : subject.text
    const found = this.#find(subject, order)
    const speaker = found ?? written
    const resolved: ResolvedSpeaker = {speaker, asWritten: speaker === written ? undefined : written}
    if (subject.kind !== 'name' && found === undefined && subject.titleWords.length > 1) resolved.unnamed = true
    // `والد الطالب` → `والد الطالب سامي`: a fuller description still names nobody.
    if (found !== undefined && this.#byText.get('description')?.has(found) === true) resolved.unnamed = true
    // A name two people of the article bear, or a nickname of someone the
    // article does not name clearly.
    const words =
      subject.kind === 'name' ? subject.nameWords : subject.titleWords.length === 1 ? subject.titleWords : []
    const alone = keyWords(words)
    if (
      !found &&
      (this.#fullNames.get(subject.nameWords.join(' ')) === null ||
        this.#nickname(alone) === '' ||
        (alone.length === 1 && this.#sharedFamily(firstItem(alone))))
    ) {
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
   * Whether someone other than `speaker` is named between two places in
   * reading order: a person by name or title that does not resolve to them.
   *
   * @param from
   *   Reading-order place to look after.
   * @param to
   *   Reading-order place to look before.
   * @param speaker
   *   Speaker resolved at `from`.
   * @param gender
   *   Gender shown by the speech word, if any.
   * @returns
   *   Whether another person (of that gender) is named in between.
   */
  othersBetween(from: number, to: number, speaker: string, gender: Gender | undefined): boolean {
    const low = partitionPoint(this.#appearances.length, (index) => itemAt(this.#appearances, index).order <= from)

    for (let index = low; index < this.#appearances.length; index++) {
      const {order, mention} = itemAt(this.#appearances, index)
      if (order >= to) break
      // `وأضافت` after `وقال محافظ العاصمة`: not him.
      if (!mention.person || (gender && mention.gender && mention.gender !== gender)) continue
      const name = mention.kind === 'name' ? (mention.name ?? mention.text) : mention.text
      if (speaker.includes(name) || name.includes(speaker)) continue
      const resolved = this.#find(
        {
          kind: mention.kind,
          text: mention.text,
          start: 0,
          end: 0,
          title: undefined,
          titleWords: mention.titleWords,
          name: mention.name,
          nameWords: mention.nameWords,
          gender: undefined,
          person: true
        },
        order
      )
      // A bare title the article never ties to a name may be the speaker's.
      if (resolved === undefined ? mention.kind === 'name' : resolved !== speaker) return true
    }

    return false
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
    const low = partitionPoint(this.#people.length, (index) => itemAt(this.#people, index).order < order)

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
      const byName = isTitleNoun(firstItem(title))
        ? this.#byFamilyName(firstItem(title), order)
        : this.#byName(subject.titleWords, order)
      if (byName) return byName
    }

    // `الرئيس الأوكراني` → the person named with that title.
    // A title has its words (a phrase without any is a name or a description).
    const candidates = this.#byTitleWord.get(firstItem(title)) ?? []
    const person = personTitled(subject, title, candidates, order)
    if (person) return person
    const best = fullestMention(candidates, title, order)
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
    if (this.#sharedFamily(word)) return undefined
    const found = pick(
      (this.#byNameWord.get(word) ?? []).filter(
        (mention) => mention.nameWords.length >= 2 && stripArticle(lastItem(mention.nameWords)) === word
      ),
      order
    )
    return found?.name
  }

  /**
   * @param word
   *   Folded word, `ال` dropped.
   * @returns
   *   Whether two people the article names in full bear it as their family
   *   name (`الطبيب سامر الخطيب` and `الطبيبة لينا الخطيب`): used alone it
   *   names neither for sure. (`سامر الخطيب` and `سامر فؤاد الخطيب` are one.)
   */
  #sharedFamily(word: string): boolean {
    let given: string | undefined
    for (const mention of this.#byNameWord.get(word) ?? []) {
      const key = mention.keyWords
      if (key.length < 2 || key.at(-1) !== word) continue
      const first = firstItem(key)
      if (given !== undefined && given !== first) return true
      given = first
    }

    return false
  }

  /**
   * @param words
   *   Folded words of a name used near a quote.
   * @param order
   *   Reading-order place of the quote.
   * @returns
   *   The fullest form the article gives for it.
   */
  #byName(words: ReadonlyArray<string>, order: number): string | undefined {
    if (words.length === 0) return undefined
    const key = keyWords(words)
    const nickname = this.#nickname(key)
    if (nickname !== undefined) return nickname === '' ? undefined : nickname
    // A lone word is first read as a family name (`وقال مطر` is `فهد مطر`,
    // not `مطر بن معنية`): a mention that ends with it comes first.
    const single = key.length === 1
    if (single && this.#sharedFamily(firstItem(key))) return undefined
    let best: Mention | undefined
    let bestScore = -1
    // `keyWords` keeps at least one word of a name that has one.
    for (const mention of this.#byNameWord.get(firstItem(key)) ?? []) {
      const mentionKey = mention.keyWords
      if (!containsRun(mentionKey, key)) continue
      const family = single && mentionKey.length >= 2 && mentionKey.at(-1) === key[0] ? 20 : 0
      // Names given with a title are the surest; then the fullest.
      const score = family + (mention.titleWords.length > 0 ? 10 : 0) + Math.min(mentionKey.length, 5)
      if (score > bestScore || (score === bestScore && best && closer(mention.order, best.order, order))) {
        best = mention
        bestScore = score
      }
    }

    const longer = best !== undefined && best.keyWords.length > key.length
    if (best?.name && longer && (!single || bestScore >= 20)) return best.name
    if (isNameUnit(words)) {
      const full = this.fullNameOf(words) ?? (single ? this.#familyAfter(firstItem(words)) : undefined)
      if (full !== undefined) return full
      if (this.#fullNames.get(words.join(' ')) === null) return undefined
      if (!longer && single) {
        const misspelled = this.#byMisspelledFamily(firstItem(key))
        if (misspelled !== undefined) return misspelled
      }
    }

    if (!longer && isGivenAndFamily(words)) {
      const short = this.#byGivenAndFamily(key)
      if (short !== undefined) return short
    }

    // `ووصف دونينغتون المنطاد`: a family name the article gives in full
    // elsewhere, then the verb's object; the name is the first word.
    const lastWord = words.at(-1)
    if (!longer && key.length === 2 && lastWord?.startsWith('ال') === true) {
      const full = this.#byFamilyName(firstItem(key), order)
      if (full !== undefined) return full
    }

    return best?.name
  }

  /**
   * The full name the article gives for a given name used alone, written
   * where the person is introduced (`عاد سامر نوفل، المهندس` before
   * `ويقول سامر`): the given name, one more name word, then a comma and the
   * person's title.
   *
   * @param word
   *   Folded given name used alone.
   * @returns
   *   The full name as written, when the article gives exactly one so.
   */
  #familyAfter(word: string): string | undefined {
    let found: string | undefined
    const places = this.#placesOf(word)
    for (let place = 0; place < places.length; place += 2) {
      const analysis = this.#texts[itemAt(places, place)]
      const index = itemAt(places, place + 1)
      const given = analysis?.tokens[index]
      const family = analysis?.tokens[index + 1]
      const title = analysis?.tokens[index + 2]
      if (!analysis || !given || !family || !title || family.definite || !isGivenName(family)) continue
      if (gapBefore(analysis, index + 1).trim() !== '' || !/^\s*[،,]\s*$/.test(gapBefore(analysis, index + 2))) continue
      const bare = stripArticle(title.folded)
      if (!title.definite || !(isPersonTitle(bare) || isTitleNoun(bare))) continue
      const text = analysis.text.slice(given.start, family.end)
      if (found !== undefined && found !== text) return undefined
      found = text
    }

    return found
  }

  /**
   * A family name used alone that the article wrote once, in the full name,
   * with a letter more (`حابس` after `المهندس محمد حابسن`): a slip of the
   * keyboard, where the short form is written again and again.
   *
   * @param word
   *   Key word of the name used alone.
   * @returns
   *   The full name, when exactly one person is named so.
   */
  #byMisspelledFamily(word: string): string | undefined {
    if (word.length < MIN_MISSPELLED_LENGTH || this.#timesWritten(word) < 2) return undefined
    let found: string | undefined
    for (const mention of this.mentions) {
      const family = mention.keyWords.at(-1)
      if (
        mention.kind !== 'name' ||
        !mention.name ||
        mention.keyWords.length < 2 ||
        family === undefined ||
        family.length !== word.length + 1 ||
        !family.startsWith(word) ||
        this.#timesWritten(lastItem(mention.nameWords)) !== 1
      ) {
        continue
      }

      if (found !== undefined && found !== mention.name) return undefined
      found = mention.name
    }

    return found
  }

  /**
   * @param key
   *   Key words of a name used alone.
   * @returns
   *   The full name it is the nickname of (`''` when two people have it),
   *   if it is one: the whole nickname or its first words (`عظيمة` for
   *   `عظيمة شماريخ`).
   */
  #nickname(key: ReadonlyArray<string>): string | undefined {
    if (this.#nicknames.size === 0) return undefined
    const joined = key.join(' ')
    const exact = this.#nicknames.get(joined)
    if (exact !== undefined) return this.#lengthened(joined, exact)
    let found: string | undefined
    let foundKey = ''
    for (const [nickname, name] of this.#nicknames) {
      if (!nickname.startsWith(joined + ' ')) continue
      if (found !== undefined && found !== name) return ''
      found = name
      foundKey = nickname
    }

    return found === undefined ? undefined : this.#lengthened(foundKey, found)
  }

  /**
   * @param key
   *   Nickname key.
   * @param name
   *   Full name found for it (`''` when none).
   * @returns
   *   The name lengthened by the words after it where the nickname is given
   *   again without showing where the name starts (`محمد دسوقي` given as
   *   `جلس محمد دسوقي محمد، وشهرته «الدسة»` → `محمد دسوقي محمد`).
   */
  #lengthened(key: string, name: string): string {
    if (name === '') return name
    const words = nameWordsOf(name)
    let best = name
    let bestLength = words.length
    for (const run of this.#nicknameRuns.get(key) ?? []) {
      const folded = run.map((word) => word.folded)
      for (let start = 0; start + words.length <= folded.length; start++) {
        const matches = words.every((word, offset) => folded[start + offset] === word)
        if (matches && folded.length - start > bestLength) {
          best = run
            .slice(start)
            .map((word) => word.text)
            .join(' ')
          bestLength = folded.length - start
        }
      }
    }

    return best
  }

  /**
   * A given name and a family name used for a fuller name that has the
   * father's name between them (`بدر السعود` for `بدر صالح السعود`).
   *
   * @param key
   *   Key words of the short form (two).
   * @returns
   *   The fuller name, when the article gives exactly one.
   */
  #byGivenAndFamily(key: ReadonlyArray<string>): string | undefined {
    const [given, family] = key
    let found: string | undefined
    for (const mention of this.#byNameWord.get(family ?? '') ?? []) {
      const mentionKey = mention.keyWords
      if (mentionKey.length < 3 || mentionKey[0] !== given || mentionKey.at(-1) !== family || !mention.name) continue
      if (found !== undefined && found !== mention.name) return undefined
      found = mention.name
    }

    return found
  }

  /**
   * The full name the article gives somewhere for a name used alone
   * (`وقال غراهام` after `السناتور ليندسي غراهام` in the headline or the
   * narrative): the given names written right before it, the same wherever
   * they are written; none when two different ones are found.
   *
   * @param words
   *   Folded words of the name used alone (`غراهام`, `نور الدين`).
   * @returns
   *   Full name as written, if the article gives exactly one.
   */
  fullNameOf(words: ReadonlyArray<string>): string | undefined {
    const key = words.join(' ')
    if (this.#fullNames.has(key)) return this.#fullNames.get(key) ?? undefined
    const search: FullNameSearch = {found: undefined, ambiguous: false, repeated: new Map()}
    // `أبو ردينة` is also written `أبوردينة`: look for both forms.
    const joined = joinParticles(words)
    for (const form of joined.length === words.length ? [words] : [words, joined]) {
      const places = this.#placesOf(form.at(-1) ?? '')
      for (let place = 0; place < places.length; place += 2) {
        this.#fullNameAt(search, form, itemAt(places, place), itemAt(places, place + 1))
      }
    }

    // `رضا نور الدين` written so in two places, neither of which shows the
    // name opening (after a verb, after `أن`): the same words before the
    // name twice are its given names, not two verbs.
    if (!search.found && !search.ambiguous) {
      let best: RepeatedWords | undefined
      for (const entry of search.repeated.values()) {
        if (entry.places.size >= 2 && (!best || entry.words > best.words)) best = entry
      }

      if (best) search.found = {key: '', text: best.text}
    }

    const result = search.ambiguous ? null : search.found?.text
    this.#fullNames.set(key, result)
    return result ?? undefined
  }

  /**
   * Read the given names written before one place of a name used alone
   * (see `fullNameOf`), into the search.
   *
   * @param search
   *   What is found so far.
   * @param form
   *   Folded words of the name.
   * @param text
   *   Index of the text the place is in.
   * @param index
   *   Index of the name's last word there.
   */
  #fullNameAt(search: FullNameSearch, form: ReadonlyArray<string>, text: number, index: number): void {
    const last = form.at(-1) ?? ''
    const analysis = this.#texts[text]
    if (!analysis) return
    const {tokens} = analysis
    const start = index - (form.length - 1)
    if (start < 0 || !form.every((word, offset) => tokens[start + offset]?.folded === word)) return
    // `سامي حداد وفؤاد حداد`: two people of that name.
    if (start >= 2 && tokens[start - 2]?.folded === last && tokens[start - 1]?.folded.startsWith('و') === true) {
      search.ambiguous = true
    }

    const given = givenNamesBefore(analysis, start)
    const first = tokens[start - given]
    const end = tokens[index]
    // Where the text does not show that a name opens (`أنهت رضا نور
    // الدين`): the words before, kept to compare with other places.
    if (given === 0) keepWordsBefore(search.repeated, analysis, text, start, index)
    if (given === 0 || !first || !end) return
    // `أجرت اتصالا بحسن حسني` beside `حسن حسني`: the name opens after the
    // preposition joined to it; the words before it are none of the name.
    const opening = this.#joinedOpening(analysis, start - given, index)
    const words = tokens.slice(opening?.index ?? start - given, index + 1).map((other) => other.folded)
    if (opening) words[0] = opening.word
    const full = keyWords(words).join(' ')
    const written = analysis.text.slice(opening?.start ?? first.start, end.end)
    const found = search.found
    if (found && found.key !== full) {
      // `محمد صالح السعود` and `صالح السعود`: the fuller one.
      if (found.key.endsWith(' ' + full)) return
      if (!full.endsWith(' ' + found.key)) search.ambiguous = true
    }

    search.found = {key: full, text: written}
  }

  /**
   * @param analysis
   *   Text of a name's place.
   * @param from
   *   Index of its first given name there.
   * @param index
   *   Index of its last word.
   * @returns
   *   The last given name that is `ب`, `ل` or `ك` joined to a word written
   *   elsewhere in the article before the same words (`بحسن حسني`, with
   *   `حسن حسني` elsewhere): its index, the word without the preposition,
   *   and where that starts.
   */
  #joinedOpening(
    analysis: AnalysedText,
    from: number,
    index: number
  ): {index: number; word: string; start: number} | undefined {
    const {text, tokens} = analysis
    for (let at = index - 1; at >= from; at--) {
      const token = itemAt(tokens, at)
      if (!/^[بلك]\S{2,}$/.test(token.folded)) continue
      const word = token.folded.slice(1)
      const rest = tokens.slice(at + 1, index + 1).map((other) => other.folded)
      const places = this.#placesOf(word)
      for (let place = 0; place < places.length; place += 2) {
        const other = this.#texts[itemAt(places, place)]?.tokens
        const start = itemAt(places, place + 1)
        if (other && rest.every((folded, offset) => other[start + 1 + offset]?.folded === folded)) {
          let letter = token.start + 1
          // (A mark on the preposition stays with it: `بِحسن`.)
          while (/\p{M}/u.test(text.charAt(letter))) letter++
          return {index: at, word, start: letter}
        }
      }
    }

    return undefined
  }

  /**
   * @param word
   *   Folded word.
   * @returns
   *   Where it is written: index of the text learned from and of the token,
   *   in pairs, flat (all words indexed once, on the first call).
   */
  #placesOf(word: string): ReadonlyArray<number> {
    if (!this.#places) {
      const places = new Map<string, Array<number>>()
      for (const [text, analysis] of this.#texts.entries()) {
        const {tokens} = analysis
        for (let index = 0; index < tokens.length; index++) {
          const folded = itemAt(tokens, index).folded
          const list = places.get(folded)
          if (list) list.push(text, index)
          else places.set(folded, [text, index])
        }
      }

      this.#places = places
    }

    return this.#places.get(word) ?? []
  }

  /**
   * @param word
   *   Folded word.
   * @returns
   *   How many times it is written in the texts learned from.
   */
  #timesWritten(word: string): number {
    return this.#placesOf(word).length / 2
  }
}

/** `بين` (“between”), alone or with a pronoun, folded. */
const BETWEEN = /^بين(?:ه|ها|هم|هما|هن|نا|كم)?$/

/** How many words back the first `بين` of `بين … وبين` is looked for. */
const BETWEEN_REACH = 8

/**
 * @param analysis
 *   Paragraph, analysed.
 * @param index
 *   Index of a word.
 * @returns
 *   Whether it is the second `بين` of `بين A وبين B` (`بينهم وبين حقوق
 *   الإنسان`): the preposition, not the verb `وبيّن` (“and explained”).
 */
function isSecondBetween(analysis: AnalysedText, index: number): boolean {
  const {tokens} = analysis
  const token = itemAt(tokens, index)
  if (token.folded !== 'وبين') return false
  const start = analysis.sentenceStart(token.start)
  for (let at = index - 1; at >= Math.max(0, index - BETWEEN_REACH); at--) {
    const before = itemAt(tokens, at)
    if (before.start < start) return false
    if (BETWEEN.test(before.folded)) return true
  }

  return false
}

/**
 * `المستشار أحمد سلام، المتحدث باسم الوزارة`, `الدكتور علي حسن نائب رئيس
 * الوزراء`: a full name, then a person's title with no name of its own
 * right after it (a comma at most between): the title is that person's, so
 * that the bare title used later (`وأضاف المتحدث باسم الوزارة`) resolves
 * to the name.
 *
 * @param text
 *   Paragraph text.
 * @param name
 *   Phrase read before (a name).
 * @param title
 *   Phrase read right after it.
 * @returns
 *   The name with that title, if the two stand in apposition.
 */
function titleAfterName(text: string, name: SubjectPhrase, title: SubjectPhrase): SubjectPhrase | undefined {
  if (
    name.kind !== 'name' ||
    name.name === undefined ||
    name.nameWords.length < 2 ||
    title.kind !== 'title' ||
    !title.person ||
    title.titleWords.length < 2 ||
    (name.gender !== undefined && title.gender !== undefined && name.gender !== title.gender) ||
    !/^\s*[،,]?\s*$/.test(text.slice(name.end, title.start))
  ) {
    return undefined
  }

  return {
    ...title,
    kind: 'name',
    text: text.slice(name.start, title.end),
    start: name.start,
    name: name.name,
    nameWords: name.nameWords,
    gender: title.gender ?? name.gender
  }
}

/**
 * Whether a name used alone may be the short form of a fuller one: one word
 * that is not a title, or a compound given name of two (`نور الدين`,
 * `أبو ردينة`, `عبد الرحمن`).
 *
 * @param words
 *   Folded words of the name.
 * @returns
 *   Whether to look for its full form.
 */
function isNameUnit(words: ReadonlyArray<string>): boolean {
  if (words.length === 1) return !isTitleNoun(stripArticle(firstItem(words)))
  return words.length === 2 && (isNameParticle(firstItem(words)) || COMPOUND_ENDS.has(itemAt(words, 1)))
}

/** Second words of compound given names (`نور الدين`, `سيف الإسلام`). */
const COMPOUND_ENDS = new Set(['الدين', 'الله', 'الرحمن', 'الاسلام'])

/** Fewest letters of a family name read as a slip for a longer one (see `#byMisspelledFamily`). */
const MIN_MISSPELLED_LENGTH = 4

/** Most given names read before a family name. */
const MAX_GIVEN_NAMES = 3

/**
 * @param subject
 *   Title phrase.
 * @param title
 *   Its title words, article dropped.
 * @param candidates
 *   Mentions with its head among their title words.
 * @param order
 *   Reading-order place.
 * @returns
 *   Name of the person named with that title (`الرئيس الأوكراني`), if one
 *   is clear.
 */
function personTitled(
  subject: SubjectPhrase,
  title: ReadonlyArray<string>,
  candidates: ReadonlyArray<Mention>,
  order: number
): string | undefined {
  const head = firstItem(title)
  // (`المرصد` is not `مدير المرصد رامي …`: an organisation inside a
  // person's title is where they work.)
  const organisation = isOrganisationNoun(head)
  // `مدير المحطة`: a head without the article is in construct with the
  // word after it, which must follow it in the person's title too (not
  // `مدير إدارة الصيانة في المحطة`, someone else's post).
  const construct = title.length > 1 && !firstItem(subject.titleWords).startsWith('ال')
  const governs = (mention: Mention) => {
    const at = mention.titleWords.indexOf(head)
    return at !== -1 && mention.titleWords[at + 1] === title[1]
  }
  const person = pick(
    candidates.filter(
      (mention) =>
        mention.kind === 'name' &&
        !(organisation && mention.titleWords[0] !== title[0]) &&
        !(construct && !governs(mention)) &&
        title.every(
          (word) => mention.titleWords.includes(word) || mention.nameWords.some((part) => stripArticle(part) === word)
        )
    ),
    order
  )
  return person?.name
}

/**
 * `اللجنة`, `سلاح الجو`, `المصدر` → the organisation or source named in
 * full: its fullest mention (news names it in full first).
 *
 * @param candidates
 *   Mentions with the title's head among their title words.
 * @param title
 *   Title words, article dropped.
 * @param order
 *   Reading-order place.
 * @returns
 *   Mention, if any.
 */
function fullestMention(
  candidates: ReadonlyArray<Mention>,
  title: ReadonlyArray<string>,
  order: number
): Mention | undefined {
  // (Named only after the quotation, it is another one: `واعتبرت الصحيفة`
  // before `أما صحيفة هآرتس`.)
  let best: Mention | undefined
  for (const mention of candidates) {
    if (
      mention.order < order &&
      mention.titleWords.length > title.length &&
      title.every((word, index) => mention.titleWords[index] === word) &&
      (!best || mention.titleWords.length > best.titleWords.length)
    ) {
      best = mention
    }
  }

  return best
}

/** What `fullNameOf` has found so far of a name used alone. */
interface FullNameSearch {
  /** Given names and name as written, with their folded key words. */
  found: {key: string; text: string} | undefined
  /** Whether two people may bear the name. */
  ambiguous: boolean
  /** Words written before the name where no name is shown to open, by their key words. */
  repeated: Map<string, RepeatedWords>
}

/** Words written before a name used alone, where the text does not show a name opening. */
interface RepeatedWords {
  /** Places they are written at (`text:index`). */
  places: Set<string>
  /** The words and the name, as written. */
  text: string
  /** How many words. */
  words: number
}

/**
 * Keep the runs of words before a place of a name used alone (`أنهت رضا نور
 * الدين`), to compare with its other places.
 *
 * @param repeated
 *   Runs kept so far, by their key words.
 * @param analysis
 *   Text of the place.
 * @param text
 *   Its index.
 * @param start
 *   Index of the name's first word.
 * @param index
 *   Index of the name's last word.
 */
function keepWordsBefore(
  repeated: Map<string, RepeatedWords>,
  analysis: AnalysedText,
  text: number,
  start: number,
  index: number
): void {
  const {tokens} = analysis
  const end = tokens[index]
  const loose = givenNamesBefore(analysis, start, false)
  for (let count = 1; count <= loose; count++) {
    const run = keyWords(tokens.slice(start - count, index + 1).map((other) => other.folded)).join(' ')
    const seen = repeated.get(run)
    const from = tokens[start - count]
    if (!from || !end) continue
    const place = text + ':' + String(start)
    const written = analysis.text.slice(from.start, end.end)
    if (seen) seen.places.add(place)
    else repeated.set(run, {places: new Set([place]), text: written, words: count})
  }
}

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
 * @param opened
 *   Whether what comes before the name must show that it opens there (else
 *   every word that may be a given name is counted).
 * @returns
 *   Number of given names (0 when none).
 */
function givenNamesBefore(analysis: AnalysedText, index: number, opened = true): number {
  const {text, tokens} = analysis
  let count = 0
  while (count < MAX_GIVEN_NAMES && index - count > 0) {
    const word = itemAt(tokens, index - count - 1)
    const gap = text.slice(word.end, itemAt(tokens, index - count).start)
    if (gap.trim() !== '') break
    if (!(isGivenName(word) || takenByAbd(analysis, index - count - 1))) {
      // `البرتغالي جوزيه مورينيو`, `الجمهوري لندسي غراهام`: a name from
      // another language that looks like a noun with a pronoun or a
      // preposition, right after a nationality or a title.
      if (isForeignGivenName(analysis, index - count - 1)) count++
      break
    }
    count++
    // `التونسي، المهدي مبروك`: a given name with the article opens the
    // name only right after a comma (`الروسي رشيد رحيموف`: an adjective),
    // or follows `عبد`, `أبو` (`عبد الفتاح السيسي`).
    const particle = index - count > 0 && isNameParticle(itemAt(tokens, index - count - 1).folded)
    // (The first word of a compound given name opens the name.)
    if (endsCompound(analysis, index - count)) {
      count++
      break
    }

    if (word.definite && !particle) {
      if (!/[،,]/.test(gapBefore(analysis, index - count)) && !isForeignArticleName(word)) count--
      break
    }
  }

  // `لكن غراهام`, `بن علي`: what opens the run must be a name, and what
  // comes before it must end a phrase (`مليون دولار ستقوم أبل` is no name).
  // (`عبد`, `أبو` open names; `بن` does not.)
  // (`رئيس إقليم كردستان مسعود بارزاني`: what a post governs is no given name.)
  while (
    count > 0 &&
    !(
      (!opened || opensName(analysis, index - count)) &&
      !governedWord(analysis, index - count) &&
      !/^(?:بن|ابن|بنت|ابنه|ال)$/.test(itemAt(tokens, index - count).folded) &&
      !endsCompound(analysis, index - count)
    )
  ) {
    count--
  }
  return count
}

/**
 * `المتحدثة باسم الشرطة الينا موراي`: a given name from another language
 * that opens like the article (`اليسا`, `الينا`), told from an adjective by
 * its bare alif at the end, which no adjective with the article has but a
 * few (`العليا`, `الدنيا`, kept out).
 *
 * @param token
 *   Word with the article, right before a family name.
 * @returns
 *   Whether it is read as a given name.
 */
function isForeignArticleName(token: WordToken): boolean {
  return /^ال.{2,}ا$/.test(token.folded) && !ARTICLE_ADJECTIVES_IN_ALIF.has(token.folded)
}

/** Adjectives with the article that end in a bare alif (folded). */
const ARTICLE_ADJECTIVES_IN_ALIF = new Set(['العليا', 'الدنيا', 'القصيا', 'الوسطا', 'الكبرا', 'الصغرا'])

/**
 * `عبد المالك سلال`, `عبد الأمير`: the word with the article after `عبد`
 * is part of the given name, even one that is also a title (`المالك`).
 *
 * @param analysis
 * @param index
 *   Index of a token.
 * @returns
 *   Whether the word is so.
 */
function takenByAbd(analysis: AnalysedText, index: number): boolean {
  const token = itemAt(analysis.tokens, index)
  return (
    index > 0 &&
    token.definite &&
    itemAt(analysis.tokens, index - 1).folded === 'عبد' &&
    gapBefore(analysis, index).trim() === '' &&
    isNameWord(token.folded, token.value)
  )
}

/**
 * @param analysis
 * @param index
 *   Index of a token.
 * @returns
 *   What is written between the token before it and it.
 */
function gapBefore(analysis: AnalysedText, index: number): string {
  return index > 0
    ? analysis.text.slice(itemAt(analysis.tokens, index - 1).end, itemAt(analysis.tokens, index).start)
    : ''
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
  const before = itemAt(analysis.tokens, index - 1)
  const bare = stripArticle(before.folded)
  // `بالشيخ محمود شعبان`, `للرئيس`: a title with a preposition glued on;
  // `هو محسن الشريف`: the pronoun of a nominal sentence; `رئيس إقليم
  // كردستان مسعود`: after the place an organisation noun governs (not
  // `رئيس وزراء ماليزيا`, where the chain goes on). (Not `الذي يحمل`.)
  return (
    (before.definite && !isStopWord(before.folded)) ||
    (governedWord(analysis, index - 1) && isOrganisationWord(itemAt(analysis.tokens, index - 2))) ||
    isTitleNoun(bare) ||
    isPersonTitle(bare) ||
    (before.prefix !== '' && isPersonTitle(before.stem)) ||
    /^(?:هو|هي)$/.test(before.folded) ||
    readSpeechWord(before.folded) !== undefined ||
    isVerbBefore(before) ||
    (isNounAfterL(before) && !isTitleNoun(before.stem))
  )
}

/**
 * @param analysis
 * @param index
 *   Index of a speech verb.
 * @returns
 *   Whether it comes right after a relative pronoun, with no pronoun of its
 *   own (`الذي يؤكد`, not `الذي أعلنه الوزير`).
 */
function opensRelativeClause(analysis: AnalysedText, index: number): boolean {
  const verb = itemAt(analysis.tokens, index)
  const before = analysis.tokens[index - 1]
  return (
    before !== undefined &&
    isRelativePronoun(before.folded) &&
    verb.suffix === '' &&
    gapBefore(analysis, index).trim() === ''
  )
}

/**
 * @param token
 *   A speech verb.
 * @param word
 *   What it is as a speech word.
 * @returns
 *   Whether it is in the plural (`قالوا`, `يعتبرون`): the ending of its
 *   word, where the lemma has none.
 */
function isPluralVerb(token: WordToken, word: SpeechWord | undefined): boolean {
  const lemma = word?.lemma ?? ''
  return /(?:وا|ون)$/.test(token.folded) && !/(?:وا|ون)$/.test(lemma)
}

/**
 * @param token
 *   A word.
 * @returns
 *   Whether it is an organisation noun, read whole or without a prefix
 *   (`إقليم`, `لمنتخب`).
 */
function isOrganisationWord(token: WordToken): boolean {
  return isOrganisationNoun(token.folded) || (token.prefix !== '' && isOrganisationNoun(token.stem))
}

/**
 * @param token
 *   A word.
 * @returns
 *   Whether it is `ل` and a noun (`لتصريحات خالد طوقان`) or a verb: no given name,
 *   and the name it governs may open after it. A name that opens with `ل`
 *   has a long vowel after it (`ليندسي`, `لوران`) or is a known one (`لطفي`).
 */
function isNounAfterL(token: WordToken): boolean {
  return (
    (/^ل[^اوي]\S{2,}$/.test(token.folded) && !isPrefixLikeName(token.folded)) ||
    // `ليرد حسني`, `لتعد`: `ل` and a verb of two letters after its
    // prefix; a name of that shape has a long vowel (`ليلى`, `لينا`, `ليان`).
    /^ل[يت][^اوي][^اويى]$/.test(token.folded)
  )
}

/**
 * @param token
 *   A word.
 * @returns
 *   Whether it is a verb written before its subject (`كان المطيري`, `كشف
 *   محمد الباز`, `اصطحبنا دان جاكسون`), or a past verb of the pattern of
 *   `التقى`, `التحق`, which looks like a word with the article (`، التزم
 *   حامد الصمت`): no given name, and a name may open after it.
 */
function isVerbBefore(token: WordToken): boolean {
  return /^الت\S\S$/.test(token.folded) || isVerbBeforeSubject(token.suffix === '' ? token.folded : token.stem)
}

/**
 * @param analysis
 * @param index
 *   Index of a token.
 * @returns
 *   Whether the word is governed by a post or an organisation written right
 *   before it without the article (`إقليم كردستان`, `حراس المرمى` after
 *   `مدرب`, `سيارة` after `صندوق`).
 */
function governedWord(analysis: AnalysedText, index: number): boolean {
  if (index === 0) return false
  const before = itemAt(analysis.tokens, index - 1)
  return (
    !before.definite &&
    (before.prefix === '' || /^[وبل]$/.test(before.prefix)) &&
    gapBefore(analysis, index).trim() === '' &&
    // (Read whole first: `وزراء` is no `و` and `زراء`.)
    (headsConstruct(before.folded) || (before.prefix !== '' && headsConstruct(before.stem))) &&
    // (`طالب محمد أنور السادات`: the verb `طالب`, not the noun.)
    !readSpeechWord('و' + before.folded) &&
    isNameWord(itemAt(analysis.tokens, index).folded)
  )
}

/**
 * @param token
 *   Word before a family name.
 * @returns
 *   Whether it can be a given name (or a particle such as `بن`, `أبو`).
 */
function isGivenName(token: WordToken): boolean {
  const folded = token.folded
  // (`فإن`, with its hamza, is the particle, not `فان` as in `فان خال`.)
  if (isNameParticle(folded)) return !(isComplementiser(folded) && /[أإ]/.test(token.value))
  const bare = stripArticle(folded)
  return (
    isNameWord(folded, token.value) &&
    !isNounAfterL(token) &&
    !isVerbBefore(token) &&
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
 * @param analysis
 *   Text.
 * @param index
 *   Index of a given name with the article.
 * @returns
 *   Whether it ends a compound given name (`صلاح الدين` in `صلاح الدين
 *   دمرطاش`, `سيف الإسلام`): a given name without the article right before it.
 */
function endsCompound(analysis: AnalysedText, index: number): boolean {
  const before = analysis.tokens[index - 1]
  return (
    COMPOUND_ENDS.has(itemAt(analysis.tokens, index).folded) &&
    before !== undefined &&
    !before.definite &&
    isGivenName(before) &&
    gapBefore(analysis, index).trim() === ''
  )
}

/**
 * @param analysis
 *   Text.
 * @param index
 *   Index of a word before a family name that is not read as a given name.
 * @returns
 *   Whether it is a given name all the same: a word of three letters or
 *   more without the article or `و`, written right after a nationality or
 *   party adjective or a person's title with the article (`البرتغالي`,
 *   `السناتور`), and read as no name only for its ending (`جوزيه`), its
 *   first letter (`لندسي`) or its first letters (`فالتر`).
 */
function isForeignGivenName(analysis: AnalysedText, index: number): boolean {
  const token = itemAt(analysis.tokens, index)
  const before = analysis.tokens[index - 1]
  const folded = token.folded
  return (
    before !== undefined &&
    before.definite &&
    before.prefix === 'ال' &&
    (/ي$/.test(before.folded) || isPersonTitle(stripArticle(before.folded))) &&
    gapBefore(analysis, index).trim() === '' &&
    !token.definite &&
    // (`لشركة أبل`, `لمنتخب مصر`: a preposition and a noun.)
    (token.prefix === '' || !(isOrganisationWord(token) || isTitleNoun(token.stem) || token.value.endsWith('ة'))) &&
    (token.suffix === '' || /يه$/.test(token.value)) &&
    /^\p{L}{3,}$/u.test(folded) &&
    !folded.startsWith('و') &&
    !isStopWord(folded) &&
    !isComplementiser(folded) &&
    readSpeechWord(folded) === undefined &&
    !isVerbBefore(token) &&
    !isTitleNoun(stripArticle(folded)) &&
    !isPersonTitle(folded) &&
    !isDescriptionHead(folded) &&
    !isQuantifier(folded) &&
    !isEventNoun(folded)
  )
}

/**
 * @param map
 * @param key
 * @param value
 */
function push<Value>(map: Map<string, Array<Value>>, key: string, value: Value): undefined {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
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
 *   Key words of a name.
 * @param needle
 *   Key words of a shorter name.
 * @returns
 *   Whether `needle` appears in `haystack` as consecutive words.
 */
function containsRun(haystack: ReadonlyArray<string>, needle: ReadonlyArray<string>): boolean {
  for (let start = 0; start + needle.length <= haystack.length; start++) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return true
  }

  return false
}

/** Particles written joined to the next word or apart from it (`أبو ردينة`, `أبوردينة`; `عبد الله`, `عبدالله`). */
const JOINING_PARTICLES = new Set(['ابو', 'ابي', 'ابا', 'عبد'])

/**
 * @param words
 *   Folded words of a name.
 * @returns
 *   The words with each joining particle glued to the word after it, so
 *   that both spellings of a name compare equal.
 */
function joinParticles(words: ReadonlyArray<string>): Array<string> {
  const joined: Array<string> = []
  for (let index = 0; index < words.length; index++) {
    const word = itemAt(words, index)
    const next = words[index + 1]
    if (next !== undefined && JOINING_PARTICLES.has(word) && !isNameParticle(next)) {
      joined.push(word + next)
      index++
    } else {
      joined.push(word)
    }
  }

  return joined
}

/**
 * @param words
 *   Words (a name's or a title's: a handful).
 * @returns
 *   Each word once, in order of first appearance (as a set of them would
 *   give, without making one).
 */
function eachOnce(words: ReadonlyArray<string>): Array<string> {
  return words.filter((word, index) => words.indexOf(word) === index)
}

/**
 * @param words
 *   Folded words of a name.
 * @returns
 *   The words compared when names are matched: particles joined, `ال` dropped.
 */
function keyWords(words: ReadonlyArray<string>): Array<string> {
  return joinParticles(words).map((word) => stripArticle(word))
}

/**
 * @param words
 *   Folded words of a name used alone.
 * @returns
 *   Whether it is a given name and a family name (`بدر السعود`), whose
 *   fuller form may hold the father's name between them.
 */
function isGivenAndFamily(words: ReadonlyArray<string>): boolean {
  // (The family name may be a title word too: `سامر الخطيب` for `سامر فؤاد الخطيب`.)
  return (
    joinParticles(words).length === 2 &&
    !isNameUnit(words) &&
    words.every((word) => !isNameParticle(word)) &&
    !isTitleNoun(stripArticle(firstItem(words)))
  )
}

/** Words that give a person's nickname next (`الشهير بـ«…»`, `وشهرته «…»`, `الملقب بـ`). */
const NICKNAME_BEFORE_B = new Set(['شهير', 'مشهور', 'معروف', 'ملقب', 'مكني', 'شهيره', 'مشهوره', 'معروفه', 'ملقبه'])
/** Nouns that, with the pronoun of the person named before, give the nickname (`وشهرته «القص»`). */
const NICKNAME_NOUNS = new Set(['شهرت', 'لقب', 'كنيت'])
/** Stems of every word that may introduce a nickname. */
const NICKNAME_WORDS = new Set([...NICKNAME_BEFORE_B, ...NICKNAME_NOUNS])
/** Most words of a nickname. */
const MAX_NICKNAME_WORDS = 3

/**
 * Read a nickname given to the person named right before token `index`:
 * `محمد دسوقي، وشهرته «الدسة»`, `عبدالعظيم غريب، الشهير بـ«عظيمة شماريخ»`.
 *
 * @param analysis
 *   Paragraph.
 * @param index
 *   Index of the token that may introduce a nickname.
 * @returns
 *   The full name as written and the folded words of the nickname.
 */
function readNickname(analysis: AnalysedText, index: number): Nickname | undefined {
  const {text, tokens} = analysis
  const token = tokens[index]
  if (!token) return undefined
  let from: number
  if (token.definite && NICKNAME_BEFORE_B.has(token.stem)) {
    const next = tokens[index + 1]
    if (next?.folded !== 'ب') return undefined
    from = index + 2
  } else if (NICKNAME_NOUNS.has(token.stem) && /^[وف]?$/.test(token.prefix) && /^(?:ه|ها)$/.test(token.suffix)) {
    from = index + 1
  } else {
    return undefined
  }

  // The person: the name right before, set off by a comma at most.
  const family = index - 1
  const last = tokens[family]
  if (!last || !/^\s*[،,]?\s*$/.test(text.slice(last.end, token.start)) || !isNameWord(last.folded)) return undefined
  const given = givenNamesBefore(analysis, family)
  const first = tokens[family - given]
  // After a comma a clause may open with its verb (`، جلس محمد دسوقي`):
  // where the name starts is not known, only the words it may take (`run`).
  const known = given > 0 && first !== undefined && !/[،,]\s*$/.test(gapBefore(analysis, family - given))
  const listed = known ? undefined : listedName(analysis, family)

  const words: Array<string> = []
  for (let at = from; at < tokens.length && words.length < MAX_NICKNAME_WORDS; at++) {
    const word = tokens[at]
    const previous = tokens[at - 1]
    if (!word || !previous) break
    const gap = text.slice(previous.end, word.start)
    // Quote marks may hold the nickname; other punctuation ends it.
    if (words.length > 0 && !/^\s*$/.test(gap)) break
    if (words.length === 0 && !/^\s*(?:[«"“]|&quot;)?\s*$/.test(gap)) break
    if (!(isNameWord(word.folded, word.value) || word.definite) || readSpeechWord(word.folded)) break
    words.push(word.folded)
  }

  if (words.length === 0) return undefined
  if (known) return {name: text.slice(first.start, last.end), words, run: []}
  if (listed !== undefined) return {name: listed, words, run: []}
  const run: Array<{folded: string; text: string}> = []
  for (let at = family; at >= 0 && run.length <= MAX_GIVEN_NAMES; at--) {
    const word = itemAt(tokens, at)
    if (at < family && (gapBefore(analysis, at + 1).trim() !== '' || !isGivenName(word))) break
    run.unshift({folded: stripArticle(word.folded), text: word.value})
  }

  return {name: '', words, run}
}

/** A nickname read from the text. */
interface Nickname {
  /** Full name as written (`''` when where it starts is not known). */
  name: string
  /** Folded words of the nickname. */
  words: Array<string>
  /** When `name` is not known: the words before the nickname that the name may take, in order. */
  run: Array<{folded: string; text: string}>
}

/**
 * Read a name that is an item of a list, its first word joined to `و`
 * after a comma or colon (`وهم: فلان، ومحمد دسوقي، الشهير بـ«الدسة»`).
 *
 * @param analysis
 *   Paragraph.
 * @param family
 *   Index of the last word of the name.
 * @returns
 *   The name as written without the `و`, if the list shows where it starts.
 */
function listedName(analysis: AnalysedText, family: number): string | undefined {
  const {text, tokens} = analysis
  const last = itemAt(tokens, family)
  for (let at = family - 1; at >= 0 && family - at <= MAX_GIVEN_NAMES; at--) {
    const word = itemAt(tokens, at)
    if (gapBefore(analysis, at + 1).trim() !== '') return undefined
    if (
      word.prefix === 'و' &&
      word.value.startsWith('و') &&
      /[،,:]\s*$/.test(gapBefore(analysis, at)) &&
      isGivenName({...word, folded: word.stem})
    ) {
      return text.slice(word.start + 1, last.end)
    }

    if (!isGivenName(word)) return undefined
  }

  return undefined
}

/**
 * @param name
 *   Name as written.
 * @returns
 *   Its words as compared (folded, particles joined, `ال` dropped).
 */
function nameWordsOf(name: string): Array<string> {
  return keyWords(tokenize(name).map((token) => token.folded))
}

/**
 * @param words
 *   Folded words of a nickname.
 * @returns
 *   Key under which it is kept.
 */
function nameKey(words: ReadonlyArray<string>): string {
  return keyWords(words).join(' ')
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

/**
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param subject
 *   A phrase read there.
 * @returns
 *   A person's title with the name in quote marks right after it
 *   (`المتحدث الرسمي للمؤسسة "فهد العتيبي"`), as one phrase, if so.
 */
function quotedNameAfter(
  text: string,
  tokens: ReadonlyArray<WordToken>,
  subject: SubjectPhrase
): SubjectPhrase | undefined {
  if (subject.kind !== 'title' || !subject.person) return undefined
  // Tokens are in order: the first that starts after the subject, found by halving.
  const index = partitionPoint(tokens.length, (at) => itemAt(tokens, at).start < subject.end)
  const quoted = index === tokens.length ? undefined : readQuotedName(text, tokens, index, text.length)
  if (!quoted || quoted.nameWords.length < 2) return undefined
  return {
    ...quoted,
    text: text.slice(subject.start, quoted.end),
    start: subject.start,
    title: subject.title,
    titleWords: subject.titleWords,
    gender: subject.gender
  }
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
  if (words.length < 2 || words.length > MAX_HASHTAG_WORDS || firstItem(words).startsWith('ال')) return undefined
  for (const [index, word] of words.entries()) {
    if (!(isNameWord(word, values[index]) || isNameParticle(word))) return undefined
  }

  if (isNameParticle(lastItem(words))) return undefined
  return nameSubject(values.join(' '), words, token.start, token.end)
}
