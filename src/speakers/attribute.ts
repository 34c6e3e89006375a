/**
 * Attribute quotations to speakers across an article.
 *
 * Every speech word (`قال`, `وأضافت`, `مشيرا`, `بقوله`, `بحسب`) is read in
 * reading order. One with an explicit subject names a speaker (resolved to
 * the fullest form the article gives); one without (`وأضافت`, `مضيفا`,
 * `على حد قوله`) stands for the subject of its sentence, else for the
 * previous speaker of the same gender.
 */

import {AnalysedText} from '../text/analysis.js'
import {firstItem, itemAt} from '../text/items.js'
import {foldArabic, loosePattern} from '../text/fold.js'
import {tokenize, type WordToken} from '../text/tokens.js'
import {
  BY_SAYING,
  type Gender,
  isAuxiliaryVerb,
  isComplementiser,
  isDescriptionHead,
  isEventNoun,
  isNameParticle,
  isOrganisationNoun,
  isPersonTitle,
  isPreposition,
  isQuantifier,
  isStopWord,
  isTitleNoun,
  readSpeechWord,
  type SpeechWord
} from './lexicon.js'
import {
  type Mention,
  orderIndex,
  orderParagraph,
  readingOrder,
  type ResolvedSpeaker,
  SpeakerRegistry
} from './registry.js'
import {nameSubject, readQuotedName, readSubject, type ReadSubjectOptions, type SubjectPhrase} from './subject.js'

/** A speech word found in the text. */
export interface SpeechCue {
  /** Paragraph index. */
  paragraph: number
  /** Index of the word in its paragraph. */
  start: number
  /** Index after the word (or after its subject, when it has one). */
  end: number
  /** What the word is. */
  word: SpeechWord
  /** Subject phrase, when the text names it. */
  subject: SubjectPhrase | undefined
  /** Resolved speaker, when the subject is named. */
  resolved: ResolvedSpeaker | undefined
  /** Start and end of its sentence in the paragraph. */
  sentence: [number, number]
  /** Gender shown by the verb or the title. */
  gender: Gender | undefined
  /** Place in reading order. */
  order: number
  /** Whether its subject names no speaker (`وقال تصريح`, `دعا جميع السوريين`): no speaker then. */
  blocked: boolean
  /** Whether it is blocked because its subject, written before it, was not read (`وكانت X قد قالت`). */
  unread: boolean
}

/** Who a speech word's sentence says speaks, before the speaker is resolved. */
interface CueSubject {
  /** Subject phrase, when one is read and names a speaker. */
  subject: SubjectPhrase | undefined
  /** The one the words are carried for (`على لسان منصور`). */
  onTongue: SubjectPhrase | undefined
  /** Gender of the pronoun whose words are carried (`عنه قوله`). */
  fromPronoun: Gender | undefined
  /** The document named before, when the subject is one. */
  document: ResolvedSpeaker | undefined
  /** Place in reading order. */
  order: number
  /** Whether the cue names no speaker. */
  blocked: boolean
  /** Whether it is blocked because its subject, written before it, was not read. */
  unread: boolean
}

/** Speaker found for a quotation. */
export interface Attribution extends ResolvedSpeaker {
  /** Whether the attribution follows the quote (`«…»، قال الوزير`). */
  following: boolean
}

/** How many words before a verb its subject is looked for. */
const SUBJECT_BEFORE_REACH = 12

/** Documents whose issuer may be named after them (`تصريح أصدره X`), article dropped. */
const ISSUED = new Set(['بيان', 'تصريح', 'رساله', 'تقرير', 'كلمه', 'خطاب', 'تغريده', 'بلاغ', 'منشور'])

/** Verbs of issuing a document, with the pronoun of the document (`أصدرته`). */
const ISSUING = /^(?:اصدر|نشر|وزع|القي|كتب|اذاع|بث|وجه)(?:ه|ته|ها)$/

/** Issued (`صادر عن`, `الصادرة من`, `صدر عن`), before the issuer, folded. */
const ISSUED_BY = /^(?:(?:ال)?صادر[ةه]?|صدرت?)$/

/** The writer interviewing someone (`وتحدثنا مع`, `التقينا`, `وبسؤال`), folded. */
const INTERVIEW = /^[وف]?(?:تحدثنا|التقينا|سالنا|حاورنا|بسوال)$/

/** Verbs written like a title (`طالب`: demanded, or student), folded: a verb when a person's title follows (`طالب رئيس اللجنة`). */
const TITLE_VERBS = new Set(['طالب'])

/** Particles before the verb that opens a sentence (`وفيما أبدى`), folded. */
const OPENING_PARTICLES = /^(?:و?فيما|و?كما|ثم|و?حيث|و?بينما|و?قد|فقد|و?لقد)$/

/** Demonstratives and adverbs after a verb, where no subject is (`وقدمت لذلك`), folded. */
const DEMONSTRATIVES = /^(?:[لبك]?ذلك|[لبك]?هذا|[لبك]?هذه|هنا|هناك|ايضا|كذلك)$/

/** Words said of God after His name or a pronoun (`قوله تعالى`, `عز وجل`, `سبحانه`), folded: what follows is scripture, not the speaker's own words. */
const DIVINE = new Set(['تعالي', 'وجل', 'سبحانه'])

/** Citing someone else's words (`مستشهدا بقول`, `مستدلا بـ`), folded. */
const CITING = /^(?:مستشهد|مستدل|مستعير)(?:ا|ه|ين)?$/

/**
 * Speech verbs whose object may follow them bare (`وطالب الدول الأعضاء`,
 * `ودعا الحكومة`, `ونقلت وكالة`, `ورأى`): a phrase after them that names
 * nobody is no sign that someone else spoke. Lemmas, folded.
 */
const TAKES_OBJECT = new Set(['طالب', 'دعا', 'ناشد', 'ابلغ', 'وصف', 'نقل', 'راي', 'روي', 'دون', 'اصدر'])

/**
 * Words after which `رأى`/`يرى` opens a clause of its own (`فيما يرى`,
 * `من جانبه يرى`, `الذي يرى`, `لكنه يرى`, `بعدما رأى`), folded.
 */
const OPINION_OPENERS =
  /^[وف]?(?:فيما|بينما|كما|حسبما|حيث|اذ|لكن|لكنه|لكنها|الذي|التي|الذين|ان|انه|انها|بانه|بدوره|بدورها|جانبه|جانبها|جهته|جهتها|ناحيته|ناحيتها|ثم|قد|فقد|لذا|لذلك|بعدما|عندما|حين|حينما|لما)$/

/** Speech verbs that take no object, only what is said (`وقال X إن`, `وأضاف X`), lemmas folded. */
const SAYING = new Set(['قال', 'اضاف', 'اوضح', 'اكد', 'اشار', 'لفت', 'تابع', 'شدد', 'استطرد', 'اردف', 'وصف'])

/** First words of news agencies' names (`فرانس برس`, `رويترز`), folded. */
const AGENCIES = new Set(['فرانس', 'رويترز', 'اسوشيتد', 'الاناضول', 'اسوشييتد'])

/** Relative pronouns between a subject and its verb (`X الذي قال`). */
const RELATIVE = /^(?:الذي|التي|الذى)$/

/** Words that open the clause of a subject written before its verb. */
const CLAUSE_OPENERS = /^(?:[وفب]?ان|ل?ان|و?لكن|بيد|بينما|فيما|حيث|كما|ثم|[وف]?كان|[وف]?كانت)$/

/** Particles carrying a pronoun that is the subject of the verb after them (`لكنه أكد`), folded. */
const PRONOUN_SUBJECT = /^[وف]?(?:لكن|ان|بان|لان|كون)(?:ه|ها|هم|هما)$/

/** `وزاد`, `فزادت` (“and added”), folded, with the gender each shows: a speech verb before a colon. */
const ADDED = new Map<string, Gender>([
  ['وزاد', 'masculine'],
  ['فزاد', 'masculine'],
  ['وزادت', 'feminine'],
  ['فزادت', 'feminine']
])

/** How many words after a speech word `على لسان` is looked for. */
const ON_TONGUE_REACH = 6

/** How many words after `نقل` the one it carries from (`عنه`) is looked for. */
const SOURCE_REACH = 6

/** How many paragraphs of questions and answers back an interview's introduction is looked for. */
const INTERVIEW_REACH = 8

/** Words after which a verb opens a clause (`حيث خاطبه`, `ثم رد`, `بعدما رد`), folded. */
const CLAUSE_VERB_OPENERS = /^(?:[وف]?حيث|ثم|[وف]?بعدما|[وف]?عندما|[وف]?حين|[وف]?حينها|[وف]?قبل|[وف]?بعد|ان)$/

/** `رد` (“replied”) joined by `و`/`ف`, folded. */
const REPLIED = /^[وف]ردت?$/

/** How many words a subject between a verb and a participle may have (`فرد المدرب قائلا`). */
const PARTICIPLE_SUBJECT_REACH = 5

/** Lemma of `ختم` (“concluded”), folded. */
const CONCLUDED = 'ختم'

/** Nouns of saying without an owner's pronoun, folded (`قول`, `تصريحات`, `عبارة`). */
const WORDS_OF = /^[وبل]?(?:قول|تصريح|تصريحات|كلام|عباره|مقوله)$/

/** `علق`, `علقت` (“commented”) as written without `و`, folded. */
const COMMENTED = /^علقت?$/

/** A preposition with a pronoun, the one spoken to or about (`له`, `لها`, `عنه`, `عنهم`), folded. */
const PRONOUN_OBJECT = /^(?:ل|عن)(?:ه|ها|هم|هما|هن)$/

/** A paper named in marks after `لـ`, as the addressee of a speech verb (`قال لـ«الوطن» `). */
const ADDRESSEE = /^\s+لـ?\s*[«"“][^«»"“”]{1,25}[»"”]\s+(?=[^\s،,:؛.])/u

/** How many characters after a speech verb its addressee is looked for. */
const ADDRESSEE_REACH = 40

/** A relative right after a name, before its verb (`X، الذي قال`). */
const RELATIVE_AFTER = /^["»”]?\s*[،,]?\s*(?:الذي|التي|الذى)\s*$/u

/** The paper spoken to at the end of the words before a name (`تحدث لـ«سبق»`). */
const SPOKEN_TO = /\s+لـ?\s*[«"“][^«»"“”]{1,25}[»"”]\s*$/u

/** How far back (characters) a quote's introduction is looked for. */
const LOOK_BACK = 400

/** Words to skip between an attribution and its source (`بحسب ما قاله`, `وفقا لـ`). */
const ATTRIBUTION_FILLERS = new Set([
  'ما',
  'مما',
  'ل',
  'لـ',
  'عن',
  'جاء',
  'ورد',
  'في',
  'فى',
  'نشرته',
  'قاله',
  'قالته',
  'ذكره',
  'ذكرته',
  'اعلنه',
  'اعلنته',
  'اوردته',
  'اورده',
  'اورد',
  'اوردت',
  'يورد',
  'تورد'
])

/** Documents that “say” things for whoever issued them. */
const DOCUMENTS = new Set(['بيان', 'تقرير', 'رساله', 'وثيقه', 'تصريح'])
/** How many paragraphs back the issuer of a document is looked for. */
const DOCUMENT_REACH = 10
/** News media: they carry words, they do not issue them. */
const MEDIA = new Set(['وكاله', 'صحيفه', 'جريده', 'مجله', 'قناه', 'موقع', 'اذاعه'])

/**
 * The blessing said after the Prophet's name in Arabic writing: a quote
 * introduced near it is his (hadith).
 */
const BLESSING = new RegExp('^(?:' + loosePattern('صلى الله عليه وسلم') + '|ﷺ)')
/** The letters the blessing opens with (`BLESSING` is tried only where one of them is written). */
const BLESSING_OPENERS = ['ص', 'ﷺ']
/** `عليه السلام`, `عليه الصلاة والسلام` right after a speech verb (`قال عليه السلام`), before the quote. */
const PEACE_AFTER = new RegExp(
  '^[\\s\\-–—(]*' + loosePattern('عليه') + '\\s+(?:' + loosePattern('الصلاة') + '\\s+و)?' + loosePattern('السلام')
)

/** How the Prophet is named before the blessing, fullest first. */
const PROPHET_NAMES = [
  'رسول الله',
  'سيد البشر',
  'سيد الخلق',
  'سيد المرسلين',
  'خاتم الأنبياء',
  'النبي',
  'الرسول',
  'المصطفى',
  'نبينا',
  'رسولنا'
].map((name) => new RegExp('(' + loosePattern(name) + ')[\\s\\-–—]*$'))

/** Speakers of one article. */
export class SpeakerTracker {
  readonly registry: SpeakerRegistry
  /** Cues per paragraph, in order: a list for every paragraph, read with `itemAt`. */
  readonly cues: Array<Array<SpeechCue>>
  /** Cues with a named speaker, in reading order. */
  readonly #named: Array<SpeechCue> = []
  /** Cues whose subject names no speaker we can give (`blocked`), in reading order. */
  readonly #refused: Array<SpeechCue> = []
  /** Last cue whose subject is a person's name, per gender shown. */
  readonly #lastNameByGender = new Map<Gender | 'unknown', SpeechCue>()
  readonly #analyses: ReadonlyArray<AnalysedText>
  /** Stands for a paragraph that does not exist. */
  readonly #none = new AnalysedText('')
  readonly #options: ReadSubjectOptions
  /** How the article names the Prophet, if it quotes hadith. */
  readonly #prophet: string | undefined
  /** Places of the blessing, a list for every paragraph. */
  readonly #blessings: Array<Array<number>>
  /** Family names of the people named in full (see `#familyNames`). */
  #families: Set<string> | undefined

  /**
   * @param analyses
   *   Analysed text of every block in reading order (empty for blocks to
   *   ignore), quoted words blanked out.
   * @param options
   *   Extra titles and speech verbs (folded).
   * @param context
   *   Texts, at the same indices, that name people without quoting them
   *   (headline, subheadings): their names are learned, nothing more.
   */
  constructor(
    analyses: ReadonlyArray<AnalysedText>,
    options?: Readonly<ReadSubjectOptions>,
    context?: ReadonlyArray<AnalysedText | undefined>
  ) {
    const paragraphs = analyses.map((analysis) => analysis.text)
    this.#analyses = analyses
    const maqsura = (analysis: AnalysedText | undefined) => analysis?.text.includes('ى') === true
    this.#options = {...options, aliIsName: analyses.some(maqsura) || (context?.some(maqsura) ?? false)}
    this.registry = new SpeakerRegistry(this.#options)
    this.#blessings = paragraphs.map((text) => blessingPlaces(text))
    this.#prophet = prophetName(paragraphs, this.#blessings)
    for (const [index, analysis] of analyses.entries()) {
      const named = context?.[index]
      if (named) this.registry.learn(named, index)
      this.registry.learn(analysis, index)
    }
    this.cues = []
    for (const [index, analysis] of analyses.entries()) {
      const cues = this.#readCues(analysis, index)
      this.cues.push(cues)
      for (const cue of cues) {
        this.#takeOpeningSubject(cue)
        if (cue.resolved) this.#named.push(cue)
        // A subject before the verb not read may be one named before
        // (`وكان الوزير X قد أكد`): no sign that someone else spoke.
        if (cue.blocked && !cue.unread && cue.word.form === 'verb' && !TAKES_OBJECT.has(cue.word.lemma))
          this.#refused.push(cue)
        if (cue.resolved && cue.subject?.kind === 'name') {
          this.#lastNameByGender.set(cue.gender ?? 'unknown', cue)
        }
      }
    }
  }

  /**
   * Whether a cue's speaker may stand for the speech words after it in its
   * sentence (`وقال جعجع … مؤكدا`): a sure speaker (`isSureSpeaker`), or one
   * word after a verb that takes no object (`وقال مورينيو`), or a handle
   * (`كتب @…`), or the one `على لسان` names. One word after `اعتبر`,
   * `ذكر`, `كتب`, `دعا` may be what is considered, mentioned, written or
   * called on (`ذكر القيمة`, `كتبت رواية`).
   *
   * @param cue
   *   Cue with a resolved speaker.
   * @returns
   *   Whether later speech words of the sentence may take its speaker.
   */
  #isSureSubjectOfSentence(cue: SpeechCue): boolean {
    if (isSureSpeaker(cue)) return true
    if (/[A-Za-z]/.test(cue.resolved?.speaker ?? '')) return true
    // `ونقلت الصحيفة على لسان هيغ`: whose words they are.
    const before = cue.subject ? this.#analysis(cue.paragraph).text.slice(0, cue.subject.start) : ''
    if (/لسان\s*$/.test(before)) return true
    return cue.word.form === 'verb' && SAYING.has(cue.word.lemma)
  }

  /**
   * Whether a verb cue comes right after `حسبما`, `بحسب ما` or `وفق ما`.
   *
   * @param before
   *   Cues of the sentence, in order.
   * @param cue
   *   A cue among them.
   * @returns
   *   Whether it is the verb of an aside.
   */
  #asideVerb(before: ReadonlyArray<SpeechCue>, cue: SpeechCue): boolean {
    if (cue.word.form !== 'verb') return false
    const index = before.indexOf(cue)
    const previous = index > 0 ? before[index - 1] : undefined
    if (!previous || previous.word.form !== 'attribution' || !previous.word.lemma.endsWith('ما')) return false
    return this.#analysis(cue.paragraph).tokensIn(previous.start, cue.start).length <= 2
  }

  /**
   * Find the speaker of a quote.
   *
   * @param paragraph
   *   Paragraph the quote opens in.
   * @param open
   *   Index of the opening mark.
   * @param closeParagraph
   *   Paragraph the quote closes in.
   * @param closeEnd
   *   Index after the closing mark in `closeParagraph`.
   * @returns
   *   Speaker, or `undefined` when nobody can be identified.
   */
  speakerFor(paragraph: number, open: number, closeParagraph: number, closeEnd: number): Attribution | undefined {
    const start = this.#analysis(paragraph).sentenceStart(open, Math.max(0, open - LOOK_BACK))
    const before = itemAt(this.cues, paragraph).filter((cue) => cue.start >= start && cue.start < open)

    let last = this.#saidBy(before)
    // `وقال X، حسب وكالة Y، إن «…»`, `وأضاف X - حسبما أفاد راديو Y - أنه`:
    // the agency only carries X's words.
    if (last && (last.word.form === 'attribution' || this.#asideVerb(before, last)) && last.word.lemma !== 'نقلا') {
      last = before.findLast((cue) => cue.word.form === 'verb' && cue.resolved && !this.#asideVerb(before, cue)) ?? last
    }

    // `ثبت عنه - صلى الله عليه وسلم - أنه قال: «…»`: a hadith.
    const blessing = itemAt(this.#blessings, paragraph).findLast((index) => index >= start && index < open)
    // After the speech word, or after the name read as its subject before it.
    const named = last ? Math.min(last.start, last.subject?.start ?? last.start) : 0
    if (this.#prophet && blessing !== undefined && (!last?.resolved || blessing > named)) {
      return {speaker: this.#prophet, asWritten: undefined, following: false, via: 'prophet'}
    }

    if (last) {
      // `قال عليه السلام "…"`: a prophet's words, the preacher only cites
      // them; the Prophet when the article names him, else nobody.
      if (PEACE_AFTER.test(this.#analysis(paragraph).text.slice(last.end, open))) {
        return this.#prophet
          ? {speaker: this.#prophet, asWritten: undefined, following: false, via: 'prophet'}
          : undefined
      }

      if (last.word.firstPerson || last.blocked) return undefined
      // `وقال مستشهدا بأبيات الشاعر …:`: someone else's words, cited;
      // `بقوله تعالى:`: scripture.
      if (
        this.#analysis(paragraph)
          .tokensIn(last.start, open)
          .some((token) => CITING.test(token.folded) || DIVINE.has(token.folded))
      )
        return undefined
      if (this.#wordsOfAnother(paragraph, last.end, open)) return undefined
      const speaker = last.resolved
        ? {...last.resolved, via: last.resolved.via ?? 'cue-' + (last.subject?.kind ?? 'none')}
        : this.#implicit(paragraph, start, last, before)
      return speaker ? {...speaker, following: false} : undefined
    }

    // `«…»، قال الوزير` / `«…» بحسب البيان` / `«…» على حد قوله`.
    const closeAnalysis = this.#analysis(closeParagraph)
    const end = closeAnalysis.sentenceEnd(closeEnd)
    const window = closeAnalysis.tokensIn(closeEnd, end).slice(0, 3)
    const cues = itemAt(this.cues, closeParagraph)
    let after = cues.find(
      (cue) => cue.start >= closeEnd && cue.start < end && window.some((token) => token.start === cue.start)
    )
    // `«…» حسبما يرى أستاذ علم الاجتماع X`: the verb after `حسبما` names
    // whose words they are.
    const aside = after ? cues[cues.indexOf(after) + 1] : undefined
    if (after && aside && this.#asideVerb([after, aside], aside)) after = aside
    if (after && !after.word.firstPerson && !after.blocked) {
      const speaker = after.resolved
        ? {...after.resolved, via: 'following-' + (after.resolved.via ?? after.subject?.kind ?? 'none')}
        : tagged(this.#previous(readingOrder(closeParagraph, after.start), after.gender), 'following-previous')
      return speaker ? {...speaker, following: true} : undefined
    }

    // No speech word in the sentence: whoever spoke before may not be the
    // one quoted here; precision first.
    const speaker =
      tagged(this.#paragraphSpeaker(paragraph, start, open), 'paragraph-speaker') ?? this.#answer(paragraph, open)
    return speaker ? {...speaker, following: false} : undefined
  }

  /**
   * The last speech word before a quote, or the one that `بالقول` (“by
   * saying”) goes with (`وتابع بالقول`, `وختمت X حديثها بالقول:`): its
   * speaker says the words, read as if `بالقول` were not written.
   *
   * @param before
   *   Cues of the quote's sentence before its opening mark, in order.
   * @returns
   *   The cue that introduces the quote.
   */
  #saidBy(before: ReadonlyArray<SpeechCue>): SpeechCue | undefined {
    const last = before.at(-1)
    const word = before.at(-2)
    if (last?.word.lemma !== BY_SAYING || !word) return last
    const between = this.#analysis(last.paragraph).text.slice(word.end, last.start)
    return /[،,.؛:!?؟]/.test(between) ? last : word
  }

  /**
   * Whether the words before a quotation name it as someone else's saying
   * (`مستنكرا قول الرئيس «…»`, `ردا على تصريح الوزير «…»`): a noun of
   * saying with a noun after it, its owner, whose words the speech word's
   * speaker cites; not `قوله`, their own.
   *
   * @param paragraph
   * @param from
   *   End of the speech word.
   * @param open
   *   Index of the opening mark.
   * @returns
   *   Whether the quotation is another's words cited.
   */
  #wordsOfAnother(paragraph: number, from: number, open: number): boolean {
    const tokens = this.#analysis(paragraph).tokensIn(from, open)
    const at = tokens.findIndex((token) => WORDS_OF.test(token.folded))
    const owner = tokens[at + 1]
    // `في تصريحات لـ«الوطن»`, `في تصريح صحفي`: the speaker's own words, where
    // and to whom; an owner has the article and no preposition.
    if (at === -1 || !owner || tokens[at - 1]?.folded === 'في') return false
    return owner.definite && !/[بل]/.test(owner.prefix.replace(/ال$/, '')) && !isStopWord(owner.folded)
  }

  /**
   * Speaker of an answer that follows its question in one paragraph (`- أي
   * تدريب قمت به؟ «…»`): the interviewee.
   *
   * @param paragraph
   * @param open
   *   Index of the opening mark.
   * @returns
   *   Speaker, or `undefined`.
   */
  #answer(paragraph: number, open: number): ResolvedSpeaker | undefined {
    const text = this.#analysis(paragraph).text.slice(0, open)
    if (itemAt(this.cues, paragraph).length > 0 || !/^\s*[-–—*]/.test(text) || !/[؟?]\s*$/.test(text)) return undefined
    return this.#interviewee(paragraph + 1)
  }

  /**
   * Speaker of a quotation that is a sentence of its own right after a
   * sentence of the same paragraph that reports someone's words (`تقول X:
   * «…». كما تؤكد أن … . «…»`): theirs, when nobody else is named since.
   *
   * @param paragraph
   * @param start
   *   Start of the quotation's sentence.
   * @param open
   *   Index of its opening mark.
   * @returns
   *   Speaker, or `undefined`.
   */
  #paragraphSpeaker(paragraph: number, start: number, open: number): ResolvedSpeaker | undefined {
    const analysis = this.#analysis(paragraph)
    if (analysis.tokensIn(start, open).length > 0) return undefined
    const cues = itemAt(this.cues, paragraph)
    const earlier = cues.findLast((cue) => cue.start < start)
    if (!earlier || earlier.word.firstPerson || earlier.blocked) return undefined
    // Only from the sentence right before: a sentence of narrative between
    // (`وردت عليها النائبة …`) may be about someone else.
    if (analysis.tokensIn(earlier.sentence[1], start).length > 0) return undefined
    // `… رسول الله - صلى الله عليه وسلم - …`: the Prophet is named since.
    if (itemAt(this.#blessings, paragraph).some((index) => index > earlier.start && index < open)) return undefined
    // Right after the words of that speaker, with no narrative between: a
    // text they cite (`قول الله تعالى: {…}، وقول رسوله: «…»`).
    if (analysis.tokensIn(earlier.end, start).length === 0) return undefined
    const sentence = cues.filter((cue) => cue.start >= earlier.sentence[0] && cue.start <= earlier.start)
    const speaker = earlier.resolved ?? this.#implicit(paragraph, earlier.sentence[0], earlier, sentence)
    // A person only mentioned in that sentence is a guess twice over.
    if (!speaker || speaker.via === 'sentence-mention') return undefined
    const order = readingOrder(paragraph, open)
    // Anyone named with a title since the speech word, even within its
    // sentence (`تقول X: «…». وردت عليها النائبة Y …`).
    if (this.registry.othersBetween(readingOrder(paragraph, earlier.end), order, speaker.speaker, undefined))
      return undefined
    if (this.#namesSomeoneElse(paragraph, earlier.sentence[1], order, speaker.speaker)) return undefined
    return speaker
  }

  /**
   * Speaker a paragraph hands on to a following paragraph that is all quote:
   * the paragraph ends with a colon or a speech word, or holds a quotation.
   *
   * @param paragraph
   *   Index of the introducing paragraph.
   * @returns
   *   Speaker, or `undefined`.
   */
  introducedBy(paragraph: number): ResolvedSpeaker | undefined {
    const analysis = this.#analysis(paragraph)
    const text = analysis.text
    // The paragraph before the first has no cues.
    const cues = this.cues[paragraph] ?? []
    if (cues.length === 0 && isQuestion(text)) return this.#interviewee(paragraph)
    const last = cues.at(-1)
    if (!last || last.blocked) return undefined
    const tail = analysis.tokensIn(last.end, text.length)
    const introduces = /[:：]\s*[-–—]*\s*$/.test(text) || tail.length <= 2
    if (!introduces) return undefined
    const start = analysis.sentenceStart(last.start)
    const before = cues.filter((cue) => cue.start >= start)
    return last.resolved ? {...last.resolved, via: 'handed-on'} : this.#implicit(paragraph, start, last, before)
  }

  /**
   * Speaker of an answer in an interview: the paragraph before it is a
   * question (`- هل …؟`); going back over questions and answers that are
   * quotations of their own, the paragraph that introduced the first answer
   * (`… الذي قال لـ«الصحيفة»:`) names who answers.
   *
   * @param question
   *   Index of the question paragraph.
   * @returns
   *   Speaker, or `undefined`.
   */
  #interviewee(question: number): ResolvedSpeaker | undefined {
    for (let index = question - 1; index >= Math.max(0, question - INTERVIEW_REACH); index--) {
      const analysis = this.#analysis(index)
      // A paragraph not of the article's body (a subheading) ends the
      // interview; so does narrative.
      if (analysis.text.trim() === '') return undefined
      const answer = analysis.tokens.length === 0
      if (answer || (itemAt(this.cues, index).length === 0 && isQuestion(analysis.text))) continue
      const speaker = this.introducedBy(index)
      return speaker ? {...speaker, via: 'interviewee'} : undefined
    }

    return undefined
  }

  /**
   * Speaker of a cue without a subject: the named subject of its sentence,
   * else the previous speaker of the same gender.
   *
   * @param paragraph
   * @param start
   * @param cue
   * @param sentence
   */
  #implicit(
    paragraph: number,
    start: number,
    cue: SpeechCue,
    sentence: ReadonlyArray<SpeechCue>
  ): ResolvedSpeaker | undefined {
    const inSentence = this.#sentenceSubject(paragraph, start, cue, sentence)
    if (inSentence) return inSentence
    // `وقالوا:`, `يقولون إن`, `مرددين`: a group, not whoever spoke before or
    // was named; with a speaker earlier in the sentence (`وأكد X … معتبرين`)
    // it is theirs to report, as `#sentenceSubject` finds.
    if (this.#isPlural(cue)) return undefined

    // `أما X فكتب يقول:`: the topic of the sentence.
    const analysis = this.#analysis(paragraph)
    const text = analysis.text
    const tokens = analysis.tokensIn(start, cue.start)
    const topic = tokens.findIndex((token) => token.folded === 'اما')
    if (topic !== -1) {
      const subject = readSubject(text, tokens, topic + 1, cue.start, this.#options)
      if (subject) return {...this.registry.resolve(subject, readingOrder(paragraph, subject.start)), via: 'topic'}
    }

    // `وتحدثنا مع الناظر …، عبدالرحمن الحيدر عن … فقال:`: the one the
    // writer interviews; nobody when the text does not name them.
    const interview = tokens.findLastIndex((token) => INTERVIEW.test(token.folded))
    if (interview !== -1) return this.#interviewed(paragraph, tokens, interview, cue)
    const named = this.#namedBefore(paragraph, start, cue, tokens)
    // `مكتفيا بالقول`: “by saying” goes with a verb of its sentence, whose
    // subject is not always the one who spoke before.
    return named ?? (cue.word.lemma === BY_SAYING ? undefined : this.#goesOn(paragraph, start, cue, tokens))
  }

  /**
   * @param paragraph
   * @param start
   * @param cue
   * @param sentence
   * @returns
   *   The speaker another speech word of the sentence, before this one,
   *   stands for.
   */
  #sentenceSubject(
    paragraph: number,
    start: number,
    cue: SpeechCue,
    sentence: ReadonlyArray<SpeechCue>
  ): ResolvedSpeaker | undefined {
    // `أوضحت إدارة الفتح أن … وفق لوائح التسجيل، وقالت:`: the subject of a
    // speech verb of the same gender, not the source of a fact.
    const named = sentence.findLast(
      (other) =>
        other.resolved &&
        this.#isSureSubjectOfSentence(other) &&
        other.start < cue.start &&
        other.word.form !== 'attribution' &&
        (!cue.gender || !other.gender || cue.gender === other.gender)
    )
    if (named?.resolved) return {...named.resolved, via: 'sentence-subject'}
    // `وأكد أنه … واعتديا عليه، مرددين`: several speak, not the one the
    // first speech word stands for.
    const plural = this.#isPlural(cue)
    // `وقال «…»، مؤكدا أن «…»`: whoever the first speech word of the
    // sentence stands for.
    const first = sentence.find((other) => other.start >= start && other.start < cue.start)
    if (
      first &&
      !plural &&
      !first.resolved &&
      !first.blocked &&
      !first.word.firstPerson &&
      first.word.form !== 'attribution' &&
      (!cue.gender || !first.gender || cue.gender === first.gender)
    ) {
      // A person only mentioned before it is a guess twice over; the one
      // who spoke before carries on with `و` (`وأوضح`), not with a verb
      // that opens a sentence of its own (`يصف لـ«…» X`).
      const speaker = this.#implicit(paragraph, start, first, [first])
      const carriesOn = /^[وف]/.test(
        this.#analysis(paragraph).tokens.find((token) => token.start === first.start)?.prefix ?? ''
      )
      const guess = speaker?.via === 'sentence-mention' || (speaker?.via === 'previous-same-gender' && !carriesOn)
      if (speaker && !guess) return {...speaker, via: 'sentence-subject'}
    }

    return undefined
  }

  /**
   * @param paragraph
   * @param start
   * @param cue
   * @param tokens
   *   The words of the sentence before the cue.
   * @returns
   *   The person the sentence names before the cue, or the one named as the
   *   subject of the verb that opens it or the sentence before.
   */
  #namedBefore(
    paragraph: number,
    start: number,
    cue: SpeechCue,
    tokens: ReadonlyArray<WordToken>
  ): ResolvedSpeaker | undefined {
    // `أبدت الفنانة إليسا إعجابها … وقالت:`: the person named in the sentence
    // before its first speech word, and before any `أن` (after them, `وأوضح
    // أن الرئيس X …`, `وحكى X أنه اتصل به الضابط Y`, name someone spoken
    // about).
    const firstCue = itemAt(this.cues, paragraph).find((other) => other.start >= start) ?? cue
    const reported = tokens.find((token) => isComplementiser(token.folded))
    const mention = this.registry.lastPerson(
      readingOrder(paragraph, Math.min(firstCue.start, cue.start, reported?.start ?? cue.start)),
      readingOrder(paragraph, start)
    )
    // `وقالت` is not a man's words, nor `وقال` a woman's.
    const agrees = !cue.gender || !mention?.gender || cue.gender === mention.gender
    const subject = mention && (this.#standsAsSubject(paragraph, start, mention) || this.#relativeOf(mention, cue))
    if (mention?.name && agrees && subject)
      return {speaker: this.#fullName(mention.name, cue.order), asWritten: undefined, via: 'sentence-mention'}
    // `وانتقد روبرت ساليفان، جد …، هيئة المحلفين. وقال «…»`: the person
    // named as the subject of the verb that opens the sentence, or the one
    // before when the speech word opens its own.
    const opening = this.#verbSubject(paragraph, start, cue.start, false)
    if (opening) return opening.speaker
    if (tokens.length === 0 && start > 0) {
      const before = this.#verbSubject(paragraph, this.#analysis(paragraph).sentenceStart(start - 1), start, false)
      if (before) return before.speaker
    }

    return undefined
  }

  /**
   * Whether a name is the antecedent of a relative whose verb is the speech
   * word (`نزيه الكريع، الذي قال:`): it speaks, wherever it stands.
   *
   * @param mention
   * @param cue
   * @returns
   *   Whether the speech word's relative stands for the name.
   */
  #relativeOf(mention: Mention, cue: SpeechCue): boolean {
    if (orderParagraph(mention.order) !== cue.paragraph) return false
    const {text} = this.#analysis(cue.paragraph)
    const end = text.indexOf(mention.text, orderIndex(mention.order))
    if (end === -1) return false
    return RELATIVE_AFTER.test(text.slice(end + mention.text.length, cue.start))
  }

  /**
   * Whether a person named in a sentence stands where its subject does: at
   * its opening (`أحمد آدم، قال`, `من جانبه، X`), or right after a verb that
   * opens a clause (`رحب الدكتور X`, `وقد عبر مدير المنتخب X`), a pronoun
   * (`قدم له الدكتور X`) or the paper spoken to (`تحدث لـ«سبق» X`) between.
   * After a noun or a preposition a name is a genitive or an object
   * (`مستشارة الرئيس X`, `خبر سحل المواطن X`, `بجامعة الملك X`), not who
   * speaks.
   *
   * @param paragraph
   * @param start
   *   Start of the sentence.
   * @param mention
   *   The person named, with their title.
   * @returns
   *   Whether the phrase may be the sentence's subject.
   */
  #standsAsSubject(paragraph: number, start: number, mention: Mention): boolean {
    const {text} = this.#analysis(paragraph)
    const all = this.#analysis(paragraph).tokensIn(start, orderIndex(mention.order))
    // The title and name read together are one phrase (`مدير المنتخب "X"`,
    // `X رئيس الحزب`, kept where the title stands).
    const title = new Set(mention.titleWords)
    const name = new Set(mention.nameWords)
    const own = (token: WordToken) => name.has(token.folded) || title.has(stripArticle(token.folded))
    let end = all.length
    while (end > 0 && own(itemAt(all, end - 1))) end--
    const at = end < all.length ? itemAt(all, end).start : orderIndex(mention.order)
    // `من جانبه رحب`, `بدوره، علق`: the turn opens the sentence.
    const opener = opensTurn(all) ? (/بدور/.test(firstItem(all).folded) ? 1 : 2) : 0
    const addressee = SPOKEN_TO.exec(text.slice(start, at))
    const tokens = all.slice(opener, end).filter((token) => !addressee || token.end <= start + addressee.index)
    const last = tokens.length - (PRONOUN_OBJECT.test(tokens.at(-1)?.folded ?? '') ? 2 : 1)
    const verb = tokens[last]
    // At the opening, or after a colon (`- 12 مايو: الوزير X يزور`).
    if (!verb || (!addressee && /:\s*$/.test(text.slice(start, at)))) return true
    // A word with `ة` or after `ب`/`ل` is a noun; the name its genitive.
    if (/[بل]/.test(verb.prefix) || verb.value.endsWith('ة') || verb.definite) return false
    const previous = tokens[last - 1]
    // The paper spoken to follows a verb of speech (`وتحدث لـ«سبق» X`).
    if (addressee) return true
    // After `قد` or a turn a verb follows (`وقد عبر`, `من جانبه، عبر`), and
    // a sentence opens with one joined by `و` (`وعبر الأمير X`), whatever
    // else the word may be.
    const opens = last === 0 && (opener > 0 || verb.prefix === 'و' || verb.prefix === 'ف')
    if (opens || OPENING_PARTICLES.test(previous?.folded ?? '')) return true
    if (!this.#mayBeVerb(verb)) return false
    return (
      last <= 1 ||
      // `بيان أصدره الأمين العام X`: a verb with its object describes the
      // noun before it; not after a relative (`الجهود التي بذلها X`), a
      // clause of its own.
      (verb.suffix !== '' && verb.prefix === '' && !RELATIVE.test(previous?.folded ?? '')) ||
      /[،,؛;:]/.test(text.slice(previous?.end ?? 0, verb.start)) ||
      CLAUSE_VERB_OPENERS.test(previous?.folded ?? '')
    )
  }

  /**
   * @param paragraph
   * @param start
   * @param cue
   * @param tokens
   *   The words of the sentence before the cue.
   * @returns
   *   Whoever spoke before, when the sentence goes on with them.
   */
  #goesOn(
    paragraph: number,
    start: number,
    cue: SpeechCue,
    tokens: ReadonlyArray<WordToken>
  ): ResolvedSpeaker | undefined {
    // `وأشاد بالجهود التي قام بها X وأضاف:`: a sentence whose opening verb
    // has no subject of its own goes on with whoever spoke before; a name
    // after that verb is what it is about.
    // `من جانبه، أرجع X … بقوله`, `من جهة أخرى`, `بدوره`: the sentence
    // turns to someone else, named in it if at all.
    if (opensTurn(tokens)) return undefined
    // `كانت جان جونسون … تهم بمغادرة شقتها … وقالت`: the sentence names its
    // own subject after `كان` (not `وكان قد قال`, which has none).
    if (this.#auxiliaryWithSubject(tokens)) return undefined
    if (this.#ownerElsewhere(tokens, cue)) return undefined
    const until = this.#opensWithoutSubject(tokens) ? start : cue.start
    return tagged(this.#previous(readingOrder(paragraph, until), cue.gender), 'previous-same-gender')
  }

  /**
   * Whether a participle cannot go with the subject its sentence opens with
   * (`وقدم التقرير مثالا لسيدة …، مضيفة أنها`): a verb joined by `و` with
   * a noun after it, the verb's gender not the participle's. The
   * participle then describes someone else in the sentence, not whoever
   * spoke before.
   *
   * @param tokens
   *   Words from the start of the sentence.
   * @param cue
   *   The participle.
   * @returns
   *   Whether its owner is someone the sentence speaks of.
   */
  #ownerElsewhere(tokens: ReadonlyArray<WordToken>, cue: SpeechCue): boolean {
    const [verb, next] = tokens
    if (cue.word.form !== 'participle' || !cue.gender || !verb || !next?.definite) return false
    if (verb.prefix !== 'و' || !this.#mayBeVerb(verb) || readSpeechWord(verb.folded, this.#options.verbs)) return false
    // The past tense shows a woman by `ت` at its end, the present at its start.
    const feminine = /ت$/.test(verb.stem) || (/^ت/.test(verb.stem) && verb.stem.length >= 4)
    return feminine !== (cue.gender === 'feminine')
  }

  /**
   * Whether words open with a verb joined by `و` that has no subject after
   * it (`وأشاد بالجهود`, `وتوجه إلى`): its subject is the one before.
   *
   * @param tokens
   *   Words from the start of the sentence.
   * @returns
   *   Whether the opening verb has no subject of its own.
   */
  #opensWithoutSubject(tokens: ReadonlyArray<WordToken>): boolean {
    const [verb, next] = tokens
    if (!verb || !next || verb.prefix !== 'و' || isAuxiliaryVerb(verb.folded)) return false
    if (readSpeechWord(verb.folded, this.#options.verbs) || !this.#mayBeVerb(verb)) return false
    return (next.prefix !== '' && !next.definite) || isPreposition(next.folded)
  }

  /**
   * @param token
   *   Word.
   * @returns
   *   Whether it may be a verb: not a noun with the article, a preposition,
   *   a particle or a title.
   */
  #mayBeVerb(token: WordToken): boolean {
    if (token.definite || token.value.length < 3) return false
    return !(isPreposition(token.stem) || isStopWord(token.folded) || isStopWord(token.stem) || isTitleNoun(token.stem))
  }

  /**
   * Whether words open with `كان` or a sister, or with `غير أن`, `إلا
   * أن`, followed by a noun of its own (`كانت جان جونسون`, `وكان الرئيس`,
   * `غير أن أبو مريم`), not by `قد`, a speech verb or a particle.
   *
   * @param tokens
   *   Words from the start of the sentence.
   * @returns
   *   Whether the sentence gives its own subject.
   */
  #auxiliaryWithSubject(tokens: ReadonlyArray<WordToken>): boolean {
    // `غير أن أبو مريم لاحظ … فقال`, `إلا أن الوزير رفض … وقال`: `أن` and
    // its subject, the same way.
    const adversative = /^[وف]?(?:غير|الا|بيد)$/.test(tokens[0]?.folded ?? '') && /^ان$/.test(tokens[1]?.folded ?? '')
    const [auxiliary, next] = adversative ? tokens.slice(1) : tokens
    if (!auxiliary || !next || !(adversative || isAuxiliaryVerb(auxiliary.folded))) return false
    if (next.folded === 'قد' || readSpeechWord(next.folded, this.#options.verbs)) return false
    return next.definite || (next.prefix === '' && !isPreposition(next.folded) && !isStopWord(next.folded))
  }

  /**
   * Whether a speech word is in the plural (`وأضافوا`, `يقولون`, `قائلين`):
   * the ending of its word, where the lemma has none.
   *
   * @param cue
   *   Cue.
   * @returns
   *   Whether it speaks for several.
   */
  #isPlural(cue: SpeechCue): boolean {
    const token = this.#analysis(cue.paragraph).tokens.find((other) => other.start === cue.start)
    if (!token || /(?:وا|ون|ين)$/.test(cue.word.lemma)) return false
    const ending = cue.word.form === 'participle' ? /ين$/ : /(?:وا|ون)$/
    return cue.word.form !== 'noun' && ending.test(token.folded)
  }

  /**
   * Give a speech word without a subject the person named as the subject of
   * the verb that opens its sentence (`وانتقد روبرت ساليفان … وقال`,
   * `رحب الدكتور X بالحكم … مشيرا`), or of the sentence before when the
   * speech word opens its own: that person is then its speaker, also for
   * the speech words that carry on (`وأضاف`) in later paragraphs.
   *
   * @param cue
   *   Cue just read.
   * @returns
   *   Nothing.
   */
  #takeOpeningSubject(cue: SpeechCue): undefined {
    if (cue.resolved || cue.blocked || cue.word.firstPerson) return undefined
    if (cue.word.form !== 'verb' && cue.word.form !== 'participle') return undefined
    const analysis = this.#analysis(cue.paragraph)
    const start = cue.sentence[0]
    // Only the first speech word of the sentence: a later one goes with the
    // speakers of those before it (`بحسب حاكم المنطقة X الذي أضاف`: X), and
    // with none when they have none (`#implicit`).
    if (itemAt(this.cues, cue.paragraph).some((other) => other.start >= start && other.start < cue.start))
      return undefined
    const opens = analysis.tokensIn(start, cue.start).length === 0
    let found = this.#verbSubject(cue.paragraph, start, cue.start, true)
    if (!found && opens && start > 0) {
      found = this.#verbSubject(cue.paragraph, analysis.sentenceStart(start - 1), start, true)
    }

    // `طالب رئيس اللجنة X المجتمع الدولي …` then, opening the next
    // paragraph, `وقال في بيان …`: the lead's subject, when the lead has no
    // speech word of its own.
    const lead = this.#analysis(cue.paragraph - 1)
    if (!found && opens && start === 0 && lead.text !== '' && (this.cues[cue.paragraph - 1] ?? []).length === 0) {
      found = this.#verbSubject(cue.paragraph - 1, 0, lead.sentenceEnd(0), true)
    }

    if (!found || (cue.gender && found.subject.gender && found.subject.gender !== cue.gender)) return undefined
    // `استمع X إلى أقوال Y …، لكنه أكد`: the pronoun may stand for
    // someone named since.
    const before = analysis.tokens[analysis.tokens.findIndex((token) => token.start === cue.start) - 1]
    if (before && PRONOUN_SUBJECT.test(before.folded)) return undefined
    cue.subject = found.subject
    cue.resolved = found.speaker
    return undefined
  }

  /**
   * Speaker of a cue after the writer's words of interviewing someone
   * (`وتحدثنا مع X … فقال:`): X, when the text names them plainly; the
   * previous speaker when the interview word ends the stretch.
   *
   * @param paragraph
   * @param tokens
   *   Words from the sentence start to the cue.
   * @param interview
   *   Index of the interview word in `tokens`.
   * @param cue
   * @returns
   *   Speaker, or `undefined`.
   */
  #interviewed(
    paragraph: number,
    tokens: ReadonlyArray<WordToken>,
    interview: number,
    cue: SpeechCue
  ): ResolvedSpeaker | undefined {
    const text = this.#analysis(paragraph).text
    const after = tokens[interview + 1]?.folded === 'مع' ? interview + 2 : interview + 1
    if (after >= tokens.length)
      return tagged(this.#previous(readingOrder(paragraph, cue.start), cue.gender), 'previous-same-gender')
    const subject = readSubject(text, tokens, after, cue.start, this.#options)
    if (!subject || !isPlausibleSubject(subject, this.#options)) return undefined
    const resolved = this.registry.resolve(subject, readingOrder(paragraph, subject.start))
    if (subject.kind === 'title' && resolved.speaker === subject.text) return undefined
    return resolved.ambiguous ? undefined : {...resolved, via: 'interviewee'}
  }

  /**
   * The person named right after the word that opens a stretch of
   * narrative, when that word may be a verb (`وانتقد روبرت ساليفان`,
   * `وفيما أبدى سمير الدعجاني`, a paragraph's first word: `رحب الدكتور
   * …`): a name of two or three words (particles such as `بن` aside), the
   * stretch holding no speech word of its own.
   *
   * @param paragraph
   * @param from
   * @param to
   * @param known
   *   Whether the name must be known as a person's (see `#isKnownPerson`),
   *   and may open the paragraph without `و`.
   */
  #verbSubject(
    paragraph: number,
    from: number,
    to: number,
    known: boolean
  ): {speaker: ResolvedSpeaker; subject: SubjectPhrase} | undefined {
    const analysis = this.#analysis(paragraph)
    const tokens = analysis.tokensIn(from, to)
    let index = 0
    if (OPENING_PARTICLES.test(tokens[0]?.folded ?? '')) index = 1
    // `بدوره، عبر X عن …`, `من جانبه، أشاد X …`: the turn to someone new,
    // named as the verb's subject.
    else if (opensTurn(tokens)) index = /^[وف]?بدور/.test(tokens[0]?.folded ?? '') ? 1 : 2
    const verb = tokens[index]
    // A verb opening narrative is joined by `و`/`ف`, follows a particle, or
    // opens the paragraph (the lead: `أشاد نائب الوزير …`); not `كان`, whose
    // subject is read before the verb it leads to (`وكانت الممثلة …، السفيرة
    // X، قد قالت`: `#subjectBefore`).
    if (!verb || verb.definite || verb.value.length < 3 || isAuxiliaryVerb(verb.folded)) return undefined
    if (index === 0 && verb.prefix !== 'و' && verb.prefix !== 'ف' && !(known && from === 0)) return undefined
    const all = analysis.tokens
    const at = all.indexOf(verb)
    if (isPreposition(verb.stem) || isStopWord(verb.folded) || isStopWord(verb.stem)) return undefined
    if (
      isTitleNoun(verb.stem) &&
      !(TITLE_VERBS.has(verb.stem) && isPersonTitle(stripArticle(all[at + 1]?.folded ?? '')))
    )
      return undefined
    // The subject follows the verb bare (`وقدمت لذلك نبذة`: no subject).
    const first = all[at + 1]
    if (!first || (first.prefix !== '' && !first.definite) || DEMONSTRATIVES.test(first.folded)) return undefined
    let subject = readSubject(analysis.text, all, at + 1, to, this.#options)
    if (subject) subject = apposedName(analysis.text, all, subject, to, this.#options) ?? subject
    if (subject?.kind !== 'name' || !isPlausibleSubject(subject, this.#options)) return undefined
    // Two or three words, the article only on the family name: a name, not
    // a phrase run on into the narrative (`محمود أمر إحالة المتهمين`).
    const words = subject.nameWords.filter((word) => !isNameParticle(word))
    if (words.length < 2 || words.length > 3 || words.slice(0, -1).some((word) => word.startsWith('ال')))
      return undefined
    const resolved = this.registry.resolve(subject, readingOrder(paragraph, subject.start))
    const titled = (subject.person && subject.titleWords.length > 0) || isTitledAfter(analysis.text, all, subject)
    if (resolved.ambiguous || (known && !titled && !this.#isKnownPerson(resolved.speaker))) return undefined
    return {speaker: {...resolved, via: 'verb-subject'}, subject}
  }

  /**
   * Whether the article shows a name to be a person's: given a title
   * somewhere (`الدكتور X`), or the subject of a speech word. Two words after
   * a verb may be anything else (`وقعت مشادة عنيفة`).
   *
   * @param name
   *   Name, resolved.
   * @returns
   *   Whether it is known as a person.
   */
  #isKnownPerson(name: string): boolean {
    if (this.registry.titlesOf(name).length > 0) return true
    return this.#named.some((cue) => cue.subject?.kind === 'name' && cue.resolved?.speaker === name)
  }

  /**
   * @param name
   * @param order
   */
  #fullName(name: string, order: number): string {
    const words = tokenize(name).map((token) => token.folded)
    return this.registry.resolve(nameSubject(name, words, 0, name.length), order).speaker
  }

  /**
   * @param gender
   *   Gender to match, if known.
   * @returns
   *   The last cue so far whose subject is a person's name, of that gender
   *   (or of unknown gender).
   */
  #lastNamed(gender: Gender | undefined): SpeechCue | undefined {
    const candidates = gender
      ? [this.#lastNameByGender.get(gender), this.#lastNameByGender.get('unknown')]
      : [...this.#lastNameByGender.values()]
    let best: SpeechCue | undefined
    for (const cue of candidates) if (cue && (!best || cue.order > best.order)) best = cue
    return best
  }

  /**
   * @param order
   *   Reading-order place.
   * @param gender
   *   Gender to match, if known.
   * @returns
   *   The last named speaker before `order` of that gender (of any gender
   *   when there is none).
   */
  #previous(order: number, gender: Gender | undefined): ResolvedSpeaker | undefined {
    for (let index = this.#named.length - 1; index >= 0; index--) {
      const cue = itemAt(this.#named, index)
      if (cue.order >= order) continue
      // `ليرد حسني قائلا` since: someone not known spoke after them.
      if (this.#unknownSpokeBetween(cue.order, order)) return undefined
      // `وأضافت` after a man spoke: the last woman who spoke (and nobody
      // when none did, rather than a name of the other gender).
      if (gender && cue.gender && cue.gender !== gender) continue
      if (!isSureSpeaker(cue) || !cue.resolved) return undefined
      // `وفق لوائح التسجيل`: the source of a fact, not someone who speaks
      // on; only a title or an organisation given as a source does.
      const head = cue.subject?.titleWords[0]
      const titled =
        cue.subject?.kind === 'title' && (cue.subject.person || (head && isOrganisationNoun(stripArticle(head))))
      if (cue.word.form === 'attribution' && !titled) return undefined
      // `يقول النحات X لـ"الوطن": «…». وأضاف`: someone spoke since whose
      // name was not read; `وأضاف` is theirs, not the one before.
      if (this.#refusedBetween(cue.order, order, gender)) return undefined
      // `وقال إن حزب X اعتبر أن …` then `وأكد`: the one reported on is not
      // the one who carries on; which of the two is, the text does not say.
      if (this.#isReported(cue)) return undefined
      // `وقال X … رحب الأمين العام … وشدد على`: someone else named since.
      if (this.registry.othersBetween(readingOrder(cue.paragraph + 1, 0), order, cue.resolved.speaker, gender))
        return undefined
      // `وقال X … دعا الجبوري إلى … وقال خلال لقائه`: the narrative turned
      // to someone else the article names.
      if (this.#namesSomeoneElse(cue.paragraph, cue.sentence[1], order, cue.resolved.speaker)) return undefined
      return cue.resolved
    }

    // Nobody has spoken yet: someone named earlier may be spoken about, not
    // the one speaking; no speaker rather than a guess.
    return undefined
  }

  /**
   * Whether a speech word stands in what another speech word of its sentence
   * reports (`وقال إن حزب X اعتبر`, `قال X، إن الحزب يدعو`): after it and
   * after a complementiser that follows it, the other's speaker not its own.
   *
   * @param cue
   *   Cue with a resolved speaker.
   * @returns
   *   Whether it is reported speech.
   */
  #isReported(cue: SpeechCue): boolean {
    const analysis = this.#analysis(cue.paragraph)
    return itemAt(this.cues, cue.paragraph).some(
      (other) =>
        other.start >= cue.sentence[0] &&
        other.start < cue.start &&
        other.word.form !== 'attribution' &&
        !other.word.firstPerson &&
        other.resolved?.speaker !== cue.resolved?.speaker &&
        // No full stop or quotation between: the same sentence surely.
        !/[.!?؟«»"“”]/.test(analysis.text.slice(other.end, cue.start)) &&
        analysis.tokensIn(other.end, cue.start).some((token) => isComplementiser(token.folded))
    )
  }

  /**
   * Whether a speech word whose subject was not taken (`blocked`) comes
   * between two places, of the gender asked for or of none shown.
   *
   * @param from
   *   Reading-order place to look after.
   * @param to
   *   Reading-order place to look before.
   * @param gender
   *   Gender to match, if known.
   * @returns
   *   Whether someone unnamed spoke between.
   */
  #refusedBetween(from: number, to: number, gender: Gender | undefined): boolean {
    return this.#refused.some(
      (cue) => cue.order > from && cue.order < to && (!gender || !cue.gender || cue.gender === gender)
    )
  }

  /**
   * Whether the narrative between two places names a person of the article
   * other than `speaker` by their family name (`دعا الجبوري`): words after a
   * speech word in its sentence are what is said, not who says it.
   *
   * @param paragraph
   *   Paragraph to look from.
   * @param from
   *   Index to look from in that paragraph.
   * @param order
   *   Reading-order place to look up to.
   * @param speaker
   *   Speaker whose own names do not count.
   * @returns
   *   Whether someone else is named.
   */
  #namesSomeoneElse(paragraph: number, from: number, order: number, speaker: string): boolean {
    const others = this.#familyNames()
    if (others.size === 0) return false
    const own = new Set(tokenize(speaker).map((token) => stripArticle(token.folded)))
    const last = orderParagraph(order)
    for (let index = paragraph; index <= last; index++) {
      const analysis = this.#analysis(index)
      const start = index === paragraph ? from : 0
      const end = index === last ? orderIndex(order) : analysis.text.length
      const cues = itemAt(this.cues, index)
      for (const token of analysis.tokensIn(start, end)) {
        const word = stripArticle(token.folded)
        const name = others.has(word) ? word : others.has(token.stem) ? token.stem : undefined
        if (name === undefined || own.has(name)) continue
        const sentence = analysis.sentenceStart(token.start)
        if (cues.some((cue) => cue.start >= sentence && cue.start < token.start)) continue
        return true
      }
    }

    return false
  }

  /**
   * @returns
   *   Family names (folded, article dropped) of the people the article
   *   names with two words or more.
   */
  #familyNames(): Set<string> {
    if (this.#families) return this.#families
    const families = new Set<string>()
    const add = (words: ReadonlyArray<string>) => {
      const family = words.at(-1)
      if (words.length >= 2 && family && stripArticle(family).length >= 3) families.add(stripArticle(family))
    }

    // Names given with a title (`رئيس البرلمان سليم الجبوري`), and names of
    // those who speak: the surest.
    for (const mention of this.registry.mentions) {
      const head = mention.titleWords[0]
      if (
        mention.kind === 'name' &&
        mention.person &&
        head &&
        !isOrganisationNoun(head) &&
        mention.nameWords.length <= 4
      )
        add(mention.nameWords)
    }

    for (const cue of this.#named) {
      if (cue.subject?.kind === 'name' && cue.resolved) add(tokenize(cue.resolved.speaker).map((token) => token.folded))
    }

    this.#families = families
    return families
  }

  /**
   * @param paragraph
   * @returns
   *   Its analysed text (empty past the end).
   */
  #analysis(paragraph: number): AnalysedText {
    return this.#analyses[paragraph] ?? this.#none
  }

  /**
   * @param analysis
   * @param paragraph
   */
  #readCues(analysis: AnalysedText, paragraph: number): Array<SpeechCue> {
    const cues: Array<SpeechCue> = []
    for (const index of analysis.tokens.keys()) {
      const cue = this.#readCue(analysis, paragraph, index, cues)
      if (cue) cues.push(cue)
    }

    return cues
  }

  /**
   * @param analysis
   * @param paragraph
   * @param index
   *   The word that may be a speech word.
   * @param cues
   *   The cues read before it in the paragraph.
   * @returns
   *   Its cue, when it says that someone speaks.
   */
  #readCue(
    analysis: AnalysedText,
    paragraph: number,
    index: number,
    cues: ReadonlyArray<SpeechCue>
  ): SpeechCue | undefined {
    const token = itemAt(analysis.tokens, index)
    const word = this.#cueWord(analysis, index)
    if (!word) return undefined
    const reading = this.#cueSubject(analysis, paragraph, index, word, cues)
    if (!reading) return undefined
    const {subject, onTongue, fromPronoun, order} = reading
    const {resolved, blocked} = this.#resolveCue(reading, word, token, paragraph, cues)
    return {
      paragraph,
      start: token.start,
      end: subject && subject.start > token.start ? subject.end : token.end,
      sentence: [analysis.sentenceStart(token.start), analysis.sentenceEnd(token.start)],
      word,
      subject,
      resolved,
      // `ونقلت الصحيفة على لسان منصور`: the verb agrees with the carrier.
      gender: onTongue ? onTongue.gender : (fromPronoun ?? word.gender ?? subject?.gender),
      order,
      blocked,
      unread: reading.unread
    }
  }

  /**
   * @param analysis
   * @param index
   * @returns
   *   The speech word the word at `index` is, when it is one and not the
   *   writer's aside.
   */
  #cueWord(analysis: AnalysedText, index: number): SpeechWord | undefined {
    const text = analysis.text
    const tokens = analysis.tokens
    const token = itemAt(tokens, index)
    let word = this.registry.speechWordAt(analysis, index)
    // `وجاء في البيان أن`, `وورد في التقرير`: the document speaks.
    if (!word && tokens[index + 1]?.folded === 'في' && /^[وف]?(?:جاء|ورد)$/.test(token.folded)) {
      word = {form: 'attribution', gender: undefined, firstPerson: false, lemma: 'في'}
    }

    word ??= saidBefore(tokens, index) ?? addedBeforeColon(text, token) ?? this.#commentedOpening(analysis, index)
    // `وهذا ما قاله X عندما قال`: a verb of saying with its object
    // pronoun after `ما`, its subject after it.
    if (
      !word &&
      tokens[index - 1]?.folded === 'ما' &&
      /^(?:قاله|قالته)$/.test(token.folded) &&
      /^و?هذا$/.test(tokens[index - 2]?.folded ?? '')
    )
      word = readSpeechWord('قال', this.#options.verbs)
    // `خاتمة`, `خاتما`: “concluding” only right before `بقوله`, `بالقول`
    // (`تستدرك خاتمة بقولها`); elsewhere the noun (`في خاتمة المؤتمر`).
    if (word?.form === 'participle' && word.lemma === CONCLUDED && !isSayingNounAfter(tokens, index)) return undefined
    // `يذكر أن …`: “it is noted that”, the writer's aside.
    if (
      word?.lemma === 'ذكر' &&
      /^[وفب]?يذكر$/.test(token.folded) &&
      /^[وفب]?ان$/.test(tokens[index + 1]?.folded ?? '')
    )
      return undefined
    return word
  }

  /**
   * `علق` (“commented”) without `و`, opening a sentence or a clause after a
   * comma (`علق X:`, `وعلى الصعيد الآخر، علق X:`): a verb there, read as
   * `وعلق` is; elsewhere the word may be anything written alike.
   *
   * @param analysis
   * @param index
   * @returns
   *   The speech word, when it is one so.
   */
  #commentedOpening(analysis: AnalysedText, index: number): SpeechWord | undefined {
    const token = itemAt(analysis.tokens, index)
    if (!COMMENTED.test(token.folded)) return undefined
    const previous = analysis.tokens[index - 1]
    const opens =
      !previous ||
      previous.end <= analysis.sentenceStart(token.start) ||
      /[،,:؛]/.test(analysis.text.slice(previous.end, token.start))
    return opens ? readSpeechWord('و' + token.folded, this.#options.verbs) : undefined
  }

  /**
   * @param analysis
   * @param paragraph
   * @param index
   * @param word
   *   The speech word at `index`.
   * @param cues
   *   The cues read before it in the paragraph.
   * @returns
   *   Who the sentence says speaks, before it is resolved; nothing when the
   *   word is a noun of opinion rather than a speech word.
   */
  #cueSubject(
    analysis: AnalysedText,
    paragraph: number,
    index: number,
    word: SpeechWord,
    cues: ReadonlyArray<SpeechCue>
  ): CueSubject | undefined {
    const text = analysis.text
    const tokens = analysis.tokens
    const token = itemAt(tokens, index)
    const onTongue = word.firstPerson ? undefined : this.#onTongueOf(text, tokens, index + 1)
    // `ونقل موقع النادي عنه قوله`: the words of the one the pronoun
    // stands for, named before (the subject of the sentence).
    const fromPronoun = word.lemma === 'نقل' && !onTongue ? pronounSource(text, tokens, index + 1) : undefined
    let subject = onTongue ?? (fromPronoun ? undefined : this.#subjectOf(analysis, paragraph, index, word, cues))
    // `أخذ رأى هيئة كبار العلماء`, `تقديم رؤى ومقترحات`: the noun, not the verb.
    if (this.#isOpinionNoun(analysis, index, word) && !(subject && subject.start < token.start)) return undefined
    const order = readingOrder(paragraph, token.start)
    // `وجاء في التصريح`: the statement named before, whoever issued it.
    const quotedDocument =
      word.lemma === 'في' &&
      subject?.titleWords.length === 1 &&
      DOCUMENTS.has(stripArticle(firstItem(subject.titleWords)))
    const document = subject ? this.#document(subject, text, paragraph, cues, order) : undefined
    // `وكانت وكالة سبأ الرسمية اليمنية افادت`: a subject is written,
    // though not read; not whoever spoke before.
    const unread = !subject && !onTongue && word.form === 'verb' && subjectWrittenBefore(analysis, index)
    // `وقال له ماجد`: someone not read speaks, after them nobody carries on.
    const unnamed = !subject && !onTongue && word.form === 'verb' && writtenAfterPronoun(analysis, index)
    let blocked =
      unread ||
      unnamed ||
      (subject !== undefined &&
        ((!quotedDocument && !isPlausibleSubject(subject, this.#options)) ||
          (!document && carriesWords(word, subject, tokens[index + 1]))))
    if (word.form === 'participle' && subject && !this.#isPersonSubject(subject, word, order)) {
      // `ليرد حسني قائلا`, a one-word name not shown to speak: nobody,
      // rather than whoever spoke before; other words may be the object
      // (`فتوقعت حدوث تحول قائلة`, `فتوقعت تحولا قائلة`).
      blocked = subject.kind === 'name' && subject.nameWords.length === 1 && !/[اى]$/.test(subject.text)
      subject = undefined
    }

    if (blocked) subject = undefined
    return {subject, onTongue, fromPronoun, document, order, blocked, unread}
  }

  /**
   * @param reading
   *   Who the sentence says speaks.
   * @param word
   * @param token
   *   The speech word as written.
   * @param paragraph
   * @param cues
   *   The cues read before it in the paragraph.
   * @returns
   *   The speaker, and whether the cue names nobody.
   */
  #resolveCue(
    reading: CueSubject,
    word: SpeechWord,
    token: WordToken,
    paragraph: number,
    cues: ReadonlyArray<SpeechCue>
  ): {resolved: ResolvedSpeaker | undefined; blocked: boolean} {
    const {subject, document, order} = reading
    let blocked = reading.blocked
    let resolved = subject ? (tagged(document, 'document') ?? this.registry.resolve(subject, order)) : undefined
    if (resolved && subject && !resolved.via) {
      if (word.form === 'verb' && subject.start < token.start) resolved = {...resolved, via: 'subject-before'}
      else if (word.form === 'attribution' && word.lemma === 'في' && subject.titleWords.length !== 1)
        resolved = {...resolved, via: 'issuer'}
    }

    // `علق DirarMuslem`: the speech word is not part of its speaker's name,
    // however the fullest form was read.
    if (resolved?.asWritten && resolved.speaker.split(/\s+/)[0] === token.value) {
      resolved = {...resolved, speaker: resolved.asWritten, asWritten: undefined}
    }

    // A name two people of the article bear: the one who just spoke, if
    // they bear it; else nobody rather than a guess.
    if (resolved?.ambiguous) {
      resolved = subject ? this.#lastBearer(subject, word, paragraph, cues, order) : undefined
      blocked = resolved === undefined
    }
    // `وأوضح المدرب الإسباني` with no name given for that title: the last
    // person named who spoke.
    if (subject?.kind === 'title' && subject.person && resolved?.speaker === subject.text && isBareTitle(subject)) {
      resolved = this.#titleAntecedent(subject, word, paragraph, cues) ?? resolved
    } else if (
      subject?.kind === 'title' &&
      subject.person &&
      resolved &&
      isBareTitle(subject) &&
      this.#namedOnlyAfter(resolved.speaker, order)
    ) {
      // `وقال اللاعب` when the only player the article names with that
      // title comes later (`لاعب الوسط X`): someone else, maybe the one
      // the story is about; nobody rather than the later name.
      resolved = this.#titleAntecedent(subject, word, paragraph, cues)
      blocked = resolved === undefined
    }

    return {resolved, blocked}
  }

  /**
   * Whether `رأى`/`روى` (“held”, “told”) is the noun written alike (`رأي`,
   * `رؤى`): written with `ؤ`, with a final `ي` where the article writes
   * `ى`, or not opening a clause (after a noun: `أخذ رأى`, `كان رأى`),
   * unless its subject comes before it.
   *
   * @param analysis
   *   Paragraph, analysed.
   * @param index
   *   Index of the word.
   * @param word
   *   The speech word read there.
   * @returns
   *   Whether the word says nothing of anyone speaking.
   */
  #isOpinionNoun(analysis: AnalysedText, index: number, word: SpeechWord): boolean {
    if (word.form !== 'verb' || (word.lemma !== 'راي' && word.lemma !== 'روي')) return false
    const token = itemAt(analysis.tokens, index)
    if (token.value.includes('ؤ')) return true
    if (this.#options.aliIsName === true && /^[وف]?(?:رأي|راي)$/.test(token.value)) return true
    if (token.prefix !== '') return false
    const previous = analysis.tokens[index - 1]
    if (!previous || previous.end <= analysis.sentenceStart(token.start)) return false
    if (/[،,:؛()\-–—]/.test(analysis.text.slice(previous.end, token.start))) return false
    return !OPINION_OPENERS.test(previous.folded)
  }

  /**
   * The speaker a family name shared by two people stands for when the one
   * who spoke last bears it (`وأوضح … فهد العتيبي …` then `وأضاف
   * "العتيبي"`): of the speech word's gender, in this paragraph or the one
   * before, and with nobody else named since their paragraph began.
   *
   * @param subject
   *   Family name read as the subject.
   * @param word
   *   Its speech word.
   * @param paragraph
   *   Paragraph index.
   * @param cues
   *   Cues read so far in the paragraph.
   * @param order
   *   Reading-order place of the speech word.
   * @returns
   *   Speaker, if the last one bears the name.
   */
  #lastBearer(
    subject: SubjectPhrase,
    word: SpeechWord,
    paragraph: number,
    cues: ReadonlyArray<SpeechCue>,
    order: number
  ): ResolvedSpeaker | undefined {
    // `الشمري` alone reads as a title word, `"العتيبي"` as a name.
    const words = subject.kind === 'name' ? subject.nameWords : subject.titleWords
    const family = words.length === 1 ? words[0] : undefined
    const last = cues.findLast((cue) => cue.resolved) ?? this.#named.at(-1)
    if (family === undefined || !last?.resolved || last.paragraph < paragraph - 1) return undefined
    if (word.gender && last.gender && word.gender !== last.gender) return undefined
    const speaker = last.resolved.speaker
    const names = tokenize(speaker).map((token) => stripArticle(token.folded))
    if (names.length < 2 || names.at(-1) !== stripArticle(family)) return undefined
    if (this.registry.othersBetween(readingOrder(last.paragraph, 0), order, speaker, undefined)) return undefined
    return {speaker, asWritten: subject.text, via: 'last-bearer'}
  }

  /**
   * Whether a person's name is first given after a place: no name mention
   * before it shares a word with it (`رومانيولي` before `اليسيو رومانيولي`
   * counts).
   *
   * @param speaker
   *   Speaker, resolved.
   * @param order
   *   Reading-order place.
   * @returns
   *   Whether `speaker` is a name only mentioned after `order`.
   */
  #namedOnlyAfter(speaker: string, order: number): boolean {
    const mentions = this.registry.mentions
    if (!mentions.some((mention) => mention.kind === 'name' && mention.name === speaker)) return false
    const words = new Set(tokenize(speaker).map((token) => stripArticle(token.folded)))
    return !mentions.some(
      (mention) =>
        mention.order < order &&
        mention.kind === 'name' &&
        mention.nameWords.some((word) => words.has(stripArticle(word)))
    )
  }

  /**
   * The person a bare title stands for (`وأوضح المدرب الإسباني`): the last
   * person named who spoke, when the article gave them that role (`المدرب`),
   * or their role is unknown and they spoke in this paragraph or the one
   * before: a title alone may stand for anyone else. A title they were given
   * where they spoke, other than this one, rules them out (`المتحدث الرسمي
   * "X"` is not `مدير المحطة`).
   *
   * @param subject
   *   Bare title of a person.
   * @param word
   *   Its speech word.
   * @param paragraph
   *   Paragraph index.
   * @param cues
   *   Cues read so far in the paragraph.
   * @returns
   *   Speaker, if someone it stands for is clear.
   */
  #titleAntecedent(
    subject: SubjectPhrase,
    word: SpeechWord,
    paragraph: number,
    cues: ReadonlyArray<SpeechCue>
  ): ResolvedSpeaker | undefined {
    const gender = word.gender ?? subject.gender
    const head = subject.titleWords[0]?.replace(/^ال/, '')
    const named = (cue: SpeechCue) => cue.subject?.kind === 'name' && (!gender || !cue.gender || cue.gender === gender)
    const earlier = cues.findLast(named) ?? this.#lastNamed(gender)
    if (!earlier?.resolved) return undefined
    const roles = this.registry.titlesOf(earlier.resolved.speaker)
    const spokenAs = (earlier.subject?.titleWords ?? []).map(stripArticle)
    const near =
      earlier.paragraph >= paragraph - 1 && (spokenAs.length === 0 || (head !== undefined && spokenAs.includes(head)))
    if (!(roles.length === 0 ? near : head !== undefined && roles.includes(head))) return undefined
    return {speaker: earlier.resolved.speaker, asWritten: subject.text, via: 'title-antecedent'}
  }

  /**
   * Read the subject of a speech word: after a verb (or before it, `X الذي
   * قال`), the source after an attribution (`بحسب X`), the owner of `قوله`
   * (`عن X قوله`).
   *
   * @param analysis
   *   Paragraph, analysed.
   * @param paragraph
   *   Its index.
   * @param index
   *   Index of the speech word.
   * @param word
   *   The speech word.
   * @param cues
   *   Cues read so far in the paragraph.
   * @returns
   *   Subject, if the text gives one.
   */
  #subjectOf(
    analysis: AnalysedText,
    paragraph: number,
    index: number,
    word: SpeechWord,
    cues: ReadonlyArray<SpeechCue>
  ): SubjectPhrase | undefined {
    const {text, tokens} = analysis
    if (word.form === 'verb' && !word.firstPerson) {
      // `وكانت دول المجلس قد أبلغت السلطات`: the subject is before the
      // verb, what follows it its object.
      if (subjectWrittenBefore(analysis, index)) {
        const before = this.#subjectBefore(analysis, paragraph, index, word, cues)
        return before ? (apposedName(text, tokens, before, text.length, this.#options) ?? before) : undefined
      }

      const subject =
        word.lemma === 'نقل'
          ? this.#sourceAfter(text, tokens, index + 1, 'عن')
          : (this.#subjectAfterPronoun(analysis, index) ??
            this.registry.subjectAfterVerb(analysis, index) ??
            readQuotedName(text, tokens, index + 1, text.length) ??
            this.#subjectAfterAddressee(analysis, index) ??
            this.#subjectBefore(analysis, paragraph, index, word, cues))
      const named = subject ? (apposedName(text, tokens, subject, text.length, this.#options) ?? subject) : undefined
      if (named && named.kind !== 'name' && word.lemma === 'وصف' && describedAs(tokens, named))
        return this.#subjectBefore(analysis, paragraph, index, word, cues)
      return named ? (this.#documentIssuer(text, tokens, named) ?? withoutAgency(text, named)) : undefined
    }

    if (word.form === 'attribution') {
      const issued = word.lemma === 'في' ? this.#issuerOf(text, tokens, index + 2) : undefined
      return issued ?? this.#sourceAfter(text, tokens, index + (word.lemma === 'في' ? 2 : 1), undefined)
    }

    if (word.form === 'participle') return this.#subjectBeforeParticiple(analysis, paragraph, index)
    // `بالقول` has no owner of its own (`دون تفاصيل عن الكلفة، مكتفيا بالقول`).
    if (word.form !== 'noun' || word.lemma === BY_SAYING) return undefined
    // `عن خيري قوله`: the owner of the words was named just before.
    const start = Math.max(0, index - 6)
    const from = tokens.slice(start, index).findLastIndex((other) => other.folded === 'عن')
    const token = itemAt(tokens, index)
    return from === -1 ? undefined : readSubject(text, tokens, start + from + 1, token.start, this.#options)
  }

  /**
   * The subject after a preposition with a pronoun that comes between a
   * speech verb and its subject (`وقال له رئيس الوزراء`, `يقول عنه زميله`,
   * `قالت لها والدتها`): in Arabic the object pronoun goes before a subject
   * that is a noun, so the noun after it is who speaks, not the one spoken
   * to or about.
   *
   * @param analysis
   *   Paragraph, analysed.
   * @param index
   *   Index of the speech verb.
   * @returns
   *   Subject, if the text gives one so.
   */
  #subjectAfterPronoun(analysis: AnalysedText, index: number): SubjectPhrase | undefined {
    if (!writtenAfterPronoun(analysis, index)) return undefined
    const {text, tokens} = analysis
    const subject = readSubject(text, tokens, index + 2, text.length, this.#options)
    // Right after the pronoun, or after a relative of its own (`عنه
    // زميله سامي العلي`).
    const near = tokens[index + 3]?.start ?? text.length
    if (!subject || subject.start > near || !isPlausibleSubject(subject, this.#options)) return undefined
    // One word after the pronoun may be anyone's (`قال له ناصر`): the
    // names the article gives in full, and titles, only.
    return subject.kind === 'name' && subject.nameWords.length < 2 && subject.titleWords.length === 0
      ? undefined
      : subject
  }

  /**
   * The subject after the paper a speech verb is said to (`وقال لـ«الصحيفة»
   * الشاب X`, `قاله لـ"سبق" المهندس X`): the paper's name in marks is the
   * addressee, not the speaker.
   *
   * @param analysis
   *   Paragraph, analysed.
   * @param index
   *   Index of the speech verb.
   * @returns
   *   Subject, if the text gives one so.
   */
  #subjectAfterAddressee(analysis: AnalysedText, index: number): SubjectPhrase | undefined {
    const {text, tokens} = analysis
    const verb = itemAt(tokens, index)
    const addressee = ADDRESSEE.exec(text.slice(verb.end, verb.end + ADDRESSEE_REACH))
    if (!addressee) return undefined
    const after = verb.end + addressee[0].length
    const from = tokens.findIndex((token) => token.start >= after)
    if (from === -1) return undefined
    // Read from the word after the mark as from the start of a phrase.
    const subject = readSubject(text, tokens.slice(from), 0, text.length, this.#options)
    return subject && isPlausibleSubject(subject, this.#options) ? subject : undefined
  }

  /**
   * The subject of the verb right before a participle (`فرد المدرب قائلا`,
   * `ليرد حسني قائلا`, `خاطبه الفنان قائلا`): the words between the two
   * are that subject and nothing else, in one clause.
   *
   * @param analysis
   *   Paragraph, analysed.
   * @param paragraph
   *   Its index.
   * @param index
   *   Index of the participle.
   * @returns
   *   Subject, if the text gives one so.
   */
  #subjectBeforeParticiple(analysis: AnalysedText, paragraph: number, index: number): SubjectPhrase | undefined {
    const {text, tokens} = analysis
    const participle = itemAt(tokens, index)
    const last = tokens[index - 1]
    // `مرددين`: a group, not the one named before it.
    if (!last || /ين$/.test(participle.folded) || /[^\s]/.test(text.slice(last.end, participle.start))) return undefined
    for (let at = index - 2; at >= Math.max(0, index - PARTICIPLE_SUBJECT_REACH - 1); at--) {
      const verb = itemAt(tokens, at)
      if (/[^\s]/.test(text.slice(verb.end, itemAt(tokens, at + 1).start))) return undefined
      if (!this.#opensClause(tokens, at) || readSpeechWord(verb.folded, this.#options.verbs)) continue
      const subject = readSubject(text, tokens, at + 1, participle.start, this.#options)
      if (!subject || subject.start !== itemAt(tokens, at + 1).start || subject.end !== last.end) continue
      // `وخاطب X المسؤولين الاميركيين قائلا`: a name run on into the object.
      const runOn = subject.kind === 'name' && subject.nameWords.slice(1, -1).some((word) => word.startsWith('ال'))
      return (subject.kind === 'name' && !runOn) || (subject.kind === 'title' && subject.person) ? subject : undefined
    }

    return undefined
  }

  /**
   * Whether a word is a verb opening a clause: joined by `و`/`ف`/`ل`
   * (`فرد`, `ليرد`), carrying an object pronoun (`خاطبه`), or after a word
   * that opens one (`حيث`, `ثم`, `بعدما`).
   *
   * @param tokens
   *   Words of the paragraph.
   * @param at
   *   Index of the word.
   * @returns
   *   Whether it reads as such a verb.
   */
  #opensClause(tokens: ReadonlyArray<WordToken>, at: number): boolean {
    const verb = itemAt(tokens, at)
    if (!this.#mayBeVerb(verb)) return false
    // `فرد`, `ورد` (“and he replied”): too short for `و`/`ف` to be read off.
    if (verb.prefix === 'و' || verb.prefix === 'ف' || REPLIED.test(verb.folded)) return true
    if (verb.prefix !== '') return false
    // `ليرد`: `ل` before a verb in the present is read as part of the word.
    if (verb.suffix !== '' || /^ل[يت].{2}/.test(verb.folded)) return true
    return CLAUSE_VERB_OPENERS.test(tokens[at - 1]?.folded ?? '')
  }

  /**
   * Whether a participle whose subject the article does not show to be a
   * person (`ليرد حسني قائلا`) comes between two places.
   *
   * @param from
   *   Reading-order place, exclusive.
   * @param to
   *   Reading-order place, exclusive.
   * @returns
   *   Whether someone not known spoke between them.
   */
  #unknownSpokeBetween(from: number, to: number): boolean {
    return this.cues.some((cues) =>
      cues.some((cue) => cue.blocked && cue.word.form === 'participle' && cue.order > from && cue.order < to)
    )
  }

  /**
   * Whether a subject is surely a person: a person's title (`المدرب`), with
   * or without a name, or a name someone spoke under before.
   *
   * @param subject
   *   Subject phrase.
   * @param word
   *   Its speech word, whose gender it must not contradict.
   * @param order
   *   Its place in reading order.
   * @returns
   *   Whether it names a person.
   */
  #isPersonSubject(subject: SubjectPhrase, word: SpeechWord, order: number): boolean {
    if (word.gender && subject.gender && word.gender !== subject.gender) return false
    if (subject.kind === 'title') return subject.person && subject.name === undefined
    if (subject.kind !== 'name') return false
    if (subject.person && subject.titleWords.length > 0) return true
    // A name given a title elsewhere may be read with words run on to it
    // there: only one that spoke before under it.
    const speaker = this.registry.resolve(subject, order).speaker
    return this.#named.some((cue) => cue.subject?.kind === 'name' && cue.resolved?.speaker === speaker)
  }

  /**
   * The issuer of a document given as the subject of a speech verb (`وقال
   * بيان لمكتب رئيس البرلمان`, `وذكر بيان صادر عن وزارة الداخلية`): it
   * speaks, not “a statement”.
   *
   * @param text
   * @param tokens
   * @param subject
   *   Subject read after the verb.
   * @returns
   *   The issuer, if the text names one right after the document.
   */
  #documentIssuer(text: string, tokens: ReadonlyArray<WordToken>, subject: SubjectPhrase): SubjectPhrase | undefined {
    if (subject.kind === 'name' || subject.titleWords.length > 2) return undefined
    if (!DOCUMENTS.has(stripArticle(subject.titleWords[0] ?? ''))) return undefined
    const index = tokens.findIndex((token) => token.start === subject.start)
    const document = tokens[index]
    if (!document) return undefined
    // `وقال بيان صادر عن وزارة الداخلية`: the ministry says it, as in
    // `وقالت وزارة الداخلية`.
    const issued = this.#issuerOf(text, tokens, index, true)
    if (issued) return issued
    // `بيان لمكتب …`: the document in construct with its issuer (`ل` on a
    // word without the article).
    const next = tokens[index + 1]
    if (!next || next.prefix !== 'ل' || next.definite || text.slice(document.end, next.start).trim() !== '')
      return undefined
    const from = next.start + 1
    const rest = text.slice(from)
    const issuer = readSubject(rest, tokenize(rest), 0, rest.length, this.#options)
    const head = stripArticle(issuer?.titleWords[0] ?? '')
    if (!issuer || issuer.kind === 'name' || !isOrganisationNoun(head) || !isPlausibleSubject(issuer, this.#options))
      return undefined
    return {...issuer, start: issuer.start + from, end: issuer.end + from}
  }

  /**
   * Read who issued the document a quotation is taken from (`وجاء في تصريح
   * أصدره وزير الخارجية وليم هيغ`, `في بيان صادر عن الوزارة`).
   *
   * @param text
   * @param tokens
   * @param index
   *   Index of the document noun.
   * @param bare
   *   Whether a bare title may issue it (the document is the subject of a
   *   speech verb, `وقال بيان صادر عن الوزارة`).
   * @returns
   *   The issuer, if the text names one right after the document.
   */
  #issuerOf(text: string, tokens: ReadonlyArray<WordToken>, index: number, bare = false): SubjectPhrase | undefined {
    const document = tokens[index]
    const verb = tokens[index + 1]
    if (!document || !verb || !ISSUED.has(stripArticle(document.folded))) return undefined
    if (/[^\s]/.test(text.slice(document.end, verb.start))) return undefined
    let from = index + 2
    if (ISSUED_BY.test(verb.folded) && /^(?:عن|من)$/.test(tokens[index + 2]?.folded ?? '')) from = index + 3
    else if (!ISSUING.test(verb.folded)) return undefined
    const issuer = readSubject(text, tokens, from, text.length, this.#options)
    // `تصريح أصدرته وزارة الخارجية`: a bare title names one of many (whose
    // ministry?), unless the place it is in follows (`… في بيونغيانغ`); a
    // name names one.
    if (!issuer || issuer.kind === 'name' || !isBareTitle(issuer) || bare) return issuer
    return issuer.person ? undefined : withPlace(text, tokens, issuer)
  }

  /**
   * Read the subject written before its verb (`مايكل نونان، وزير المالية،
   * قال`, `بيد أن لويس إنريكي أكد`, `المهندس محمد حابسن الذي أكد`,
   * `وكان المرصد أفاد`): the phrase from the start of the clause (sentence
   * start, `أن`/`إن`, `لكن`, `كان`) that runs up to the verb, or up to an
   * apposition set off by commas or `الذي`/`التي` before it, and agrees with
   * the verb in gender.
   *
   * @param analysis
   *   Paragraph, analysed.
   * @param paragraph
   *   Its index.
   * @param index
   *   Index of the verb.
   * @param word
   *   The verb.
   * @param cues
   *   Cues read so far in the paragraph.
   * @returns
   *   Subject, if the clause holds one.
   */
  #subjectBefore(
    analysis: AnalysedText,
    paragraph: number,
    index: number,
    word: SpeechWord,
    cues: ReadonlyArray<SpeechCue>
  ): SubjectPhrase | undefined {
    const {text, tokens} = analysis
    const verb = tokens[index]
    if (!verb || verb.prefix !== '') return undefined
    let from = index
    while (from > 0 && index - from < SUBJECT_BEFORE_REACH) {
      const previous = tokens[from - 1]
      if (!previous || /[.!?؟؛:«»"“”()]/.test(text.slice(previous.end, itemAt(tokens, from).start))) break
      if (CLAUSE_OPENERS.test(previous.folded)) {
        // `وأشار X إلى أن المنطاد يعتبر`: a clause of what X says.
        const opensComplement = /^[وفبل]?ان$/.test(previous.folded) && tokens[from - 2]?.folded !== 'بيد'
        const sentence = analysis.sentenceStart(verb.start)
        if (opensComplement && cues.some((cue) => cue.start >= sentence)) return undefined
        break
      }

      from--
    }

    if (from === index) return undefined
    // The clause's first word: `from` never passed the verb's index.
    const opener = itemAt(tokens, from)
    const agrees = (subject: SubjectPhrase) =>
      (!word.gender || !subject.gender || word.gender === subject.gender) &&
      // `إلا أن المحامي حذر`: a bare title points back to someone named
      // before, and which one is not clear from the clause.
      !(subject.kind === 'title' && subject.person && isBareTitle(subject))
    // The clause starts within reach, and not with `و` (`ومضى يقول`,
    // `وعاد ليقول`: a verb joined by `و`, not a subject).
    const opens = (from === 0 || index - from < SUBJECT_BEFORE_REACH) && !/^[وف]/.test(opener.prefix)
    // After a full stop, a comma or a bracket (`… ". مايكل نونان، وزير
    // المالية، قال`), read from the clause's first word on its own: the
    // punctuation would end the phrase there. Not after a closing quote mark
    // alone (`«…» بيتا رائعا قال فيه`): the quote's object, not a subject.
    const gapBefore = from > 0 ? text.slice(itemAt(tokens, from - 1).end, opener.start) : ''
    const own = /[.!?؟؛،,()]/.test(gapBefore) ? tokens.slice(from) : tokens
    const subject = opens ? readSubject(text, own, own === tokens ? from : 0, verb.start, this.#options) : undefined
    if (
      subject &&
      subject.start === opener.start &&
      agrees(subject) &&
      this.#isSureSubject(subject, opener, paragraph)
    ) {
      // `وكانت الممثلة …، السفيرة X، قد قالت`: `قد` is no part of the gap,
      // and the comma before it closes the apposition.
      const written = text.slice(subject.end, verb.start).trim()
      const gap = written.replace(/(?:^|\s)قد$/, '').trim()
      const apposition = /^[،,][^،,.:؛]{1,80}[،,]$/.test(gap) && !gap.includes('«')
      const closed = gap !== written && /^[،,]$/.test(gap)
      if (gap === '' || RELATIVE.test(gap) || apposition || closed) return subject
    }

    // `… في شركة إيوان المهندس محمد حابسن الذي أكد`: the name the relative
    // pronoun refers to, the fullest that ends right before it.
    const relative = tokens[index - 1]
    if (!relative || !RELATIVE.test(relative.folded)) return undefined
    // Read from the word before the pronoun back, while the phrase still
    // ends at it, and no further than a title (`المهندس`) or a name word:
    // `الجلسة` in `وتحدث في الجلسة المهندس …` is no part of the name.
    let found: SubjectPhrase | undefined
    for (let start = index - 2; start >= Math.max(0, index - SUBJECT_BEFORE_REACH); start--) {
      const first = tokens[start]
      const next = tokens[start + 1]
      if (!first || (next && start < index - 2 && /\S/.test(text.slice(first.end, next.start)))) break
      if (first.definite && !isTitleNoun(stripArticle(first.folded))) break
      const named = readSubject(text, tokens.slice(start), 0, relative.start, this.#options)
      if (named?.kind !== 'name' || named.start !== first.start || text.slice(named.end, relative.start).trim() !== '')
        break
      found = named
    }

    return found && found.nameWords.length >= 2 && agrees(found) ? found : undefined
  }

  /**
   * Whether a subject read before its verb is surely one: not after a
   * preposition (`لتصريحات خالد طوقان`), and a name of two words or more,
   * as written or in full elsewhere (`وكان مادورو أعلن`; a lone word before
   * a verb may be any noun: `الآخرة`, `الجميع`).
   *
   * @param subject
   *   Subject phrase.
   * @param first
   *   Its first word.
   * @param paragraph
   *   Paragraph index.
   * @returns
   *   Whether it may be taken.
   */
  #isSureSubject(subject: SubjectPhrase, first: WordToken, paragraph: number): boolean {
    // `وكان الجميع يقولون`: a group, not a speaker.
    if (/^[وف]?[لبك]/.test(first.prefix) || isQuantifier(stripArticle(first.folded))) return false
    if (subject.kind !== 'name' || subject.nameWords.length >= 2 || subject.titleWords.length > 0) return true
    const full = this.registry.resolve(subject, readingOrder(paragraph, subject.start)).speaker
    return tokenize(full).length >= 2
  }

  /**
   * Resolve a document given as the speaker (`وقال البيان`, `وبحسب التقرير`)
   * to whoever issued it: the speaker of an earlier sentence that mentions
   * such a document (`وقال الجيش في بيان`), else the last organisation
   * that spoke (news media excepted).
   *
   * @param subject
   * @param text
   * @param here
   *   Index of the current paragraph.
   * @param current
   *   Cues read so far in the current paragraph.
   * @param order
   *   Reading-order place of the speech word.
   */
  #document(
    subject: SubjectPhrase,
    text: string,
    here: number,
    current: ReadonlyArray<SpeechCue>,
    order: number
  ): ResolvedSpeaker | undefined {
    if (subject.kind === 'name' || subject.titleWords.length !== 1) return undefined
    const written = firstItem(subject.titleWords)
    const noun = written.replace(/^ال/, '')
    if (!DOCUMENTS.has(noun)) return undefined
    const mentions = new RegExp('(?:^|[\\s(])(?:[وفب]|في\\s)?(?:ال)?' + noun + '(?:ه|ها|هم|ا)?(?=[\\s.,،]|$)')
    const sentenceAt = (paragraph: number, index: number) => {
      const source = this.#analyses[paragraph]
      if (!source) return foldArabic(text)
      return foldArabic(source.text.slice(source.sentenceStart(index), source.sentenceEnd(index)))
    }

    // Whoever spoke, or was named, in a sentence that mentions the document.
    const earlier = this.#earlier(current)
    for (const cue of earlier) {
      if (cue.subject?.titleWords.length === 1 && DOCUMENTS.has(firstItem(cue.subject.titleWords).replace(/^ال/, '')))
        continue
      if (mentions.test(sentenceAt(cue.paragraph, cue.start))) return cue.resolved
      // Statements are issued close to where they are quoted.
      if (cue.paragraph < here - DOCUMENT_REACH) break
    }

    const known = this.registry.mentions
    for (let index = known.length - 1; index >= 0; index--) {
      const mention = itemAt(known, index)
      const head = mention.titleWords[0]
      // Named after `أن` (`وجاء في التقرير أنه على السلطات …`): what it
      // says, not who issued it (`بيان أصدرته لجنة التحقيق` is).
      if (mention.order >= order && this.#reportedBefore(order, mention.order)) continue
      if (mention.kind !== 'title' || !head || !isOrganisationNoun(head) || MEDIA.has(head) || DOCUMENTS.has(head))
        continue
      const paragraph = orderParagraph(mention.order)
      if (paragraph < here - DOCUMENT_REACH) break
      if (mentions.test(sentenceAt(paragraph, orderIndex(mention.order)))) {
        return {speaker: mention.text, asWritten: subject.text}
      }
    }

    // Else the last organisation that spoke (news media excepted).
    for (const cue of this.#earlier(current)) {
      if (cue.paragraph < here - DOCUMENT_REACH) break
      const head = cue.subject?.titleWords[0]?.replace(/^ال/, '')
      if (
        cue.subject?.kind === 'title' &&
        head &&
        isOrganisationNoun(head) &&
        !MEDIA.has(head) &&
        !DOCUMENTS.has(head)
      ) {
        return isSureSpeaker(cue) ? cue.resolved : undefined
      }
    }

    // `في بيان`: “the statement” (a statement nobody issued is no speaker).
    if (noun === 'تصريح') return undefined
    return {speaker: written.startsWith('ال') ? subject.text : 'ال' + subject.text, asWritten: undefined}
  }

  /**
   * Whether a place comes after what a speech word reports: in a later
   * paragraph, or after a complementiser (`أن`, `إن`) that follows the
   * speech word.
   *
   * @param from
   *   Reading-order place of the speech word.
   * @param to
   *   Reading-order place after it.
   * @returns
   *   Whether `to` is in what is reported.
   */
  #reportedBefore(from: number, to: number): boolean {
    const paragraph = orderParagraph(from)
    if (orderParagraph(to) !== paragraph) return true
    return this.#analysis(paragraph)
      .tokensIn(orderIndex(from), orderIndex(to))
      .some((token) => isComplementiser(token.folded))
  }

  /**
   * Cues with a named speaker before the current one, latest first.
   *
   * @param current
   *   Cues read so far in the current paragraph.
   * @returns
   *   Iterable of cues.
   */
  *#earlier(current: ReadonlyArray<SpeechCue>): Generator<SpeechCue, void, undefined> {
    for (let index = current.length - 1; index >= 0; index--) {
      const cue = itemAt(current, index)
      if (cue.resolved) yield cue
    }

    for (let index = this.#named.length - 1; index >= 0; index--) yield itemAt(this.#named, index)
  }

  /**
   * Read whose words a speech word reports with `على لسان` (“in the words
   * of”): `ونقلت الصحيفة على لسان السيسي`, `جاء على لسان الوزير`.
   *
   * @param text
   * @param tokens
   * @param from
   *   Index of the word after the speech word.
   * @returns
   *   The person named after `على لسان`, if the phrase follows within a
   *   few words, before any punctuation.
   */
  #onTongueOf(text: string, tokens: ReadonlyArray<WordToken>, from: number): SubjectPhrase | undefined {
    for (let index = from; index < Math.min(tokens.length - 1, from + ON_TONGUE_REACH); index++) {
      if (index > from && /[.!?؟؛:«»"“”]/.test(text.slice(itemAt(tokens, index - 1).end, itemAt(tokens, index).start)))
        return undefined
      if (itemAt(tokens, index).folded === 'علي' && itemAt(tokens, index + 1).folded === 'لسان') {
        return readSubject(text, tokens, index + 2, text.length, this.#options)
      }
    }

    return undefined
  }

  /**
   * Read a source named after an attribution word (`بحسب ما قاله زيلينسكي`,
   * `وفقا لـ الوزارة`) or after `عن` (`نقل موقع … عن خيري`).
   *
   * @param text
   * @param tokens
   * @param from
   * @param marker
   */
  #sourceAfter(
    text: string,
    tokens: ReadonlyArray<WordToken>,
    from: number,
    marker: string | undefined
  ): SubjectPhrase | undefined {
    let index = from
    if (marker) {
      const found = tokens.slice(from, from + 12).findIndex((token) => token.folded === marker)
      if (found === -1) return readSubject(text, tokens, from, text.length, this.#options)
      index = from + found + 1
    } else {
      while (index < tokens.length && index < from + 3 && ATTRIBUTION_FILLERS.has(itemAt(tokens, index).folded)) {
        index++
      }
    }

    return readSubject(text, tokens, index, text.length, this.#options)
  }
}

/**
 * Whether the phrase after `وصف` is what is described: a noun phrase
 * followed at once by what it is described as (`ووصفت الصور بأنها`, `يصف
 * المركز بأنه`) is the object, and the subject is before the verb or
 * unwritten; the subject comes between (`ووصف الوزير القرار بأنه`). (A name
 * read with the word after it, `ووصف هاردي البرنامج بأنه`, is left as read.)
 *
 * @param tokens
 *   Words of the paragraph.
 * @param subject
 *   Phrase read after the verb.
 * @returns
 *   Whether the phrase is the verb's object.
 */
function describedAs(tokens: ReadonlyArray<WordToken>, subject: SubjectPhrase): boolean {
  const next = tokens.find((token) => token.start >= subject.end)
  if (!next) return false
  return next.prefix.startsWith('ب') || next.folded === 'ب' || /^بان(?:ه|ها|هم|هما|هن)?$/.test(next.folded)
}

/**
 * Where the blessing is written in a paragraph (the places a global search
 * for it finds), trying the long pattern only where a letter it opens with
 * stands rather than at every character.
 *
 * @param text
 *   Paragraph text.
 * @returns
 *   Index of each blessing, in order.
 */
function blessingPlaces(text: string): Array<number> {
  const places: Array<number> = []
  let from = 0
  for (;;) {
    const at = nextOpener(text, from)
    if (at === -1) return places
    const match = BLESSING.exec(text.slice(at))
    if (match) {
      places.push(at)
      from = at + match[0].length
    } else {
      from = at + 1
    }
  }
}

/**
 * @param text
 *   Text.
 * @param from
 *   Index to look from.
 * @returns
 *   Index of the next letter the blessing opens with, or `-1`.
 */
function nextOpener(text: string, from: number): number {
  let next = -1
  for (const opener of BLESSING_OPENERS) {
    const at = text.indexOf(opener, from)
    if (at !== -1 && (next === -1 || at < next)) next = at
  }

  return next
}

/**
 * How an article names the Prophet: the first name of his found right before
 * the blessing, preferring two-word names (`رسول الله`, `سيد البشر`).
 *
 * @param paragraphs
 *   Paragraph texts.
 * @param blessings
 *   Places of the blessing per paragraph.
 * @returns
 *   Name as written, if the blessing occurs after one.
 */
function prophetName(
  paragraphs: ReadonlyArray<string>,
  blessings: ReadonlyArray<ReadonlyArray<number>>
): string | undefined {
  let best: {name: string; rank: number} | undefined
  for (const [paragraph, places] of blessings.entries()) {
    for (const place of places) {
      const before = itemAt(paragraphs, paragraph).slice(Math.max(0, place - 40), place)
      for (const [rank, pattern] of PROPHET_NAMES.entries()) {
        const name = pattern.exec(before)?.[1]
        if (name !== undefined && (!best || rank < best.rank)) best = {name, rank}
      }
    }
  }

  return best?.name
}

/**
 * The name set off by commas after a person's title (`وقال مدير إدارة
 * التشغيل في المعمل، بدر صالح السعود، إن`, `المتحدث باسم الوزارة، أحمد
 * حافظ:`): the title names that person. Only a short place (`في واسط`) may
 * stand between the title and the comma, and the name must end at a comma,
 * a colon or a quote mark; else the name may be someone else's.
 *
 * @param text
 *   Paragraph text.
 * @param tokens
 *   Its words.
 * @param subject
 *   Title phrase read after a verb.
 * @param limit
 *   Character index the name may not reach.
 * @param options
 *   Settings of `readSubject`.
 * @returns
 *   The subject with the name, if the text gives one.
 */
function apposedName(
  text: string,
  tokens: ReadonlyArray<WordToken>,
  subject: SubjectPhrase,
  limit: number,
  options: Readonly<ReadSubjectOptions>
): SubjectPhrase | undefined {
  if (subject.kind !== 'title' || !subject.person) return undefined
  let index = tokens.findIndex((token) => token.start >= subject.end)
  if (index === -1) return undefined
  const place = itemAt(tokens, index)
  // `في واسط`: a place of one or two words.
  if (/^(?:في|فى)$/.test(place.folded) || (place.prefix === 'ب' && !place.definite)) {
    // Past the last word: no comma, so no name set off by one.
    const limit = Math.min(index + 2, tokens.length)
    while (
      index < limit &&
      !/[،,]/.test(text.slice(itemAt(tokens, index).end, tokens[index + 1]?.start ?? text.length))
    )
      index++
    if (index === limit) return undefined
    index++
  }

  const first = tokens[index]
  const previous = tokens[index - 1]
  if (!first) return undefined
  const before = previous ? text.slice(previous.end, first.start) : text.slice(subject.end)
  // `المتحدث الرسمي للمؤسسة "فهد العتيبي"`: a name in quote marks.
  const quoted = readQuotedName(text, tokens, index, limit)
  // Read the name on its own: the comma before it would end the phrase.
  const name =
    quoted ?? (/^\s*[،,]\s*$/.test(before) ? readSubject(text, tokens.slice(index), 0, limit, options) : undefined)
  if (name?.kind !== 'name' || name.titleWords.length > 0) return undefined
  const words = name.nameWords.filter((word) => !isNameParticle(word))
  if (words.length < 2 || words.length > 4 || words.slice(0, -1).some((word) => word.startsWith('ال'))) return undefined
  if (!quoted && !/^\s*[،,:«"“]/.test(text.slice(name.end))) return undefined
  return {
    ...name,
    start: subject.start,
    title: subject.title,
    titleWords: subject.titleWords,
    text: text.slice(subject.start, name.end),
    gender: subject.gender ?? name.gender,
    person: true
  }
}

/**
 * @param speaker
 *   Speaker, if any.
 * @param via
 *   How it was found.
 * @returns
 *   The speaker with how it was found.
 */
function tagged(speaker: ResolvedSpeaker | undefined, via: string): ResolvedSpeaker | undefined {
  return speaker ? {...speaker, via} : undefined
}

/**
 * Whether a subject phrase can name a speaker: not a group in the narrative
 * (`جميع السوريين`, `اثنين من`), not the event (`تصريح`, `الخطة`), and a
 * phrase of several words only when a title, an organisation or a
 * description heads it (not `القوانين والأعراف الدولية`).
 *
 * @param subject
 *   Phrase read after a speech word.
 * @param options
 *   Extra titles.
 * @returns
 *   Whether it may name who spoke.
 */
function isPlausibleSubject(subject: SubjectPhrase, options: Readonly<ReadSubjectOptions>): boolean {
  const words = subject.kind === 'name' && subject.titleWords.length === 0 ? subject.nameWords : subject.titleWords
  const head = words[0]
  if (!head) return true
  // `كان الأطباء`: a verb, not a name.
  if (isQuantifier(head) || isEventNoun(head) || isStopWord(head) || isAuxiliaryVerb(head)) return false
  if (subject.kind !== 'title') return true
  const bare = head.startsWith('ال') && head.length > 3 ? head.slice(2) : head
  // `زميله`, `شقيقها`: someone's relative, named elsewhere if at all.
  if (words.length === 1 && /[^ل]ه$/.test(subject.text) && subject.text.length > 3) return false
  if (words.length === 1) return true
  return isTitleNoun(bare) || isDescriptionHead(bare) || options.titles?.has(bare) === true
}

/**
 * Read `وزاد:` (“and he added:”) as a speech verb: only right before a
 * colon, since `زاد` mostly means “increased”.
 *
 * @param text
 *   Paragraph text.
 * @param token
 *   The word.
 * @returns
 *   The speech word, if it is one.
 */
function addedBeforeColon(text: string, token: WordToken): SpeechWord | undefined {
  const gender = ADDED.get(token.folded)
  if (gender === undefined || !/^\s*[:：]/.test(text.slice(token.end))) return undefined
  return {form: 'verb', gender, firstPerson: false, lemma: 'اضاف'}
}

/**
 * Read a word that says, after the words it points back to, who said them
 * (`«…».. هكذا تحدث X`, `"…"، هذا ما قاله X`), as a speech verb.
 *
 * @param tokens
 *   Words of the paragraph.
 * @param index
 *   Index of the word.
 * @returns
 *   The speech word, if it is one.
 */
function saidBefore(tokens: ReadonlyArray<WordToken>, index: number): SpeechWord | undefined {
  const token = itemAt(tokens, index)
  const before = tokens[index - 1]?.folded
  const pointed = before === 'هكذا' ? /^تحدث(ت)?$/.exec(token.folded) : undefined
  const echoed =
    before === 'ما' && tokens[index - 2]?.folded === 'هذا' ? /^قال(ت)?(?:ه|ها)$/.exec(token.folded) : undefined
  const match = pointed ?? echoed
  if (!match) return undefined
  return {form: 'verb', gender: match[1] ? 'feminine' : 'masculine', firstPerson: false, lemma: 'قال'}
}

/**
 * Whether a paragraph is an interviewer's question: it ends with `؟`, or
 * opens with a dash and asks (`- هل …؟ أليس كذلك؟`).
 *
 * @param text
 *   Paragraph text.
 * @returns
 *   Whether it asks a question.
 */
function isQuestion(text: string): boolean {
  const trimmed = text.trim()
  return /[؟?]$/.test(trimmed) || (/^[-–—*]/.test(trimmed) && /[؟?]/.test(trimmed))
}

/**
 * An organisation's title with the place it is in (`وزارة الخارجية في
 * بيونغيانغ`, `وزارة الخارجية ببرلين`): one word without the article after
 * `في` or `ب`, ending the phrase (a quote mark, a comma or colon, or the
 * verb that publishes the statement follows: `… في بيونغيانغ نشرته`).
 *
 * @param text
 * @param tokens
 * @param subject
 *   Bare title of an organisation.
 * @returns
 *   The phrase with the place, as a description (given as written), if the
 *   place follows.
 */
function withPlace(text: string, tokens: ReadonlyArray<WordToken>, subject: SubjectPhrase): SubjectPhrase | undefined {
  let index = tokens.findIndex((token) => token.start >= subject.end)
  const first = tokens[index]
  if (!first || text.slice(subject.end, first.start).trim() !== '') return undefined
  if (/^(?:في|فى)$/.test(first.folded)) index++
  else if (first.prefix !== 'ب') return undefined
  const place = tokens[index]
  const bare = place && place === first ? place.stem : place?.folded
  if (!place || !bare || place.definite || bare.startsWith('ال') || bare.length < 3) return undefined
  if (isPreposition(bare) || isStopWord(bare)) return undefined
  const next = tokens[index + 1]
  const after = text.slice(place.end, next?.start ?? text.length)
  if (!/^\s*[«"“:،,]/.test(after) && !(after.trim() === '' && next && ISSUING.test(next.folded))) return undefined
  return {...subject, kind: 'description', text: text.slice(subject.start, place.end), end: place.end}
}

/**
 * Whether a person's title follows a name (`ايتالو زانزي المدير التنفيذي
 * لروما`, `سامي نادر، وزير المالية`): the name is a person's.
 *
 * @param text
 * @param tokens
 * @param subject
 *   Name phrase.
 * @returns
 *   Whether a title follows it.
 */
function isTitledAfter(text: string, tokens: ReadonlyArray<WordToken>, subject: SubjectPhrase): boolean {
  const next = tokens.find((token) => token.start >= subject.end)
  if (!next || !/^\s*[،,]?\s*$/.test(text.slice(subject.end, next.start))) return false
  const word = stripArticle(next.folded)
  return isPersonTitle(word) || (isTitleNoun(word) && !isOrganisationNoun(word))
}

/**
 * The gender of the pronoun `عنه`/`عنها` a few words after `نقل`, before
 * any punctuation (`ونقل موقع النادي عنه قوله`): the words are of someone
 * named before.
 *
 * @param text
 * @param tokens
 * @param from
 *   Index of the word after the speech word.
 * @returns
 *   Gender of the pronoun, if there is one.
 */
function pronounSource(text: string, tokens: ReadonlyArray<WordToken>, from: number): Gender | undefined {
  for (let index = from; index < Math.min(tokens.length, from + SOURCE_REACH); index++) {
    const token = itemAt(tokens, index)
    if (index > from && /[.!?؟؛:«»"“”]/.test(text.slice(itemAt(tokens, index - 1).end, token.start))) return undefined
    if (token.folded === 'عن') return undefined
    if (token.folded === 'عنه') return 'masculine'
    if (token.folded === 'عنها') return 'feminine'
  }

  return undefined
}

/**
 * Whether the subject of `نقل` (“carried”) is what carried the words, not
 * whose they are (`ونقل تقرير نشر في مجلة …`, `ونقلت الصحيفة قوله`): a
 * document or a news medium, with no `عن` before it.
 *
 * @param word
 *   Speech word.
 * @param subject
 *   Its subject.
 * @param next
 *   The word after the speech word.
 * @returns
 *   Whether the subject only carries someone else's words.
 */
function carriesWords(word: SpeechWord, subject: SubjectPhrase, next: WordToken | undefined): boolean {
  if (word.lemma !== 'نقل' || subject.start !== next?.start) return false
  const head = stripArticle(subject.titleWords[0] ?? '')
  return DOCUMENTS.has(head) || MEDIA.has(head)
}

/**
 * Whether the subject of a verb is written before it, after `كان` or a
 * sister opening the sentence (`وكانت دول مجلس التعاون قد أبلغت`, `وكان
 * الوزير أكد`): some words
 * between the two, none of them a complementiser or a speech word, a
 * preposition not opening them (`كان من المقرر أن`), no punctuation.
 *
 * @param analysis
 *   Paragraph, analysed.
 * @param index
 *   Index of the verb.
 * @returns
 *   Whether the verb's subject comes before it.
 */
function subjectWrittenBefore(analysis: AnalysedText, index: number): boolean {
  const {text, tokens} = analysis
  const verb = tokens[index]
  if (!verb || verb.prefix !== '') return false
  let from = index - 1
  if (tokens[from]?.folded === 'قد') from--
  for (let back = from; back >= Math.max(0, from - SUBJECT_BEFORE_REACH); back--) {
    const token = itemAt(tokens, back)
    const next = tokens[back + 1]
    if (next && /[.!?؟؛:«»"“”()]/.test(text.slice(token.end, next.start))) return false
    if (isComplementiser(token.folded) || (back < from && readSpeechWord(token.folded))) return false
    if (isAuxiliaryVerb(token.folded)) {
      const first = tokens[back + 1]
      if (back >= from || !first || isPreposition(first.folded) || isPreposition(first.stem)) return false
      // `كان` opens the sentence (`وعما إذا كانت …` is a clause of another).
      const previous = tokens[back - 1]
      return !previous || previous.end <= analysis.sentenceStart(token.start)
    }
  }

  return false
}

/**
 * @param tokens
 *   Words of the paragraph.
 * @param index
 *   Index of a word.
 * @returns
 *   Whether the next word is a verbal noun of speech after `ب` (`بقوله`,
 *   `بقولها`, `بالقول`): how the words were said.
 */
function isSayingNounAfter(tokens: ReadonlyArray<WordToken>, index: number): boolean {
  const next = tokens[index + 1]
  return next !== undefined && next.folded.startsWith('ب') && readSpeechWord(next.folded)?.form === 'noun'
}

/**
 * Whether a speech verb is followed by a preposition with a pronoun and then
 * by a word that may be its subject (`وقال له ماجد`, `يقول عنه زميله`), not
 * by what is said (`وقال له إن`, `قال لها:`).
 *
 * @param analysis
 *   Paragraph, analysed.
 * @param index
 *   Index of the verb.
 * @returns
 *   Whether a subject is written after the pronoun.
 */
function writtenAfterPronoun(analysis: AnalysedText, index: number): boolean {
  const {text, tokens} = analysis
  const verb = tokens[index]
  const pronoun = tokens[index + 1]
  const next = tokens[index + 2]
  if (!verb || !pronoun || !next || !PRONOUN_OBJECT.test(pronoun.folded)) return false
  if (text.slice(verb.end, pronoun.start).trim() !== '' || text.slice(pronoun.end, next.start).trim() !== '')
    return false
  return !(
    isComplementiser(next.folded) ||
    isPreposition(next.folded) ||
    isStopWord(next.folded) ||
    readSpeechWord(next.folded) !== undefined
  )
}

/**
 * A title followed by a news agency's name (`على ما أفاد المصدر البرلماني
 * فرانس برس`): the agency is who was told, the title who spoke.
 *
 * @param text
 *   Paragraph text.
 * @param subject
 *   Subject read after a verb.
 * @returns
 *   The title alone, as written, when an agency's name follows it; else
 *   the subject.
 */
function withoutAgency(text: string, subject: SubjectPhrase): SubjectPhrase {
  const title = subject.title?.trimEnd()
  const first = subject.nameWords[0]
  if (subject.kind !== 'name' || !title || !first || !text.startsWith(title, subject.start)) return subject
  // (`والد الشهيد X`, an office or a relative before a name, is read as a
  // description with the phrase: see `nameOfGenitive` in `subject.ts`.)
  if (!AGENCIES.has(first)) return subject
  return {
    ...subject,
    kind: 'description',
    text: title,
    end: subject.start + title.length,
    name: undefined,
    nameWords: []
  }
}

/**
 * Whether words open a sentence with a turn to another party (`من جانبه`,
 * `من جهتها`, `بدوره`, `من جهة أخرى`, `في المقابل`).
 *
 * @param tokens
 *   Words from the start of the sentence.
 * @returns
 *   Whether the sentence turns to someone else.
 */
function opensTurn(tokens: ReadonlyArray<WordToken>): boolean {
  const [first, second] = tokens
  if (!first) return false
  if (/^[وف]?بدور(?:ه|ها|هم)$/.test(first.folded)) return true
  if (/^[وف]?في$/.test(first.folded) && second?.folded === 'المقابل') return true
  if (!/^[وف]?من$/.test(first.folded) || !second) return false
  return /^(?:جانب|جهت|ناحيت)(?:ه|ها|هم)$/.test(second.folded) || second.folded === 'جهه'
}

/**
 * Whether a cue names its speaker surely enough to stand for the speaker of
 * later speech words without a subject (`وأضاف`): a name of two words or
 * more, a title, organisation or description with a known head; not a lone
 * word the article never gives in full.
 *
 * @param cue
 *   Cue with a resolved speaker.
 * @returns
 *   Whether later cues may take its speaker.
 */
function isSureSpeaker(cue: SpeechCue): boolean {
  const subject = cue.subject
  if (!subject || !cue.resolved) return false
  if (cue.resolved.speaker.trim().split(/\s+/).length >= 2) return true
  if (subject.kind === 'description') return true
  const head = subject.titleWords[0]
  if (subject.kind === 'title' && head) {
    return isTitleNoun(head.startsWith('ال') && head.length > 3 ? head.slice(2) : head)
  }

  return false
}

/**
 * Whether a title phrase is a bare title: its head is followed by a word
 * with the article, a title noun or a preposition (`المدرب الإسباني`,
 * `وزير الثقافة`), not by a word that may be a name (`مالك عدلي`: `مالك`
 * is also a given name).
 *
 * @param subject
 *   Title phrase.
 * @returns
 *   Whether it names nobody by name.
 */
function isBareTitle(subject: SubjectPhrase): boolean {
  const second = subject.titleWords[1]
  return (
    second === undefined ||
    second.startsWith('ال') ||
    /^[لب]/.test(second) ||
    isPreposition(second) ||
    isTitleNoun(second)
  )
}

/**
 * @param word
 *   Folded word.
 * @returns
 *   The word without the article (`الجبوري` → `جبوري`).
 */
function stripArticle(word: string): string {
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word
}
