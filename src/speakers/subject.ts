/**
 * Read the subject of a speech verb: a title and a name
 * (`المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا`), a bare name
 * (`بوتين`), a bare title (`الرئيس الأوكراني`), an organisation
 * (`وزارة المواصلات`), or a description of an unnamed source
 * (`مصدر أمني`, `ضابط كبير في الجيش`).
 */

import type {WordToken} from '../text/tokens.js'
import {firstItem, itemAt, lastItem} from '../text/items.js'
import {
  type Gender,
  genderOfTitle,
  isAuxiliaryVerb,
  isComplementiser,
  isDescriptionHead,
  isEventNoun,
  isMannerWord,
  isNameParticle,
  isOccasion,
  isOrganisationNoun,
  isPersonTitle,
  isPostNotFamilyName,
  isPrefixLikeName,
  isPreposition,
  isQuantifier,
  isRankOrDegree,
  isRecipient,
  isSameNoun,
  isStopWord,
  isTitleNoun,
  readSpeechWord
} from './lexicon.js'

/**
 * `برئاسة`, `بقيادة`, `بإشراف`, `برعاية` (“headed by”, “under”), folded: who
 * leads follows; the phrase is no part of the title before it.
 */
const HEADED_BY = /^ب(?:رياس|قياد|اشراف|رعاي)[ةه]$/

/** A spokesperson's title without the article, folded (`متحدث`, `ناطقة`). */
const SPOKESPERSON = /^(?:متحدث|ناطق)[ةه]?$/

/** What a subject phrase is. */
export type SubjectKind = 'name' | 'title' | 'description'

/** A subject phrase read from the text. */
export interface SubjectPhrase {
  /** What it is. */
  kind: SubjectKind
  /** Whole phrase as written. */
  text: string
  /** Index of its first character. */
  start: number
  /** Index after its last character. */
  end: number
  /** Title part as written (before the name), if any. */
  title: string | undefined
  /** Folded words of the title part. */
  titleWords: Array<string>
  /** Name as written, if the phrase has one. */
  name: string | undefined
  /** Folded words of the name. */
  nameWords: Array<string>
  /** Gender shown by the title, if any. */
  gender: Gender | undefined
  /** Whether the title is a person's (`الرئيس`, `المدرب`), not an organisation's. */
  person: boolean
}

/** Settings of {@link readSubject}. */
export interface ReadSubjectOptions {
  /** Extra title words (folded) given in options. */
  readonly titles?: ReadonlySet<string> | undefined
  /** Extra speech verbs (folded) given in options. */
  readonly verbs?: ReadonlySet<string> | undefined
  /** Whether the phrase must start with a title (when reading titles found anywhere). */
  readonly titleFirst?: boolean | undefined
  /**
   * Whether `علي` is the name: the article writes a final ى, so the
   * preposition `على` would be written so (text that never writes ى may
   * spell the preposition `علي`).
   */
  readonly aliIsName?: boolean | undefined
}

/** Prepositions that open a phrase inside a title or description (folded). */
const PHRASE_PREPOSITIONS = new Set(['في', 'من', 'عن', 'علي'])

/**
 * Offices and relatives of someone (`مكتب`, `والد`, `ابن`), and one of a
 * group (`أحد`, `إحدى`), folded: the name after them is whose.
 */
const RELATIONS = new Set([
  'احد',
  'احدي',
  'مكتب',
  'ديوان',
  'والد',
  'والده',
  'ابن',
  'ابنه',
  'نجل',
  'شقيق',
  'شقيقه',
  'زوج',
  'زوجه',
  'اسره',
  'عائله',
  'محامي'
])

/** Comparatives that follow a name as its predicate (`أكثر`, `أقل`, `أشد`), folded. */
const ELATIVES = new Set(['اكثر', 'اقل', 'اشد'])

/**
 * Number words (folded, article dropped): `الحادي عشر`, `العشرين`; what
 * they count or order is no name.
 */
const NUMBER_WORDS = new Set(['عشر', 'عشره', 'عشرين', 'عشرون', 'ميه', 'مايه', 'الف', 'الاف', 'مليون', 'مليار'])

/** `يدعى`, `ويدعى`, `تدعى` (“who is called”), folded. */
const CALLED = /^و?[يت]دعي$/

/** `عدد` (“number”), folded. */
const COUNT = 'عدد'

/** Longest name read, in words. */
const MAX_NAME_WORDS = 6
/** Longest title or description read, in words. */
const MAX_TITLE_WORDS = 16

type Mode = 'start' | 'title' | 'name' | 'description'

/**
 * What a word does to the phrase being read: `next`, the phrase goes on
 * (read the word after it); `stop`, the phrase ends (with what was read);
 * `none`, there is no phrase to give.
 */
type Step = 'next' | 'stop' | 'none'

/** One word of the phrase, with what is read around it. */
interface PhraseWord {
  /** The word. */
  readonly token: WordToken
  /** Its folded form. */
  readonly folded: string
  /** Its folded form without the article. */
  readonly bare: string
  /** The word after it, if any. */
  readonly next: WordToken | undefined
  /** What stands between it and the word before, when that can end the phrase (else empty). */
  readonly gap: string
  /** Whether it is a preposition here (not the name `علي`). */
  readonly preposition: boolean
  /** Whether it is a number written in digits. */
  readonly digits: boolean
}

/**
 * Read the subject phrase that starts at token `from`.
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words (from `tokenize`).
 * @param from
 *   Index in `tokens` of the first word of the phrase.
 * @param limit
 *   Character index the phrase may not reach (a quote mark).
 * @param options
 *   Settings.
 * @returns
 *   The phrase, or `undefined` when there is none (a bare verb).
 */
export function readSubject(
  text: string,
  tokens: ReadonlyArray<WordToken>,
  from: number,
  limit: number,
  options?: Readonly<ReadSubjectOptions>
): SubjectPhrase | undefined {
  const issuer = options?.titleFirst ? undefined : statementIssuer(text, tokens, from, limit, options)
  if (issuer) return issuer
  const relative = relativeSubject(text, tokens, from, limit, options)
  if (relative) return relative
  return new SubjectReading(text, tokens, from, limit, options).read()
}

/**
 * `قال زميله مهاجم الفريق السابق أدريان موتو`, `قالت شقيقته سلمى`: a
 * relative or companion of someone (the pronoun), then who they are.
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param from
 *   Index of the word that may be the relative.
 * @param limit
 *   Character index the phrase may not reach.
 * @param options
 *   Settings.
 * @returns
 *   Who the relative is, if the text says.
 */
function relativeSubject(
  text: string,
  tokens: ReadonlyArray<WordToken>,
  from: number,
  limit: number,
  options: Readonly<ReadSubjectOptions> | undefined
): SubjectPhrase | undefined {
  const relation = tokens[from]
  const named = tokens[from + 1]
  if (
    relation &&
    named &&
    !options?.titleFirst &&
    relation.prefix === '' &&
    hasPossessiveEnding(relation.value) &&
    isRelationNoun(relation.folded) &&
    text.slice(relation.end, named.start).trim() === ''
  ) {
    const appositive = readSubject(text, tokens, from + 1, limit, options)
    // (A title, or a name of two words or more: `قال محاميه لصحيفة` names nobody.)
    if (appositive?.kind === 'name' && (appositive.title !== undefined || appositive.nameWords.length >= 2)) {
      return appositive
    }
  }

  return undefined
}

/**
 * One reading of a subject phrase, word by word: what the phrase is so far
 * (`mode`), the words of its title, name and description, and what the
 * words read so far lead to expect of the next one.
 */
class SubjectReading {
  readonly text: string
  readonly tokens: ReadonlyArray<WordToken>
  readonly from: number
  readonly limit: number
  readonly options: Readonly<ReadSubjectOptions> | undefined
  /** Index in `tokens` of the word being read. */
  index: number
  /** What the phrase is so far. */
  mode: Mode = 'start'
  /** Whether the title's last word takes a genitive (the next word). */
  expectGenitive = false
  /** Whether a phrase (`في …`) was read inside the title or description. */
  inPhrase = false
  /** Whether the words are those of a name in quote marks inside the title. */
  inQuotedName = false
  /** Whether the title's last words are an organisation's own name. */
  orgName = false
  /** Whether the title is a person's. */
  personTitle = false
  /** Whether the description has a word with the article. */
  sawDefinite = false
  /** Whether the name was given with `يدعى` (“who is called”). */
  called = false
  /** Whether the name was read as a run of words after the title (then a title set off after it is its own). */
  nameRun = false
  readonly title: Array<WordToken> = []
  readonly name: Array<WordToken> = []
  readonly description: Array<WordToken> = []

  /**
   * @param text
   *   Paragraph text.
   * @param tokens
   *   Its words.
   * @param from
   *   Index in `tokens` of the first word of the phrase.
   * @param limit
   *   Character index the phrase may not reach.
   * @param options
   *   Settings.
   */
  constructor(
    text: string,
    tokens: ReadonlyArray<WordToken>,
    from: number,
    limit: number,
    options: Readonly<ReadSubjectOptions> | undefined
  ) {
    this.text = text
    this.tokens = tokens
    this.from = from
    this.limit = limit
    this.options = options
    this.index = from
  }

  /**
   * Read the words until the phrase ends, then put it together.
   *
   * @returns
   *   The phrase, if any.
   */
  read(): SubjectPhrase | undefined {
    for (this.index = this.from; this.index < this.tokens.length; this.index++) {
      const step = this.step()
      if (step === 'none') return undefined
      if (step === 'stop') break
    }

    this.restartNameAfterAdjective()
    this.dropLooseEnds()
    this.takeWordBeforeBin()
    this.nameOfGenitive()
    return this.phrase()
  }

  /** Read the word at `index`. */
  step(): Step {
    const token = itemAt(this.tokens, this.index)
    if (token.end > this.limit) return 'stop'
    const gap = this.gapBefore(token)
    if (this.readGap(token, gap)) return 'stop'
    if (this.inQuotedName) {
      this.title.push(token)
      return 'next'
    }

    const word = this.phraseWord(token, gap)
    if (this.readCalled(word)) return 'next'
    if (this.endsBefore(word)) return 'stop'
    switch (this.mode) {
      case 'start':
        return this.readFirstWord(word)
      case 'title':
        return this.readTitleWord(word)
      case 'name':
        return this.readNameWord(word)
      case 'description':
        return this.readDescriptionWord(word)
    }
  }

  /** What stands before `token`, when it can end the phrase. */
  gapBefore(token: WordToken): string {
    const index = this.index
    // What comes before a title read on its own (`، الشيخ محمد`) does not end it.
    // Nor does a comma after a noun (`على لسان، روبرت ماكغوفيرن،`,
    // `البريطاني، سامي نادر`); after a verb or an adverb it does (`وقال،
    // بدلا من ذلك،`, `وهنا، كشف`), and a colon or quote mark always does.
    const previous = index === 0 ? undefined : itemAt(this.tokens, index - 1)
    const before = previous ? this.text.slice(previous.end, token.start) : ''
    const afterNoun = previous !== undefined && (previous.definite || previous.folded === 'لسان')
    return index === this.from && (this.options?.titleFirst || (afterNoun && /^[\s،,]*$/.test(before))) ? '' : before
  }

  /**
   * Read the marks before a word: quote marks of a quoted name, the full
   * stop of an abbreviated title, or a mark that ends the phrase.
   *
   * @returns
   *   Whether the phrase ends before the word.
   */
  readGap(token: WordToken, gap: string): boolean {
    // `صحيفة "فايننشال تايمز"`: a quoted name as the genitive of a title noun.
    if (this.mode === 'title' && this.expectGenitive && !this.inQuotedName && /^\s*(?:["«“„]|&quot;)\s*$/.test(gap)) {
      this.inQuotedName = true
    } else if (this.inQuotedName && /^\s*(?:["»”“]|&quot;)\s*$/.test(gap)) {
      this.inQuotedName = false
      this.expectGenitive = false
    } else if (
      /^\s*\.\s*$/.test(gap) &&
      this.mode === 'title' &&
      this.name.length === 0 &&
      isAbbreviatedTitle(this.tokens[this.index - 1])
    ) {
      // `د. محمد الأحمد`, `م. سامر`: the full stop of an abbreviated title,
      // which takes no genitive: the name follows.
      this.expectGenitive = false
      this.personTitle = true
    } else if (/[،,:;؛.!?؟«»“”„‹›"(){}[\]]|&quot;/.test(gap)) {
      this.readNameSetOff(token, gap)
      return true
    }

    return false
  }

  /**
   * `أحد سكان المدينة ويدعى X`, `رجل يدعى X`: “who is called”, after a
   * title or a description with no name yet: the name follows.
   *
   * @returns
   *   Whether the word was read so.
   */
  readCalled(word: PhraseWord): boolean {
    const {token, next} = word
    if (!CALLED.test(token.folded) || (this.mode !== 'title' && this.mode !== 'description')) return false
    // (The name that follows may look like a word with a preposition and
    // the article glued on: `فاليري`.)
    if (this.name.length > 0 || !next || next.definite || next.end > this.limit) return false
    if (!isNameWord(next.folded, next.value) && !(hasGluedArticle(next.folded) && canStartSubject(next, undefined)))
      return false
    if (this.text.slice(token.end, next.start).trim() !== '') return false
    this.title.push(...this.description.splice(0))
    this.name.push(next)
    this.index++
    this.mode = 'name'
    this.personTitle = true
    this.called = true
    return true
  }

  /** Before a mark that ends the phrase: a name or a person set off after a comma. */
  readNameSetOff(token: WordToken, gap: string): undefined {
    const {text, tokens, index, limit, title, name, description} = this
    // `المتحدث باسم الرئاسة، ياسر علي، إن`: the name in apposition.
    if (this.mode === 'title' && this.personTitle && name.length === 0 && /^\s*[،,]\s*$/.test(gap)) {
      const apposition = readApposition(text, tokens, index, limit)
      if (apposition) name.push(...apposition)
    } else if (
      this.mode === 'description' &&
      /^\s*[،,]\s*$/.test(gap) &&
      description[0] !== undefined &&
      this.isPerson(stripArticle(description[0].folded))
    ) {
      // `مستشار المناطيد التجارية، فيل دونينغتون،`: a person's post, then the person.
      const apposition = readApposition(text, tokens, index, limit)
      if (apposition) {
        title.push(...description.splice(0))
        name.push(...apposition)
        this.personTitle = true
      }
    } else if (this.placeBeforeSetOffName(gap)) {
      // `المتحدث بواسط، فهد العتيبي`: `ب` and the place of the post read
      // as a one-word name, then the person set off by the comma.
      const apposition = readApposition(text, tokens, index, limit)
      if (apposition) {
        title.push(...name.splice(0))
        name.push(...apposition)
      }
    } else if (
      title.length > 0 &&
      !this.nameRun &&
      (this.mode === 'title' || this.mode === 'name') &&
      /^\s*[،,]\s*$/.test(gap) &&
      token.definite &&
      isPersonTitle(stripArticle(token.folded))
    ) {
      // `مدير إدارة مشروع واسط، المهندس بدر الدلامي:`: the person, in
      // apposition with a title of their own; what came before is the post.
      const apposition = readApposition(text, tokens, index, limit)
      if (apposition) {
        title.push(...name.splice(0))
        name.push(...apposition)
      }
    }

    return undefined
  }

  /** Whether the one word read as a name after a person's title is `ب` and a place, before a comma. */
  placeBeforeSetOffName(gap: string): boolean {
    const only = this.name.length === 1 ? firstItem(this.name) : undefined
    return (
      only !== undefined &&
      this.mode === 'name' &&
      this.personTitle &&
      /^\s*[،,]\s*$/.test(gap) &&
      only.prefix === 'ب' &&
      !isPrefixLikeName(only.folded)
    )
  }

  /** The word at `index`, with what is read around it. */
  phraseWord(token: WordToken, gap: string): PhraseWord {
    const folded = token.folded
    // `علي` the name, not `على` the preposition (both fold to `علي`), in an
    // article that writes the preposition with ى.
    // After a person's title (`الوزير علي حسن`) it is the name in any case.
    const preposition =
      isPreposition(folded) &&
      !(
        isAli(token) &&
        (this.options?.aliIsName === true || (this.mode === 'title' && this.personTitle && this.name.length === 0))
      )
    return {
      token,
      folded,
      bare: stripArticle(folded),
      next: this.tokens[this.index + 1],
      gap,
      preposition,
      digits: /^\p{N}+$/u.test(folded)
    }
  }

  /** Whether the phrase ends before a word that no subject has: a stop word, a verb, a mark. */
  endsBefore(word: PhraseWord): boolean {
    const {token, folded, next} = word
    // `وقالت طالبة المدرسة`, `مضيفة الطيران`: a feminine participle in
    // construct with what follows is the noun (“student”), not the
    // circumstance (`قالت طالبة عدم ذكر اسمها`, “asking”).
    const nounInConstruct =
      this.mode === 'start' &&
      token.value.endsWith('ة') &&
      next?.definite === true &&
      this.text.slice(token.end, next.start).trim() === ''
    return (
      isComplementiser(folded) ||
      (isStopWord(folded) && !nounInConstruct) ||
      readSpeechWord(folded, this.options?.verbs) !== undefined ||
      isRecipient(folded) ||
      (!/\p{L}/u.test(folded) && !(word.digits && this.mode === 'title'))
    )
  }

  /** The first word: what opens a title, a name or a description. */
  readFirstWord(word: PhraseWord): Step {
    const {token, folded, bare, next} = word
    if (word.preposition || !canStartSubject(token, next)) return 'stop'
    if (this.options?.titleFirst && (this.possessive(token) || (!this.isTitle(bare) && !isDescriptionHead(bare)))) {
      return 'stop'
    }

    // `عدد من المحللين` (“a number of analysts”): a group described, not a
    // name `عدد` cut before its phrase.
    if (isDescriptionHead(folded) || (folded === COUNT && next?.folded === 'من')) {
      this.mode = 'description'
      this.description.push(token)
    } else if (token.definite || (this.isTitle(folded) && !this.possessive(token) && folded !== 'سيد')) {
      // (`سيد` without the article is a first name; `السيد` is “Mr”.)
      this.mode = 'title'
      this.title.push(token)
      this.expectGenitive = this.takesGenitive(token)
      this.personTitle = this.isPerson(bare)
    } else if (isPluralInConstruct(this.text, token, next)) {
      // `بحسب قدرات التأثير لديه`: a plural noun and its genitive, no name.
      return 'stop'
    } else if (isNameWord(folded, token.value) || isAli(token)) {
      this.mode = 'name'
      this.name.push(token)
    } else {
      return 'stop'
    }

    return 'next'
  }

  /** A word after a title: more of the title, a phrase inside it, or the name. */
  readTitleWord(word: PhraseWord): Step {
    const {token, folded, bare, next, gap} = word
    // A title that runs on past the longest read: where it ends, and
    // whether a name follows, is not known.
    if (this.title.length >= MAX_TITLE_WORDS) {
      if (this.name.length === 0 && gap.trim() === '') return 'none'
      return 'stop'
    }

    if (this.aliAfterRank(word)) {
      this.mode = 'name'
      this.name.push(token)
      return 'next'
    }

    if (this.readNameRunAfterTitle()) return 'next'
    if (word.preposition) return this.readTitlePreposition(word)
    if (this.continuesTitle(word) || this.startsNameAfterTitle(word)) return 'next'
    // `داهم الجيش اللبناني منطقة بحنين`: an organisation noun without the
    // article after a word with it is in construct with nothing before it,
    // so no part of the title (the verb's object). (A second post may
    // follow: `مفتي عام المملكة رئيس هيئة كبار العلماء`.)
    if (this.startsObjectAfterTitle(word)) return 'stop'

    // (`لشركة الحادي عشر`: a number in the title, as digits are.)
    if (token.definite || this.isTitle(folded) || word.digits || NUMBER_WORDS.has(folded)) {
      this.title.push(token)
      this.expectGenitive = this.takesGenitive(token)
      this.personTitle ||= this.isPerson(bare)
      // (An adjective ends an organisation's name: `تيريك جروزني الروسي`.)
      if (token.definite) this.orgName = false
      return 'next'
    }

    if (this.agentBeforeName()) {
      this.mode = 'name'
      this.name.push(token)
      this.personTitle = true
      return 'next'
    }

    if (
      this.personTitle &&
      isNameWord(folded, token.value) &&
      (canStartSubject(token, next) || folded.charAt(1) === 'ا')
    ) {
      // (`وزير الحج بحل مجلس`: a preposition and its noun, no name;
      // `الدكتور باز`: a name.)
      this.mode = 'name'
      this.name.push(token)
      return 'next'
    }

    return 'stop'
  }

  /**
   * `المعارض السوري البارز هيثم المالح قوله`: a noun of the pattern of an
   * agent (`مُفاعِل`, `مُفعِل`: who opposes) with the article, and its
   * adjectives, then a name of two words that ends there: the person so
   * described. (An organisation's name is no agent noun: `المجلس`.)
   *
   * @returns
   *   Whether the word at `index` opens that name.
   */
  agentBeforeName(): boolean {
    const {text, tokens, index, title} = this
    const head = title[0]
    if (this.personTitle || this.name.length > 0 || this.inPhrase || !head) return false
    const bare = stripArticle(head.folded)
    return (
      title.every((word) => word.definite && word.prefix === 'ال') &&
      /^م\S{3,5}$/.test(bare) &&
      !isOrganisationNoun(bare) &&
      !isEventNoun(bare) &&
      isTwoWordName(text, tokens, index, true)
    )
  }

  /**
   * `الدكتور على السلمى`, `اللواء على أبو`: right after a degree or a rank,
   * `على` (folded like the preposition) is the name `علي`; a degree or rank
   * is followed by the name, not by a phrase (unlike `الشيخ على المنبر`).
   */
  aliAfterRank(word: PhraseWord): boolean {
    const last = this.title.at(-1)
    return (
      word.folded === 'علي' &&
      this.name.length === 0 &&
      this.title.length === 1 &&
      last !== undefined &&
      isRankOrDegree(stripArticle(last.folded)) &&
      word.next !== undefined &&
      isNameWord(word.next.folded, word.next.value)
    )
  }

  /** Whether an organisation noun without the article after a title with it starts the verb's object. */
  startsObjectAfterTitle(word: PhraseWord): boolean {
    const {token, folded} = word
    return (
      !token.definite &&
      token.prefix === '' &&
      this.title.length >= 2 &&
      lastItem(this.title).definite &&
      isOrganisationNoun(folded) &&
      !isPersonTitle(folded)
    )
  }

  /** A preposition after a title: a phrase inside the title, or the end of it. */
  readTitlePreposition(word: PhraseWord): Step {
    const {token, folded, next} = word
    // `المسؤول في الرئاسة`, `مدير الاتصالات في سامسونج الخليج`,
    // `اللجنة الوطنية للدفاع عن حرية الرأي`: one phrase inside a title;
    // not `في مؤتمر صحفي`, `في بيان`.
    // (`حذر الوزير من الضغط`, `في عناوينها`: what the verb is about.)
    // `مدير التشغيل في معمل الغاز في واسط، بدر السعود،`: the place of
    // the post, then the person set off by commas (also after a phrase).
    // (`مبعوث الأمم المتحدة إلى اليمن، جمال بن عمر،`: an envoy's post.)
    const place = this.personTitle && this.name.length === 0 && ['في', 'فى', 'الي'].includes(folded)
    const placeWords = place ? placeBeforeComma(this.text, this.tokens, this.index + 1, this.limit) : []
    if (placeWords.length > 0) {
      this.title.push(token, ...placeWords)
      this.index += placeWords.length
      this.expectGenitive = false
      this.inPhrase = true
      return 'next'
    }

    if (this.inPhrase || !['في', 'فى', 'عن', 'على'].includes(folded)) return 'stop'
    // `عن` belongs to a title after what takes it (`للدفاع عن`,
    // `المسؤول عن`), not after a name (`مدير مشروع واسط عن الهدف`).
    if (folded === 'عن' && !takesAn(this.title.at(-1))) return 'stop'
    if (!next || isOccasion(stripArticle(next.folded)) || isStopWord(next.folded) || next.suffix !== '') return 'stop'
    if (this.text.slice(token.end, next.start).trim() !== '') return 'stop'
    return this.readPhraseInTitle(token, next)
  }

  /** The preposition `token` of a phrase inside a title, and the noun `next` after it. */
  readPhraseInTitle(token: WordToken, next: WordToken): Step {
    const {text, tokens, index} = this
    const folded = token.folded
    const after = tokens[index + 2]
    // `سفيرة الفيليبين في عمان أوليفيا بالال`: a post held in a city,
    // then the person's name; `في مجال صناعة الأغذية`: a field of
    // work, a noun in construct with a feminine noun and its genitive.
    const inWord =
      this.personTitle &&
      this.name.length === 0 &&
      (folded === 'في' || folded === 'فى') &&
      !next.definite &&
      isNameWord(next.folded, next.value) &&
      after !== undefined &&
      !after.definite &&
      isNameWord(after.folded, after.value) &&
      canStartSubject(after, tokens[index + 3]) &&
      text.slice(next.end, after.start).trim() === ''
    const field = inWord && isFeminineInConstruct(text, after, tokens[index + 3])
    const postIn = inWord && !field
    if (!(next.definite || after?.definite === true || postIn || field)) return 'stop'
    this.title.push(token)
    if (postIn || field) {
      this.title.push(next)
      this.index++
      this.expectGenitive = field
    } else {
      this.expectGenitive = true
    }

    this.inPhrase = true
    return 'next'
  }

  /**
   * A word that carries the title on: more of an organisation's name, a
   * second genitive, a genitive, a phrase glued to the title.
   *
   * @returns
   *   Whether the word was read so.
   */
  continuesTitle(word: PhraseWord): boolean {
    const {token, folded, next} = word
    if (
      this.orgName &&
      !token.definite &&
      isNameWord(folded, token.value) &&
      !this.isTitle(folded) &&
      !isVerbLike(token)
    ) {
      // `منظمة هيومن رايتس ووتش`, `صحيفة يديعوت أحرونوت`: a name of
      // several words (not `شركة أبل تطلق`: a verb follows the name).
      this.title.push(token)
      return true
    }

    if (
      this.personTitle &&
      this.title.length >= 2 &&
      token.prefix === 'و' &&
      !token.definite &&
      this.isTitle(token.stem) &&
      next?.definite === true &&
      this.text.slice(token.end, next.start).trim() === ''
    ) {
      // `المبعوث الخاص للأمم المتحدة وجامعة الدول العربية`: a second
      // genitive joined by `و` in a person's post, not a name that starts
      // with it. (Between organisations, `و` joins two of them: `شركة
      // أوراسكوم ووزارة المالية`.)
      this.title.push(token)
      this.expectGenitive = true
      return true
    }

    if (isSameNoun(folded)) {
      // `الطالبة ذات العشرين عاما`: a description of the title's holder.
      this.title.push(token)
      this.expectGenitive = true
      return true
    }

    const glue = this.gluesToTitle(word)
    if (this.expectGenitive) {
      this.readGenitive(word, glue)
    } else if (glue) {
      this.title.push(token)
      this.expectGenitive = true
    } else if (/^(?:بال|لل|وال)/.test(folded)) {
      // `بالوكالة`, `للانتخابات`, `والشباب`.
      this.title.push(token)
    } else {
      return false
    }

    return true
  }

  /**
   * @returns
   *   Whether the title so far ends in a spokesperson (`المتحدث`,
   *   `الناطقة`): `باسم` after it is “on behalf of” (`المتحدث باسم خفر
   *   السواحل`), never the given name.
   */
  speaksFor(): boolean {
    const last = this.title.at(-1)
    return last !== undefined && SPOKESPERSON.test(stripArticle(last.folded))
  }

  /** Whether a word opens a phrase inside the title, glued to it by a preposition. */
  gluesToTitle(word: PhraseWord): boolean {
    const {folded, next} = word
    // `باسم وزارة`, `لحلف شمال`, `بالوكالة`, `لكرة القدم`: a phrase inside the title.
    return (
      (folded === 'باسم' && next !== undefined && (next.definite || this.isTitle(next.folded) || this.speaksFor())) ||
      // `لمرافق معالجة الغاز`: a preposition and a noun in construct.
      (/^[بل]م\S{3,}$/.test(folded) &&
        !isPrefixLikeName(folded) &&
        next !== undefined &&
        !next.definite &&
        this.tokens[this.index + 2]?.definite === true &&
        this.text.slice(word.token.end, next.start).trim() === '') ||
      (/^[بل]/.test(folded) && this.isTitle(folded.slice(1)) && !HEADED_BY.test(folded)) ||
      (/^[بل]/.test(folded) &&
        folded.length > 3 &&
        !folded.startsWith('بال') &&
        !folded.startsWith('لل') &&
        next?.definite === true &&
        !(this.personTitle && isPrefixLikeName(folded)))
    )
  }

  /** The genitive of the title's last word (`glue`: whether it opens a phrase of its own). */
  readGenitive(word: PhraseWord, glue: boolean): undefined {
    const {token, folded, bare} = word
    const title = this.title
    title.push(token)
    this.expectGenitive = this.takesGenitive(token) || glue
    this.personTitle ||= this.isPerson(bare)
    // An organisation's own name, not a genitive noun (`وزارة الخارجية`),
    // also inside a person's title (`مدرب فريق تيريك جروزني`).
    // (Inside a person's title only when an adjective closes it: else
    // the words after it are the person's name, `حاكم منطقة سوروتش عبدالله جيفتشي`.)
    const owner = title.at(-2)
    this.orgName =
      owner !== undefined &&
      isOrganisationNoun(stripArticle(owner.folded)) &&
      (title.length === 2 || nameRunEndsDefinite(this.text, this.tokens, this.index)) &&
      !token.definite &&
      !this.isTitle(folded) &&
      isNameWord(folded, token.value)
    return undefined
  }

  /**
   * `وزير النقل ليو تيونغ لاي في بيان`, `المدرب فالتر زينغا،`: after a
   * person's title that ends with the article, two to four words without
   * it that no common word breaks, running up to a comma, the quotation,
   * the complementiser, a preposition or a speech word, are the name in
   * apposition, though a word may look like a preposition and a noun
   * (`ليو`) or `ف` and the article (`فالتر`): a title's own words,
   * adjectives and genitives have the article or end otherwise.
   *
   * @returns
   *   Whether the run was read as the name (`index` is then its last word).
   */
  readNameRunAfterTitle(): boolean {
    if (!this.personTitle || this.name.length > 0 || !lastItem(this.title).definite) return false
    const end = nameRunEnd(this.text, this.tokens, this.index, this.limit)
    if (end === undefined) return false
    this.mode = 'name'
    this.name.push(...this.tokens.slice(this.index, end + 1))
    this.index = end
    this.nameRun = true
    return true
  }

  /**
   * A word after a title that is the name in apposition with it, though it
   * could read as more of the title.
   *
   * @returns
   *   Whether the word was read so.
   */
  startsNameAfterTitle(word: PhraseWord): boolean {
    const {token, folded, next} = word
    const {text, tokens, index, title} = this
    if (
      this.personTitle &&
      !token.definite &&
      this.isTitle(folded) &&
      lastItem(title).definite &&
      isNameWord(folded, token.value) &&
      next?.definite === true &&
      !this.isTitle(stripArticle(next.folded)) &&
      text.slice(token.end, next.start).trim() === ''
    ) {
      // `الإعلامي سلطان القحطاني`: after a title with the article, a
      // word without it is neither its adjective nor its genitive but the
      // name in apposition, even a word that is also a title (`سلطان`).
      this.mode = 'name'
      this.name.push(token)
    } else if (title.length === 1 && lastItem(title).definite && isTwoWordName(text, tokens, index)) {
      // `الفريق ضاحي خلفان، رئيس شرطة دبي`: a one-word title with the
      // article (here a rank) and a name of two words set off after it.
      this.mode = 'name'
      this.name.push(token)
      this.personTitle = true
    } else if (
      this.personTitle &&
      this.name.length === 0 &&
      this.inPhrase &&
      isDefiniteNameAfterPlace(text, tokens, index)
    ) {
      // `المبعوث الخاص … فى سوريا الأخضر الإبراهيمى "…`: after the place
      // of the post, two words with the article that end the phrase are
      // the name.
      this.mode = 'name'
      this.name.push(token)
    } else {
      return false
    }

    return true
  }

  /** A word after a name: more of the name, or what follows it. */
  readNameWord(word: PhraseWord): Step {
    const {token, folded, bare} = word
    const name = this.name
    if (name.length >= MAX_NAME_WORDS) return 'stop'
    // `عبدالله بن مساعد باسم شباب الوطن`: “on behalf of”, after a name.
    if (folded === 'باسم' && name.length >= 2) return 'stop'
    if (isNameParticle(folded) || isAli(token) || this.takenByParticle(word)) {
      name.push(token)
      return 'next'
    }

    if (this.phraseAfterName(word) || isFrontOf(token.value)) return 'stop'
    // `أبو ردينة بدء عملية`: the event, not the name.
    if (isEventNoun(folded) || this.verbAfterName(word) || this.postAfterName(word)) return 'stop'
    // `المحلل عصام المرزوق أكثر تشاؤما`: a comparative, a number
    // (`الحادي عشر`) or `كان` and its sisters (`هنري الثامن كانت`) is no
    // part of a name.
    if (ELATIVES.has(folded) || NUMBER_WORDS.has(bare) || isAuxiliaryVerb(folded)) return 'stop'
    if (this.familyNameLikeTitle(word)) {
      name.push(token)
      return 'stop'
    }

    if (this.isTitle(bare) || isDescriptionHead(bare) || word.preposition || hasGluedArticle(folded)) return 'stop'
    if (this.objectAfterName(word) || this.describedAfterName(word)) return 'stop'
    if (token.definite) {
      // A family name (`خالد البوسعيدي`), not an apposition.
      name.push(token)
      return 'next'
    }

    if (this.constructAfterName(word)) return 'stop'
    if (isNameWord(folded, token.value) && name.length < MAX_NAME_WORDS - 1) {
      name.push(token)
      return 'next'
    }

    return 'stop'
  }

  /**
   * `عبدالعزيز بن عبدالله آل الشيخ`, `أبو المجد`: what a particle takes is
   * a name, even a word that is also a title.
   */
  takenByParticle(word: PhraseWord): boolean {
    const {token, folded} = word
    return (
      /^(?:ال|ابو|بن|ابن|بنت)$/.test(lastItem(this.name).folded) &&
      (isNameWord(folded, token.value) || token.definite) &&
      !isStopWord(folded)
    )
  }

  /**
   * `فادي سعد لموسمين`, `حابس لحل مشكلة`, `السيسي بمشاركة الوفد`: a phrase
   * after a name.
   */
  phraseAfterName(word: PhraseWord): boolean {
    const {token, folded, next} = word
    const {text, name} = this
    return (
      !(name.length >= 2 && this.familyNameWithL(word)) &&
      ((name.length >= 2 && folded.startsWith('ل')) ||
        // `هيتو لأعضاء الائتلاف`: `ل` and a noun in construct after a
        // one-word name too (not `فيليب لاليو`, `جورج ليتل`: names).
        (/^ل\S{3,}$/.test(folded) &&
          !isPrefixLikeName(folded) &&
          !isNameParticle(lastItem(name).folded) &&
          next?.definite === true &&
          text.slice(token.end, next.start).trim() === '') ||
        // `وأوضح صلاح لمحطة تليفزيون روما`: `ل` and a noun in construct
        // with a name, the one spoken to (a name opens with ل and a long
        // vowel: `جورج ليتل`).
        (/^ل[^اوي]\S{2,}$/.test(folded) &&
          !isPrefixLikeName(folded) &&
          next !== undefined &&
          !next.definite &&
          isNameWord(next.folded, next.value) &&
          !isTitleNoun(next.folded) &&
          !readSpeechWord(next.folded) &&
          text.slice(token.end, next.start).trim() === '') ||
        // (Not across a comma: `سامر بلقاسم، الناطق`, a family name.)
        (folded.startsWith('ب') &&
          folded.length >= 6 &&
          next?.definite === true &&
          text.slice(token.end, next.start).trim() === '') ||
        // `حسن سليم بجهود المتطوعين`: a preposition and a noun in construct.
        (name.length >= 2 &&
          folded.startsWith('ب') &&
          folded.length >= 4 &&
          !isPrefixLikeName(folded) &&
          next?.definite === true &&
          text.slice(token.end, next.start).trim() === '') ||
        (/^[بل]/.test(folded) && isEventNoun(folded.slice(1)))) &&
      !isNameParticle(lastItem(name).folded)
    )
  }

  /**
   * `جان-ايف لودريان إن`, `سيرجي لافروف،`: a family name that opens with
   * `ل` and a long vowel, with no genitive after it (not `لوسائل الإعلام`).
   */
  familyNameWithL(word: PhraseWord): boolean {
    const {token, next} = word
    // (As written: `لأعضاء`, with its hamza, is `ل` and a noun.)
    if (!/^ل[اوي]\S{3,}$/.test(token.value)) return false
    // (`لودريان الثلاثاء`: a time word is no genitive.)
    return (
      next === undefined ||
      this.text.slice(token.end, next.start).trim() !== '' ||
      !next.definite ||
      isStopWord(next.folded)
    )
  }

  /** `هشام قنديل يناقش الميزانية`: a verb and its object after a full name. */
  verbAfterName(word: PhraseWord): boolean {
    const {token, folded, next} = word
    const name = this.name
    return (
      name.length >= 2 &&
      /^[يتن]/.test(folded) &&
      folded.length >= 4 &&
      !isNameParticle(lastItem(name).folded) &&
      next !== undefined &&
      this.text.slice(token.end, next.start).trim() === '' &&
      (next.definite || isPreposition(next.folded) || /^(?:لل|بال)/.test(next.folded))
    )
  }

  /** Whether a title word after a name is its last word, a family name (it ends the phrase). */
  familyNameLikeTitle(word: PhraseWord): boolean {
    const {token, folded, bare, next} = word
    // `سلمى الخطيب`: a family name that is also a title word (not
    // `سمير نصار المتحدث باسم الوزارة`, nor `نور الدين الرئيس مرسي`:
    // a title and the name of someone else, the object).
    if (token.definite && this.isTitle(bare)) {
      return !(
        next &&
        this.text.slice(token.end, next.start).trim() === '' &&
        !isRecipient(next.folded) &&
        (next.definite ||
          next.folded === 'باسم' ||
          (/^[بل]/.test(next.folded) && this.isTitle(next.folded.slice(1))) ||
          (isPersonTitle(bare) && isNameWord(next.folded, next.value) && !this.isTitle(next.folded)))
      )
    }

    // `حاتم بن حسن قاضي لصحيفة`: a family name that is also a title
    // word; a title would take a genitive (`محمد علي رئيس الوزراء`).
    return (
      !token.definite &&
      this.name.length >= 2 &&
      this.isTitle(folded) &&
      !isDescriptionHead(folded) &&
      !opensGenitive(this.text, token, next)
    )
  }

  /** Whether a word with the article after a full name is the verb's object. */
  objectAfterName(word: PhraseWord): boolean {
    const {token, bare, next} = word
    const name = this.name
    if (!token.definite || name.length < 2) return false
    // (`اعتبر بنيامين نتنياهو الاتفاق تنازلا`: the object, then a word
    // in the accusative.)
    // `عبد الكريم فاضل المعرض الزراعي`: a noun and its adjective, the
    // verb's object, after a full name.
    // `بحث سامح شكري الموضوعات`: a plural noun, the verb's object,
    // after a full name (family names so long are not plurals:
    // `السادات`, `الزيات`).
    return (
      ((next?.definite === true || (next?.value.includes(TANWEEN_FATH) === true && !readSpeechWord(next.folded))) &&
        !isNameParticle(lastItem(name).folded) &&
        this.text.slice(token.end, next.start).trim() === '') ||
      /^\S{4,}ات$/.test(bare)
    )
  }

  /**
   * `ووصف شتاينماير الأكراد بأنهم`: a word with the article, then `بأن`: the
   * verb's object and what it is called. `المفوضة ماريان تايسن المكلفة
   * بملف`: a feminine participle with the article and its phrase, the
   * person's post (family names are not feminine participles).
   */
  describedAfterName(word: PhraseWord): boolean {
    const {token, bare, next} = word
    if (!token.definite || !next || this.text.slice(token.end, next.start).trim() !== '') return false
    if (/^[بل]ان/.test(next.folded) && isComplementiser(next.folded)) return true
    return this.name.length >= 2 && /^م\S{3,}ه$/.test(bare) && /^[بل](?!ال)/.test(next.folded)
  }

  /**
   * `كاثرين ستوكليف صاحبة متجر`, `تافي رويفاس رئيس وزراء استونيا`: a post
   * no family name is written like, in construct with the next word, after
   * a full name: the person's post, not more of the name.
   */
  postAfterName(word: PhraseWord): boolean {
    const {token, folded, next} = word
    return (
      this.name.length >= 2 &&
      !token.definite &&
      isPostNotFamilyName(folded) &&
      next !== undefined &&
      this.text.slice(token.end, next.start).trim() === '' &&
      isNameWord(next.folded, next.value)
    )
  }

  /**
   * `وليد شريف تفاصيل مشروع`: a noun in construct after a full name (not
   * `يحيى زكريا عثمان نجم،`: a family name that is also a noun ends the
   * phrase, with no genitive after it).
   */
  constructAfterName(word: PhraseWord): boolean {
    const {token, next} = word
    const name = this.name
    return (
      name.length >= 2 &&
      !isNameParticle(lastItem(name).folded) &&
      next !== undefined &&
      !next.definite &&
      this.isTitle(next.folded) &&
      this.text.slice(token.end, next.start).trim() === '' &&
      takesGenitiveAfter(this.text, this.tokens, this.index + 1)
    )
  }

  /**
   * Description of an unnamed source: adjectives, a genitive, one phrase
   * (`ضابط كبير في الجيش الكاميروني`, `أحد العاملين في وزارة الأوقاف`).
   * After a genitive, a name may follow a person's description
   * (`عضو الاتحاد السعودي لكرة السلة عبدالرحمن المسعد`).
   */
  readDescriptionWord(word: PhraseWord): Step {
    const {token, folded, next} = word
    const description = this.description
    if (description.length >= MAX_TITLE_WORDS) return 'stop'
    // `مسؤول فرنسي كبير طلب عدم الكشف عن اسمه`: the verb before `عدم`.
    if (next?.folded === NOT && !token.definite) return 'stop'
    if (word.preposition) return this.readDescriptionPreposition(word)
    if (/^(?:بال|لل|وال)/.test(folded)) {
      // `… عن محافظة الأنبار والقيادي في تحالف القوى`: a second post, with
      // a phrase of its own.
      if (this.inPhrase && token.prefix === 'وال' && isPersonTitle(token.stem)) this.inPhrase = false
      description.push(token)
      this.sawDefinite = true
      return 'next'
    }

    if (token.definite || this.isTitle(folded) || (/^[بل]/.test(folded) && next?.definite === true)) {
      description.push(token)
      this.sawDefinite ||= token.definite
      return 'next'
    }

    return isNameWord(folded, token.value) ? this.readNameInDescription(token) : 'stop'
  }

  /** A preposition in a description: the one phrase it may have, or a name that closes it. */
  readDescriptionPreposition(word: PhraseWord): Step {
    const {token, folded, next} = word
    const description = this.description
    // `عضو البرلمان عن محافظة الأنبار`: the seat a member holds.
    const seat = folded === 'عن' && isRepresentative(firstItem(description).folded)
    if (this.inPhrase || !(['في', 'فى', 'من'].includes(folded) || seat)) return 'stop'
    // `مصدر مقرب من "كارديشيان"`, `مسؤول في حماس`: a name closes the
    // description. (Not a place after `من`, `مصدر مطلع من ريف حلب`:
    // where the source is, which tells it from no other.)
    const named = nameAfter(this.text, this.tokens, this.index + 1, this.limit, folded !== 'من')
    if (named.length > 0 && description.length > 0) {
      description.push(token, ...named)
      return 'stop'
    }

    if (!next || !(next.definite || this.isTitle(next.folded)) || isOccasion(stripArticle(next.folded))) return 'stop'
    this.inPhrase = true
    description.push(token)
    return 'next'
  }

  /** A name word in a description: the person's name after their post, or one more adjective. */
  readNameInDescription(token: WordToken): Step {
    const folded = token.folded
    const description = this.description
    if (
      (this.sawDefinite || endsWithOwnedName(description)) &&
      this.isPerson(stripArticle(firstItem(description).folded))
    ) {
      this.mode = 'name'
      this.title.push(...description.splice(0))
      this.name.push(token)
      this.personTitle = true
      return 'next'
    }

    if (
      this.sawDefinite ||
      this.inPhrase ||
      /^[بل]/.test(folded) ||
      !(description.length >= 2 && isClearAdjective(lastItem(description).folded)) ||
      isAdjectiveLike(folded)
    ) {
      if (/^م(?:ست|ن|ت)?\S{3,}ا$/.test(folded)) return 'stop'
      description.push(token)
      return 'next'
    }

    // `مسؤول باكستاني رفض الكشف`, `سلفي مخاطبا`: a verb or a
    // circumstance after the description, not one of its adjectives.
    return 'stop'
  }

  /**
   * `مدرب فريق ريال مدريد الأسباني رافائيل بينيت`: after an adjective with
   * the article inside the run, the person's name starts again.
   */
  restartNameAfterAdjective(): undefined {
    const {title, name} = this
    for (let index = name.length - 3; index > 0; index--) {
      const word = itemAt(name, index)
      const following = itemAt(name, index + 1)
      if (
        word.definite &&
        !following.definite &&
        !isNameParticle(following.folded) &&
        !isNameParticle(itemAt(name, index - 1).folded)
      ) {
        title.push(...name.splice(0, index + 1))
        break
      }
    }

    return undefined
  }

  /** Drop the words a phrase read up to a stop may end with, that belong to none. */
  dropLooseEnds(): undefined {
    const name = this.name
    // Drop trailing name particles (`بن` before a stop).
    while (name.length > 0 && isNameParticle(lastItem(name).folded)) name.pop()
    // `مصدر مقرب من "الهيئة"` read up to a mark: no preposition ends a phrase.
    for (const words of [this.title, this.description]) {
      while (words.length > 1 && PHRASE_PREPOSITIONS.has(lastItem(words).folded)) words.pop()
    }

    return undefined
  }

  /**
   * `المدرب الحبيب بن رمضان`: a name that starts with `بن` takes the word
   * before it, read as an adjective of the title.
   */
  takeWordBeforeBin(): undefined {
    const {title, name} = this
    const lastTitle = title.at(-1)
    // (`عبد` and `أبو` open names: `الرئيس المصري عبد الفتاح السيسي`.)
    // (Not across a mark, nor a word with a preposition glued on:
    // `المخصص للتسوق، بن هويس` names بن هويس.)
    if (
      name.length > 0 &&
      /^(?:بن|ابن|بنت|ابنه)$/.test(firstItem(name).folded) &&
      lastTitle &&
      !this.isTitle(stripArticle(lastTitle.folded)) &&
      this.text.slice(lastTitle.end, firstItem(name).start).trim() === '' &&
      !/^(?:بال|لل|كال)/.test(lastTitle.folded)
    ) {
      title.pop()
      name.unshift(lastTitle)
    }

    return undefined
  }

  /**
   * `والد الشهيد X`, `مكتب الرئيس X`, `أحد مستشاري الرئيس X`: after an
   * office, a relative or one of a group in construct, the name is the
   * genitive's (whose father, whose office, whose advisers), not the
   * speaker's: the whole phrase describes the speaker. (Not after
   * a comma: `محامي لاغارد، X` names the lawyer; not without a genitive
   * with the article: `ابن تيمية` is a name.)
   */
  nameOfGenitive(): undefined {
    const {text, title, name, description} = this
    const head = title[0]
    if (!head || name.length === 0 || this.called || !RELATIONS.has(head.folded) || !lastItem(title).definite)
      return undefined
    if (/[،,]/.test(text.slice(lastItem(title).end, firstItem(name).start))) return undefined
    description.push(...title.splice(0), ...name.splice(0))
    return undefined
  }

  /** The phrase the words read make, if any. */
  phrase(): SubjectPhrase | undefined {
    const {text, title, name, description} = this
    const words = [...title, ...name, ...description]
    if (words.length === 0) return undefined
    const first = firstItem(words)
    const last = lastItem(words)
    const titleText = title.length > 0 ? text.slice(firstItem(title).start, lastItem(title).end) : undefined
    const nameText = name.length > 0 ? text.slice(firstItem(name).start, lastItem(name).end) : undefined
    const head = (title[0] ?? description[0])?.folded
    return {
      kind: name.length > 0 ? 'name' : description.length > 0 ? 'description' : 'title',
      text: withoutMarks(text.slice(first.start, last.end)),
      start: first.start,
      end: last.end,
      title: titleText === undefined ? undefined : withoutMarks(titleText),
      titleWords: (title.length > 0 ? title : description).map((token) => token.folded),
      name: nameText,
      nameWords: name.map((token) => token.folded),
      gender: head ? genderOfTitle(head) : undefined,
      person: name.length > 0 || this.personTitle
    }
  }

  /** Whether a word is a title given in options. */
  extraTitle(folded: string): boolean {
    return this.options?.titles?.has(folded) === true
  }

  /** Whether a word is a title noun (of the lexicon or the options). */
  isTitle(folded: string): boolean {
    return isTitleNoun(folded) || this.extraTitle(folded)
  }

  /**
   * `مدربه` (“his coach”) folds like `مدربة` (“coach”, feminine): a word
   * written with a final ـه is a noun with a possessive, not a title.
   */
  possessive(token: WordToken): boolean {
    return hasPossessiveEnding(token.value)
  }

  /** Whether a word is a person's title (of the lexicon or the options). */
  isPerson(folded: string): boolean {
    return isPersonTitle(folded) || this.extraTitle(folded)
  }

  /**
   * An indefinite title noun is in construct with what follows
   * (`رئيس الوزراء`, `وزارة الخارجية`); a definite one is not (`الشيخ خالد`).
   */
  takesGenitive(token: WordToken): boolean {
    return !token.definite && this.isTitle(token.folded)
  }
}

/** `بيان` (“statement”), folded. */
const STATEMENT = 'بيان'

/**
 * Read who a statement is of (`وقال بيان لمكتب رئيس البرلمان إن`,
 * `وذكر بيان لوزارة الخارجية أن`): `ل` and an organisation in construct
 * after `بيان`; its words are the organisation's.
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param from
 *   Index of the word that may be `بيان`.
 * @param limit
 *   Character index the phrase may not reach.
 * @param options
 *   Settings.
 * @returns
 *   The organisation (without the `ل`), if so.
 */
function statementIssuer(
  text: string,
  tokens: ReadonlyArray<WordToken>,
  from: number,
  limit: number,
  options: Readonly<ReadSubjectOptions> | undefined
): SubjectPhrase | undefined {
  const statement = tokens[from]
  const owner = tokens[from + 1]
  if (
    statement?.folded !== STATEMENT ||
    !owner ||
    owner.prefix !== 'ل' ||
    !/^ل[^ـ]/.test(owner.value) ||
    !isOrganisationNoun(owner.stem) ||
    text.slice(statement.end, owner.start).trim() !== ''
  ) {
    return undefined
  }

  const unprefixed = [...tokens]
  unprefixed[from + 1] = {...owner, value: owner.value.slice(1), folded: owner.stem, start: owner.start + 1, prefix: ''}
  const subject = readSubject(text, unprefixed, from + 1, limit, options)
  return subject?.kind === 'title' ? subject : undefined
}

/** Most words of a name in quote marks after a speech verb. */
const MAX_QUOTED_NAME_WORDS = 4

/**
 * Read a name set in quote marks right after a speech verb, as some outlets
 * write surnames (`وأضاف «زارع» أن`, `يقول "العتيبي": `): one to four name
 * words between marks.
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param from
 *   Index of the first word after the verb.
 * @param limit
 *   Character index the phrase may not reach.
 * @returns
 *   The name, if one is quoted there.
 */
export function readQuotedName(
  text: string,
  tokens: ReadonlyArray<WordToken>,
  from: number,
  limit: number
): SubjectPhrase | undefined {
  const first = tokens[from]
  if (!first || from === 0 || !/^\s*(?:[«"“]|&quot;)$/.test(text.slice(itemAt(tokens, from - 1).end, first.start))) {
    return undefined
  }

  let last = from
  while (last - from < MAX_QUOTED_NAME_WORDS) {
    const token = tokens[last]
    // A mark never closed (`قال «زارع`): no name.
    if (!token || token.end > limit || !(isNameWord(token.folded, token.value) || isNameParticle(token.folded)))
      return undefined
    if (readSpeechWord(token.folded) || isTitleNoun(stripArticle(token.folded))) return undefined
    const next = tokens[last + 1]
    const gap = text.slice(token.end, next?.start ?? text.length)
    if (gap.trim() === '') {
      last++
      continue
    }

    if (!/^(?:[»"”]|&quot;)/.test(gap) || isNameParticle(token.folded)) return undefined
    const words = tokens.slice(from, last + 1)
    const name = text.slice(first.start, token.end)
    return {
      kind: 'name',
      text: name,
      start: first.start,
      end: token.end,
      title: undefined,
      titleWords: [],
      name,
      nameWords: words.map((word) => word.folded),
      gender: undefined,
      person: true
    }
  }

  return undefined
}

/**
 * @param token
 *   Word.
 * @returns
 *   Whether it is the name `علي` (written with ي), not the preposition `على`.
 */
function isAli(token: WordToken): boolean {
  return token.folded === 'علي' && token.value.endsWith('علي')
}

/**
 * Read a name set off by commas after a title (`، ياسر علي،`).
 *
 * @param text
 * @param tokens
 * @param from
 *   Index of the first word after the comma.
 * @param limit
 * @returns
 *   Words of the name, when one to four name words are followed by a comma
 *   or the complementiser.
 */
function readApposition(
  text: string,
  tokens: ReadonlyArray<WordToken>,
  from: number,
  limit: number
): Array<WordToken> | undefined {
  const words: Array<WordToken> = []
  for (let index = from; index < tokens.length && words.length <= 4; index++) {
    const token = itemAt(tokens, index)
    if (token.end > limit) return undefined
    if (index > from) {
      const gap = text.slice(itemAt(tokens, index - 1).end, token.start)
      if (/[،,]/.test(gap) || (/:/.test(gap) && words.length > 0)) return words.length > 0 ? words : undefined
      if (gap.trim() !== '') return undefined
    }

    // (`، مسعود جزايري قوله:`: the speech noun ends the name; so does
    // whom the words were said to, after a full name: `، عزمي مجاهد لموقع`.)
    if (isComplementiser(token.folded) || readSpeechWord(token.folded)) return words.length > 0 ? words : undefined
    if (words.length >= 2 && isRecipient(token.folded)) return words
    // `، المهندس بدر الدلامي:`: the appositive's own title comes first.
    if (token.definite && words.length === 0) {
      if (index === from && isPersonTitle(stripArticle(token.folded))) continue
      if (index !== from || !opensDefiniteName(text, tokens, index)) return undefined
    }
    // (Between a title and a comma, a final `ـه` is a name's: `نزيه`.)
    if (!(
      isNameWord(token.folded) ||
      isNameParticle(token.folded) ||
      isAli(token) ||
      (token.definite && words.length > 0)
    )) {
      return undefined
    }

    words.push(token)
  }

  // The words end the text (what follows is blanked out): a comma or colon must still close them.
  const last = words.at(-1)
  const closed = last !== undefined && words.length <= 4 && /^\s*[،,:]/.test(text.slice(last.end, limit))
  return closed && tokens.at(-1) === last ? words : undefined
}

/**
 * `، المهدي مبروك،`, `، الحبيب الصيد،`: a given name written with the
 * article (not a title) opens the name set off after a title when a
 * family name follows it, a name word joined by a space.
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param index
 *   Index of the word with the article.
 * @returns
 *   Whether the word opens the name.
 */
function opensDefiniteName(text: string, tokens: ReadonlyArray<WordToken>, index: number): boolean {
  const token = itemAt(tokens, index)
  const next = tokens[index + 1]
  return (
    next !== undefined &&
    text.slice(token.end, next.start).trim() === '' &&
    !isTitleNoun(stripArticle(token.folded)) &&
    !isDescriptionHead(stripArticle(token.folded)) &&
    !isStopWord(token.folded) &&
    !isEventNoun(stripArticle(token.folded)) &&
    !next.definite &&
    isNameWord(next.folded, next.value) &&
    !isTitleNoun(next.folded) &&
    !readSpeechWord(next.folded)
  )
}

/**
 * @param value
 *   Phrase as written.
 * @returns
 *   Phrase without quote marks (`صحيفة "فايننشال تايمز"` → `صحيفة فايننشال تايمز`).
 */
function withoutMarks(value: string): string {
  return value
    .replace(/&quot;|["«»“”„‹›]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Word without `ال`.
 */
function stripArticle(folded: string): string {
  return folded.startsWith('ال') && folded.length > 3 ? folded.slice(2) : folded
}

/**
 * Whether a word as written ends in the possessive pronoun `ـه` (`شكره`,
 * `استيائه`, `زميله`, `نجله`): a noun with its owner, not a name. A final
 * `ة` is no pronoun, nor the `ه` of `الله` (`عبدالله`); names that end in
 * `ه` are short (`طه`), are read as names only between a title and a
 * comma (`نزيه`), or come from other languages (`كزافييه`).
 *
 * @param value
 *   Word as written.
 * @returns
 *   Whether it ends in the pronoun.
 */
export function hasPossessiveEnding(value: string): boolean {
  if (value.length <= 3 || !value.endsWith('ه') || /(?:الل|^لل)ه$/.test(value)) return false
  // `كزافييه`, `فسترفيله`: names from other languages; a noun with the
  // pronoun after `ل` is short (`زميله`, `نجله`, `وصوله`).
  return !/ييه$/.test(value) && !(value.endsWith('له') && value.length > 6)
}

/**
 * Whether a folded word ends with a pronoun suffix (`إعجابها`, `بلادهم`,
 * `عندكم`), as common nouns and prepositions do; not a word of three letters
 * whose first is no preposition, conjunction or `ي` (`مها`, `سها`: a noun
 * has two letters or more before the suffix; `لها`, `بها`, `يها` of `فيها`).
 *
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it has a pronoun suffix.
 */
function hasPronounSuffix(folded: string): boolean {
  return /(?:ها|هم|هما|هن|كم)$/.test(folded) && !/^[^لبكوفي]ها$/.test(folded)
}

/**
 * Whether a folded word is `و`/`ف` and a verbal noun of a derived verb
 * (`واكتشاف`, `واستخدام`, `وانتخاب`): a noun joined to the one before, never
 * a name (`وائل`, `واصف`, `واشنطن` are not so formed).
 *
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is one.
 */
function isConjoinedVerbalNoun(folded: string): boolean {
  return /^[وف]ا(?:ست|ن|\p{L}ت)\p{L}{2,}$/u.test(folded)
}

/**
 * Whether a folded word may be part of a person's name: a word with a letter
 * that is none of the small words (particles, prepositions, time words).
 *
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it may be a name.
 */
export function isNameWord(folded: string, value?: string): boolean {
  // `علي` the name, not `على` the preposition (both fold to `علي`).
  if (folded === 'علي' && value !== undefined && /علي$/.test(value)) return true
  if (value !== undefined && hasPossessiveEnding(value)) return false
  // `لأثرى`, `لإدارة`: `ل` written before a hamza opens no name.
  if (value !== undefined && /^ل[أإ]/.test(value)) return false
  if (value !== undefined && isFrontOf(value)) return false
  return (
    folded.length > 1 &&
    /\p{L}/u.test(folded) &&
    // Prepositions and the article glued on (`بالجهود`, `للبلاد`) and
    // possessive suffixes (`إعجابها`) belong to common nouns.
    !hasGluedArticle(folded) &&
    !hasPronounSuffix(folded) &&
    !isConjoinedVerbalNoun(folded) &&
    // `لإدارة`, `بوزارة`: a preposition glued to a title noun.
    !(/^[لب]/.test(folded) && isTitleNoun(folded.slice(1))) &&
    !isPreposition(folded) &&
    !isStopWord(folded) &&
    !isComplementiser(folded) &&
    !isRecipient(folded) &&
    !isSameNoun(folded) &&
    // `فرد الوزير غاضبا`, `وأكد المدير ثانية`: how or when one spoke.
    !isMannerWord(folded)
  )
}

/**
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param from
 *   Index of a name word.
 * @returns
 *   Whether the run of name words without the article that it starts ends
 *   with a word with the article (`تيريك جروزني الروسي`), all joined by spaces.
 */
function nameRunEndsDefinite(text: string, tokens: ReadonlyArray<WordToken>, from: number): boolean {
  for (let index = from + 1; index < tokens.length; index++) {
    const token = itemAt(tokens, index)
    if (text.slice(itemAt(tokens, index - 1).end, token.start).trim() !== '') return false
    // (Not `الذي`: a relative clause follows the name.)
    if (token.definite) return !isStopWord(token.folded) && !isComplementiser(token.folded)
    if (!isNameWord(token.folded, token.value)) return false
  }

  return false
}

/**
 * @param folded
 *   Folded word without the article.
 * @returns
 *   Whether it may be an adjective of an indefinite description: a nisba
 *   (`عسكري`, `كاميروني`), a participle (`مقرب`, `مطلع`, `مسؤول`), the
 *   patterns of `بارز`, `سابق`, `كبير`, `رفيع`, or `آخر`; not a word in the
 *   accusative (`مخاطبا`).
 */
function isAdjectiveLike(folded: string): boolean {
  if (folded.endsWith('ا')) return false
  return (
    /(?:ي|يه)$/.test(folded) ||
    /^م\S{3,}$/.test(folded) ||
    /^\Sا\S\S[هة]?$/.test(folded) ||
    /^\S\Sي\S[هة]?$/.test(folded) ||
    /^اخر[يى]?$/.test(folded)
  )
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is surely an adjective: a nisba (`باكستاني`, `أمنية`).
 */
function isClearAdjective(folded: string): boolean {
  return folded.length >= 4 && /(?:ي|يه)$/.test(folded)
}

/**
 * @param token
 *   Word before a full stop, if any.
 * @returns
 *   Whether it is a one-letter title cut short (`د.` for `الدكتور`, `م.` for
 *   `المهندس`, `أ.` for `الأستاذ`).
 */
function isAbbreviatedTitle(token: WordToken | undefined): boolean {
  return token !== undefined && /^[دما]$/.test(token.folded) && isTitleNoun(token.folded)
}

/**
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param from
 *   Index of a word.
 * @param anyEnd
 *   Whether any end of a phrase may follow (see below), not only a comma or
 *   the complementiser.
 * @returns
 *   Whether it and the next word are name words without the article, joined
 *   by a space and followed by a comma or the complementiser.
 */
function isTwoWordName(text: string, tokens: ReadonlyArray<WordToken>, from: number, anyEnd = false): boolean {
  const first = tokens[from]
  const second = tokens[from + 1]
  if (!first || !second || text.slice(first.end, second.start).trim() !== '') return false
  const plain = (token: WordToken) =>
    !token.definite &&
    isNameWord(token.folded, token.value) &&
    !isTitleNoun(token.folded) &&
    !readSpeechWord(token.folded) &&
    !isQuantifier(token.folded) &&
    !isEventNoun(token.folded) &&
    canStartSubject(token, undefined)
  // (The family name may carry the article: `الفريق سالم الكعبي،`.)
  const family =
    plain(second) ||
    (second.definite &&
      !isTitleNoun(stripArticle(second.folded)) &&
      !isStopWord(second.folded) &&
      !isEventNoun(stripArticle(second.folded)))
  if (!plain(first) || !family) return false
  const after = tokens[from + 2]
  const gap = text.slice(second.end, after?.start ?? text.length)
  return (
    /^\s*[،,]/.test(gap) ||
    (after !== undefined && isComplementiser(after.folded)) ||
    // (With `anyEnd`: also before any mark, a speech word, a preposition
    // or whom the words were said to.)
    (anyEnd &&
      (after === undefined ||
        gap.trim() !== '' ||
        readSpeechWord(after.folded) !== undefined ||
        isPreposition(after.folded) ||
        isRecipient(after.folded)))
  )
}

/**
 * @param value
 *   A word as written.
 * @returns
 *   Whether it is `أمام` (“in front of”, `قال X أمام صحافيين`), written with
 *   the hamza above; the name is `إمام` (`عادل إمام`).
 */
function isFrontOf(value: string): boolean {
  return value.replaceAll(/\p{M}/gu, '') === 'أمام'
}

/** Most words of a name read as a run after a title. */
const MAX_NAME_RUN = 4

/**
 * @param token
 *   A word.
 * @param previous
 *   Word before it in the run, if any.
 * @returns
 *   Whether it may be a word of a name run after a title: no word the
 *   lexicon knows as common (particle, preposition, title, speech word,
 *   event, quantifier), no possessive ending, and the article only after
 *   a name particle (`عبد المالك`).
 */
function isRunNameWord(token: WordToken, previous: WordToken | undefined): boolean {
  const {folded, value} = token
  if (token.definite) return previous !== undefined && isNameParticle(previous.folded) && !isStopWord(folded)
  return (
    folded.length > 1 &&
    /^\p{L}+$/u.test(folded) &&
    !hasPossessiveEnding(value) &&
    !hasPronounSuffix(folded) &&
    !value.endsWith(TANWEEN_FATH) &&
    // (`لمنتخب مصر`, `والحج`: a genitive with a glued preposition or
    // article, more of the title; `فالتر`, a name, reads as `ف` and `ال`.)
    !(hasGluedArticle(folded) && !(previous === undefined && folded.startsWith('فال'))) &&
    !(/^[وفلب]/.test(folded) && (isTitleNoun(folded.slice(1)) || isOrganisationNoun(folded.slice(1)))) &&
    !isPreposition(folded) &&
    !isFrontOf(value) &&
    !isStopWord(folded) &&
    !isComplementiser(folded) &&
    !isRecipient(folded) &&
    !isSameNoun(folded) &&
    !isTitleNoun(folded) &&
    !isEventNoun(folded) &&
    !isQuantifier(folded) &&
    !isOccasion(folded) &&
    // (`لشركة الحادي عشر مصطفى أحمد`: a number is no part of a name.)
    !NUMBER_WORDS.has(folded) &&
    !ELATIVES.has(folded) &&
    !isAuxiliaryVerb(folded) &&
    readSpeechWord(folded) === undefined
  )
}

/**
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param from
 *   Index of the first word after a title.
 * @param limit
 *   Character index the phrase may not reach.
 * @returns
 *   Index of the last word of a run of two to four name words joined by
 *   spaces that a comma, the quotation, the complementiser, a preposition
 *   or a speech word follows, if there is one.
 */
function nameRunEnd(text: string, tokens: ReadonlyArray<WordToken>, from: number, limit: number): number | undefined {
  const first = tokens[from]
  if (!first || text.slice(tokens[from - 1]?.end ?? first.start, first.start).trim() !== '') return undefined
  for (let index = from; index < from + MAX_NAME_RUN; index++) {
    const token = tokens[index]
    if (!token || token.end > limit || !isRunNameWord(token, index > from ? tokens[index - 1] : undefined))
      return undefined
    const next = tokens[index + 1]
    const gap = text.slice(token.end, next?.start ?? text.length)
    const ends =
      /^\s*[،,]/.test(gap) ||
      next === undefined ||
      next.start >= limit ||
      (gap.trim() === '' &&
        (isComplementiser(next.folded) ||
          isPreposition(next.folded) ||
          isFrontOf(next.value) ||
          readSpeechWord(next.folded) !== undefined))
    // (A first word that may be `ل` or `ب` and a noun, `لسوق عكاظ`, is
    // read as a name only in a longer run: `ليو تيونغ لاي`.)
    if (ends) return index - from >= (/^[لب]/.test(first.folded) ? 2 : 1) ? index : undefined
    if (gap.trim() !== '') return undefined
  }

  return undefined
}

/**
 * @param text
 *   Paragraph text.
 * @param token
 *   A word without the article.
 * @param next
 *   Word after it, if any.
 * @returns
 *   Whether it is a feminine plural (`قدرات`, `تصريحات`) in construct with
 *   the word after it, which has the article: a noun phrase, not a name
 *   (names that end so are family names, after a given name: `ياسر عرفات`).
 */
function isPluralInConstruct(text: string, token: WordToken, next: WordToken | undefined): boolean {
  return (
    !token.definite &&
    /^\S{3,}ات$/.test(token.folded) &&
    next?.definite === true &&
    text.slice(token.end, next.start).trim() === ''
  )
}

/**
 * @param text
 *   Paragraph text.
 * @param token
 *   A word without the article.
 * @param next
 *   Word after it, if any.
 * @returns
 *   Whether it is a feminine noun in construct with the word after it
 *   (`في مجال صناعة الأغذية`): a field of work, not a place and a name.
 */
function isFeminineInConstruct(text: string, token: WordToken, next: WordToken | undefined): boolean {
  return token.value.endsWith('ة') && next?.definite === true && text.slice(token.end, next.start).trim() === ''
}

/** Most words of a place name read inside a title. */
const MAX_PLACE_WORDS = 2

/**
 * Read a place of one or two words right before a comma (`في واسط،`,
 * `في رأس نوران،`): where a post is held, before the name of who holds it.
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param from
 *   Index of the word after `في`.
 * @param limit
 *   Character index the phrase may not reach.
 * @returns
 *   The place's words (none when no comma closes one or two name words).
 */
function placeBeforeComma(
  text: string,
  tokens: ReadonlyArray<WordToken>,
  from: number,
  limit: number
): Array<WordToken> {
  const words: Array<WordToken> = []
  for (let index = from; index < tokens.length && words.length < MAX_PLACE_WORDS; index++) {
    const token = itemAt(tokens, index)
    const next = tokens[index + 1]
    // (A place with the article is one word: `في اليمن،`, not `في المؤتمر`.)
    const plain = !token.definite || words.length > 0 || !isOccasion(stripArticle(token.folded))
    if (
      token.end > limit ||
      !plain ||
      !isNameWord(token.folded, token.value) ||
      isTitleNoun(stripArticle(token.folded))
    )
      break
    if (token.definite && words.length === 0 && !/^\s*[،,]/.test(text.slice(token.end))) break
    if (words.length === 0 && !canStartSubject(token, next)) break
    words.push(token)
    const gap = text.slice(token.end, next?.start ?? text.length)
    if (/^\s*[،,]/.test(gap)) return words
    if (gap.trim() !== '') break
  }

  return []
}

/** Most words of a name read after a preposition in a description. */
const MAX_NAME_AFTER = 3

/**
 * Read the name that a preposition inside a description takes (`من
 * "كارديشيان"`, `في حماس`): one to three name words without the article,
 * set in quote marks or not, then a stop (punctuation, the end, a word
 * with a preposition glued on such as `لـ`, or a complementiser).
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param from
 *   Index of the word after the preposition.
 * @param limit
 *   Character index the phrase may not reach.
 * @param bare
 *   Whether a name without quote marks is read too.
 * @returns
 *   The name's words (none when what follows is no name so set off).
 */
function nameAfter(
  text: string,
  tokens: ReadonlyArray<WordToken>,
  from: number,
  limit: number,
  bare: boolean
): Array<WordToken> {
  const first = tokens[from]
  const before = tokens[from - 1]
  if (!first || !before) return []
  const opening = text.slice(before.end, first.start)
  const quoted = /^\s*(?:["«“]|&quot;)\s*$/.test(opening)
  if (!quoted && (!bare || opening.trim() !== '')) return []
  const words: Array<WordToken> = []
  for (let index = from; index < tokens.length && words.length < MAX_NAME_AFTER; index++) {
    const token = itemAt(tokens, index)
    if (token.end > limit) return []
    // (Between marks a name may have the article or a title noun: `في «جمعية الصيادين»`.)
    if (quoted && /\p{L}/u.test(token.folded) && !readSpeechWord(token.folded)) {
      words.push(token)
      const gap = text.slice(token.end, tokens[index + 1]?.start ?? text.length)
      if (/^\s*(?:["»”]|&quot;)/.test(gap)) return words
      if (gap.trim() !== '') return []
      continue
    }

    if (
      quoted ||
      token.definite ||
      !isNameWord(token.folded, token.value) ||
      isTitleNoun(token.folded) ||
      isEventNoun(token.folded) ||
      readSpeechWord(token.folded) ||
      (index === from && !canStartSubject(token, tokens[index + 1]))
    ) {
      return []
    }

    words.push(token)
    const next = tokens[index + 1]
    const gap = text.slice(token.end, next?.start ?? text.length)
    if (gap.trim() !== '' || !next) return words
    if (isComplementiser(next.folded) || isRecipient(next.folded) || /^[لب]/.test(next.folded)) return words
  }

  return []
}

/**
 * @param folded
 *   Folded word ending in a pronoun.
 * @returns
 *   Whether it may be a noun for someone close to the person the pronoun
 *   stands for (`زميله`, `شقيقته`, `محاميه`): not a particle with the
 *   pronoun (`بأنه`, `لديه`, `عنه`), a speech word (`رواه`) or an event.
 */
function isRelationNoun(folded: string): boolean {
  return (
    folded.length >= 4 &&
    !isComplementiser(folded) &&
    !isStopWord(folded) &&
    !isPreposition(folded) &&
    !readSpeechWord(folded) &&
    !isEventNoun(folded) &&
    !/^(?:ل|ب|ك|ف|عند|لدي|مع|عن|من|الي|علي|في)/.test(folded)
  )
}

/**
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param index
 *   Index of a noun.
 * @returns
 *   Whether a word follows it joined by a space only, which it can take
 *   as its genitive (a noun in construct is never the last word before a
 *   comma or full stop).
 */
function takesGenitiveAfter(text: string, tokens: ReadonlyArray<WordToken>, index: number): boolean {
  const noun = tokens[index]
  const after = tokens[index + 1]
  if (!noun || !after || text.slice(noun.end, after.start).trim() !== '') return false
  return !isComplementiser(after.folded) && !isStopWord(after.folded) && !readSpeechWord(after.folded)
}

/**
 * @param token
 *   A word after an organisation's name.
 * @returns
 *   Whether it may be a verb in the present (`شركة أبل تطلق`), or one in
 *   the past feminine after `ف` (`أما صحيفة هآرتس فتوقعت`), not a word of
 *   the name (`فيكتوريا`, `فرحات` are names).
 */
function isVerbLike(token: WordToken): boolean {
  if (/^[يتن]/.test(token.folded) && token.folded.length >= 4) return true
  return token.prefix === 'ف' && !isPrefixLikeName(token.folded) && /^\S{2,}[^ا]ت$/.test(token.stem)
}

/**
 * @param words
 *   Words of a description so far.
 * @returns
 *   Whether they end with an organisation and its own name, all in
 *   construct (`نائب رئيس مجلس إدارة غرفة جدة`): what follows is the name
 *   of the person who holds the post.
 */
function endsWithOwnedName(words: ReadonlyArray<WordToken>): boolean {
  const owner = words.at(-2)
  const owned = words.at(-1)
  return (
    words.length >= 3 &&
    owner !== undefined &&
    owned !== undefined &&
    isOrganisationNoun(owner.folded) &&
    !isTitleNoun(owned.folded) &&
    isNameWord(owned.folded, owned.value) &&
    words.every((word) => !word.definite && word.prefix === '')
  )
}

/**
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param index
 *   Index of a word with the article, in a title.
 * @returns
 *   Whether it follows `في` and a place without the article, and it and the
 *   next word, both with the article and neither a title, end the phrase
 *   (a quote mark, a comma, `إن`/`أن` after them).
 */
function isDefiniteNameAfterPlace(text: string, tokens: ReadonlyArray<WordToken>, index: number): boolean {
  const place = tokens[index - 1]
  const preposition = tokens[index - 2]
  const first = itemAt(tokens, index)
  const second = tokens[index + 1]
  if (!place || !preposition || !second || !/^(?:في|فى)$/.test(preposition.folded)) return false
  if (place.definite || isTitleNoun(place.folded) || !isNameWord(place.folded, place.value)) return false
  const words = [first, second]
  if (!words.every((word) => word.definite && !isTitleNoun(stripArticle(word.folded)) && !isStopWord(word.folded)))
    return false
  if (text.slice(place.end, first.start).trim() !== '' || text.slice(first.end, second.start).trim() !== '')
    return false
  const after = tokens[index + 2]
  const gap = text.slice(second.end, after?.start ?? text.length)
  return (
    /^\s*(?:["«“،,:]|&quot;)/.test(gap) || (gap.trim() === '' && after !== undefined && isComplementiser(after.folded))
  )
}

/** `عدم` (“not”, in `طلب عدم الكشف`), folded. */
const NOT = 'عدم'

/** Members who hold a seat for a place (`عضو البرلمان عن`, `نائب عن`), folded. */
const REPRESENTATIVES = new Set(['عضو', 'عضوه', 'نايب', 'نايبه'])

/**
 * @param folded
 *   First word of a description.
 * @returns
 *   Whether `عن` may follow in it, for the seat held (`عضو البرلمان عن محافظة`).
 */
function isRepresentative(folded: string): boolean {
  return REPRESENTATIVES.has(folded)
}

/**
 * @param word
 *   Last word of a title so far.
 * @returns
 *   Whether `عن` can follow it inside the title: a verbal noun after `ل`
 *   (`للدفاع`) or `مسؤول`.
 */
function takesAn(word: WordToken | undefined): boolean {
  if (!word) return false
  return /^ل\S{3,}/.test(word.folded) || /^مس[وي]+ول[هة]?$/.test(stripArticle(word.folded))
}

/**
 * @param text
 *   Paragraph text.
 * @param token
 *   An indefinite title noun.
 * @param next
 *   Word after it, if any.
 * @returns
 *   Whether `next` can be its genitive (`رئيس الوزراء`, `وزير خارجية`,
 *   `المتحدث باسم`): a word with the article or a title noun, right after
 *   it, that is not whom the words were told to (`لصحيفة`).
 */
function opensGenitive(text: string, token: WordToken, next: WordToken | undefined): boolean {
  if (!next || text.slice(token.end, next.start).trim() !== '' || isRecipient(next.folded)) return false
  return next.definite || next.folded === 'باسم' || isTitleNoun(next.folded) || /^(?:لل|بال)/.test(next.folded)
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is a preposition or conjunction with the article glued on
 *   (`بالجهود`, `للبلاد`, `والشباب`); not `بالال`, a name too short for
 *   `ب` + `ال` + a noun.
 */
function hasGluedArticle(folded: string): boolean {
  return /^(?:لل|وال|فال|كال)/.test(folded) || /^بال\S{3,}/.test(folded)
}

/** Tanween fath: a word that carries it is accusative, never a subject. */
const TANWEEN_FATH = '\u064B'

/**
 * Whether a word can open the subject of a speech verb. Not an accusative
 * (`مستشهداً`: a circumstance), not a word behind a preposition
 * (`بالأبيات`, `للصحفيين`, `برفع الدعم`, `بحل`), not an active participle
 * with the accusative ending (`مستهجنا`).
 *
 * @param token
 *   First word.
 * @param next
 *   Word after it, if any.
 * @returns
 *   Whether it can open a subject.
 */
function canStartSubject(token: WordToken, next: WordToken | undefined): boolean {
  if (token.value.includes(TANWEEN_FATH)) return false
  const folded = token.folded
  if (/^(?:بال|كال|لل)/.test(folded)) return false
  // `بحل`, `بمشاركة الأمير`, `لمرافق معالجة`: a preposition and a short
  // noun, or a verbal noun in construct (`بدر`, `بتول الحسن` are names).
  if (/^[بل]/.test(folded) && !isPrefixLikeName(folded)) {
    if (folded.length === 3 || isEventNoun(folded.slice(1))) return false
    if (/^[بل][مت]\S{3,}$/.test(folded) && next?.definite === true) return false
    // `قال لنيويورك ديلي نيوز`, `لموظفي الشركة`: `ل` and a noun, the one
    // spoken to; a name that opens with ل has a long vowel after it
    // (`لوران`, `ليندسي`, `لارا`) or is a known one (`لبنى`, `لطفي`).
    if (folded.length > 3 && folded.startsWith('ل') && !/^ل[اوي]/.test(folded) && !isTitleNoun(folded)) return false
  }

  // `مستهجنا`, `مستشهدا`: a participle of manner after the verb.
  return !(/^م(?:ست|ن|ت)?\S{3,}ا$/.test(folded) && folded.length >= 6)
}

/**
 * A subject phrase that is a bare name (no title), as read from a hashtag or
 * given in full elsewhere in the article.
 *
 * @param name
 *   The name as written.
 * @param nameWords
 *   Its folded words.
 * @param start
 *   Start offset in its paragraph.
 * @param end
 *   End offset in its paragraph.
 * @returns
 *   Subject phrase.
 */
export function nameSubject(name: string, nameWords: Array<string>, start: number, end: number): SubjectPhrase {
  return {
    kind: 'name',
    text: name,
    start,
    end,
    title: undefined,
    titleWords: [],
    name,
    nameWords,
    gender: undefined,
    person: true
  }
}
