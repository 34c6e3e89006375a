/**
 * The subject a speech word's sentence writes for it: after a verb (`وقال
 * الوزير`), before it (`X الذي قال`, `وكان X قد أكد`), after a pronoun or the
 * paper spoken to (`وقال له X`, `قال لـ«الوطن» X`), before a participle
 * (`فرد المدرب قائلا`), the source after an attribution (`بحسب X`), and
 * whose words are carried (`على لسان X`, `نقل عنه`).
 */

import type {AnalysedText} from '../text/analysis.js'
import {itemAt} from '../text/items.js'
import {tokenize, type WordToken} from '../text/tokens.js'
import {documentIssuer, issuerOf} from './documents.js'
import {
  BY_SAYING,
  type Gender,
  isAuxiliaryVerb,
  isComplementiser,
  isNameParticle,
  isPreposition,
  isQuantifier,
  isSingularRelative,
  isStopWord,
  isTitleNoun,
  readSpeechWord,
  type SpeechWord
} from './lexicon.js'
import {isBareTitle, isPlausibleSubject, mayBeVerb, stripArticle} from './predicates.js'
import {readingOrder} from './registry.js'
import type {ArticleState, SpeechCue} from './state.js'
import {isNameWord, readQuotedName, readSubject, type ReadSubjectOptions, type SubjectPhrase} from './subject.js'

/** How many words before a verb its subject is looked for. */
const SUBJECT_BEFORE_REACH = 12

/** First words of news agencies' names (`فرانس برس`, `رويترز`), folded. */
const AGENCIES = new Set(['فرانس', 'رويترز', 'اسوشيتد', 'الاناضول', 'اسوشييتد'])

/** Words that open the clause of a subject written before its verb. */
const CLAUSE_OPENERS = /^(?:[وفب]?ان|ل?ان|و?لكن|بيد|بينما|فيما|حيث|كما|ثم|[وف]?كان|[وف]?كانت)$/

/** How many words after a speech word `على لسان` is looked for. */
const ON_TONGUE_REACH = 6

/** How many words before `قوله` its owner after `عن` is looked for (`عن خيري قوله`). */
const FROM_OWNER_REACH = 6

/** How many words before `قوله` its owner after `على لسان` is looked for (a title and a name). */
const ON_TONGUE_OWNER_REACH = 9

/** How many words after `نقل` the one it carries from (`عنه`) is looked for. */
const SOURCE_REACH = 6

/** Words after which a verb opens a clause (`حيث خاطبه`, `ثم رد`, `بعدما رد`), folded. */
export const CLAUSE_VERB_OPENERS = /^(?:[وف]?حيث|ثم|[وف]?بعدما|[وف]?عندما|[وف]?حين|[وف]?حينها|[وف]?قبل|[وف]?بعد|ان)$/

/** `رد` (“replied”) joined by `و`/`ف`, folded. */
export const REPLIED = /^[وف]ردت?$/

/** `على` with a pronoun, the one replied to (`فرد عليه المحرر`), folded. */
export const REPLIED_TO = /^علي(?:ه|ها|هم|هما|هن)$/

/** How many words a subject between a verb and a participle may have (`فرد المدرب قائلا`). */
const PARTICIPLE_SUBJECT_REACH = 5

/**
 * A preposition with a pronoun, the one spoken to or about (`له`, `لها`,
 * `عنه`, `عنهم`, `لنا`, `عنك`), folded; not `لي`, also a name (`ستان لي`).
 */
export const PRONOUN_OBJECT = /^(?:ل(?:ه|ها|هم|هما|هن|ك|كم|كما|نا)|عن(?:ه|ها|هم|هما|هن|ك|كم|كما|ي|نا))$/

/** `ذلك` as the object written before the subject (`صرح بذلك المستشار X`, `أوضح ذلك رئيس اللجنة`), folded. */
const DEMONSTRATIVE_OBJECT = /^ب?ذلك$/

/** A paper named in marks after `لـ`, as the addressee of a speech verb (`قال لـ«الوطن» `). */
const ADDRESSEE = /^\s+لـ?\s*[«"“][^«»"“”]{1,25}[»"”]\s+(?=[^\s،,:؛.])/u

/** How many characters after a speech verb its addressee is looked for. */
const ADDRESSEE_REACH = 40

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
export function apposedName(
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
export function pronounSource(text: string, tokens: ReadonlyArray<WordToken>, from: number): Gender | undefined {
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
export function subjectWrittenBefore(analysis: AnalysedText, index: number): boolean {
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
 * Whether a verb without `و` follows a comma in a sentence that opens with
 * a full name (`جون برينس، مدير أحد الصناديق …، قال`): its subject is that name
 * with its apposition, read or not; nobody else speaks.
 *
 * @param analysis
 *   Paragraph, analysed.
 * @param index
 *   Index of the verb.
 * @returns
 *   Whether the sentence names its subject before the verb so.
 */
export function subjectSetOffBefore(analysis: AnalysedText, index: number): boolean {
  const {text, tokens} = analysis
  const verb = itemAt(tokens, index)
  const before = tokens[index - 1]
  if (verb.prefix !== '' || !before || !/[،,]/.test(text.slice(before.end, verb.start))) return false
  const start = analysis.sentenceStart(verb.start)
  const at = tokens.findIndex((token) => token.start >= start)
  // A given name and a family name open it (not `جاء ذلك في بيان …، قال`).
  const name = at === -1 ? [] : tokens.slice(at, at + 2)
  if (at + 2 > index || name.length < 2) return false
  return name.every(
    (token, offset) =>
      // (A family name may look prefixed: `برينس`.)
      (offset > 0 || (token.prefix === '' && !token.definite)) &&
      isNameWord(token.folded, token.value) &&
      !readSpeechWord(token.folded) &&
      !isComplementiser(token.folded)
  )
}

/**
 * Whether a speech verb is followed by a preposition with a pronoun, or by
 * `ذلك` (`صرح بذلك المستشار`, `أوضح ذلك رئيس اللجنة`), and then by a word
 * that may be its subject (`وقال له ماجد`, `يقول عنه زميله`, `فرد عليه المحرر`), not by what is
 * said (`وقال له إن`, `قال لها:`): the object written before a subject that
 * is a noun.
 *
 * @param analysis
 *   Paragraph, analysed.
 * @param index
 *   Index of the verb.
 * @returns
 *   Whether a subject is written after the pronoun.
 */
export function writtenAfterPronoun(analysis: AnalysedText, index: number): boolean {
  const {text, tokens} = analysis
  const verb = tokens[index]
  const pronoun = tokens[index + 1]
  const next = tokens[index + 2]
  if (!verb || !pronoun || !next) return false
  const replied = REPLIED.test(verb.folded) && REPLIED_TO.test(pronoun.folded)
  if (!PRONOUN_OBJECT.test(pronoun.folded) && !DEMONSTRATIVE_OBJECT.test(pronoun.folded) && !replied) return false
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
 * Read the subject of a speech word: after a verb (or before it, `X الذي
 * قال`), the source after an attribution (`بحسب X`), the owner of `قوله`
 * (`عن X قوله`).
 *
 * @param state
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
export function subjectOf(
  state: ArticleState,
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
      const before = subjectBefore(state, analysis, paragraph, index, word, cues)
      return before ? (apposedName(text, tokens, before, text.length, state.options) ?? before) : undefined
    }

    const subject =
      word.lemma === 'نقل'
        ? sourceAfter(state, text, tokens, index + 1, 'عن')
        : (subjectAfterPronoun(state, analysis, index) ??
          state.registry.subjectAfterVerb(analysis, index) ??
          readQuotedName(text, tokens, index + 1, text.length) ??
          subjectAfterAddressee(state, analysis, index) ??
          subjectBefore(state, analysis, paragraph, index, word, cues))
    const named = subject ? (apposedName(text, tokens, subject, text.length, state.options) ?? subject) : undefined
    if (named && named.kind !== 'name' && word.lemma === 'وصف' && describedAs(tokens, named))
      return subjectBefore(state, analysis, paragraph, index, word, cues)
    return named ? (documentIssuer(state, text, tokens, named) ?? withoutAgency(text, named)) : undefined
  }

  if (word.form === 'attribution') {
    const issued = word.lemma === 'في' ? issuerOf(state, text, tokens, index + 2) : undefined
    return issued ?? sourceAfter(state, text, tokens, index + (word.lemma === 'في' ? 2 : 1), undefined)
  }

  if (word.form === 'participle') return subjectBeforeParticiple(state, analysis, paragraph, index)
  // `بالقول` has no owner of its own (`دون تفاصيل عن الكلفة، مكتفيا بالقول`).
  if (word.form !== 'noun' || word.lemma === BY_SAYING) return undefined
  // `عن خيري قوله`, `على لسان المتحدث باسم القوات، أيوب قاسم قوله`: the
  // owner of the words was named just before.
  const owner = ownerBefore(tokens, index)
  if (!owner) return undefined
  // (After `على لسان` the name in apposition is read up to `قوله` as after a verb.)
  const limit = owner.onTongue ? text.length : itemAt(tokens, index).start
  return readSubject(text, tokens, owner.from, limit, state.options)
}

/**
 * @param tokens
 *   Words of the paragraph.
 * @param index
 *   Index of a noun of saying with an owner's pronoun (`قوله`).
 * @returns
 *   Index of the word after the `عن` or `على لسان` that names the owner
 *   right before it, and which of the two it is, if any.
 */
function ownerBefore(tokens: ReadonlyArray<WordToken>, index: number): {from: number; onTongue: boolean} | undefined {
  for (let at = index - 1; at >= Math.max(0, index - ON_TONGUE_OWNER_REACH); at--) {
    const folded = itemAt(tokens, at).folded
    if (folded === 'عن' && at >= index - FROM_OWNER_REACH) return {from: at + 1, onTongue: false}
    if (folded === 'لسان' && tokens[at - 1]?.folded === 'علي') return {from: at + 1, onTongue: true}
  }

  return undefined
}

/**
 * The subject after a preposition with a pronoun that comes between a
 * speech verb and its subject (`وقال له رئيس الوزراء`, `يقول عنه زميله`,
 * `قالت لها والدتها`): in Arabic the object pronoun goes before a subject
 * that is a noun, so the noun after it is who speaks, not the one spoken
 * to or about.
 *
 * @param state
 * @param analysis
 *   Paragraph, analysed.
 * @param index
 *   Index of the speech verb.
 * @returns
 *   Subject, if the text gives one so.
 */
function subjectAfterPronoun(state: ArticleState, analysis: AnalysedText, index: number): SubjectPhrase | undefined {
  if (!writtenAfterPronoun(analysis, index)) return undefined
  const {text, tokens} = analysis
  const subject = readSubject(text, tokens, index + 2, text.length, state.options)
  // Right after the pronoun, or after a relative of its own (`عنه
  // زميله سامي العلي`).
  const near = tokens[index + 3]?.start ?? text.length
  if (!subject || subject.start > near || !isPlausibleSubject(subject, state.options)) return undefined
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
 * @param state
 * @param analysis
 *   Paragraph, analysed.
 * @param index
 *   Index of the speech verb.
 * @returns
 *   Subject, if the text gives one so.
 */
function subjectAfterAddressee(state: ArticleState, analysis: AnalysedText, index: number): SubjectPhrase | undefined {
  const {text, tokens} = analysis
  const verb = itemAt(tokens, index)
  const addressee = ADDRESSEE.exec(text.slice(verb.end, verb.end + ADDRESSEE_REACH))
  if (!addressee) return undefined
  const after = verb.end + addressee[0].length
  const from = tokens.findIndex((token) => token.start >= after)
  if (from === -1) return undefined
  // Read from the word after the mark as from the start of a phrase.
  const subject = readSubject(text, tokens.slice(from), 0, text.length, state.options)
  return subject && isPlausibleSubject(subject, state.options) ? subject : undefined
}

/**
 * The subject of the verb right before a participle (`فرد المدرب قائلا`,
 * `ليرد حسني قائلا`, `خاطبه الفنان قائلا`): the words between the two
 * are that subject and nothing else, in one clause.
 *
 * @param state
 * @param analysis
 *   Paragraph, analysed.
 * @param paragraph
 *   Its index.
 * @param index
 *   Index of the participle.
 * @returns
 *   Subject, if the text gives one so.
 */
function subjectBeforeParticiple(
  state: ArticleState,
  analysis: AnalysedText,
  paragraph: number,
  index: number
): SubjectPhrase | undefined {
  const {text, tokens} = analysis
  const participle = itemAt(tokens, index)
  const last = tokens[index - 1]
  // `مرددين`: a group, not the one named before it.
  if (!last || /ين$/.test(participle.folded) || /[^\s]/.test(text.slice(last.end, participle.start))) return undefined
  for (let at = index - 2; at >= Math.max(0, index - PARTICIPLE_SUBJECT_REACH - 1); at--) {
    const verb = itemAt(tokens, at)
    if (/[^\s]/.test(text.slice(verb.end, itemAt(tokens, at + 1).start))) return undefined
    if (!opensClause(state, tokens, at) || readSpeechWord(verb.folded, state.options.verbs)) continue
    const subject = readSubject(text, tokens, at + 1, participle.start, state.options)
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
 * @param state
 * @param tokens
 *   Words of the paragraph.
 * @param at
 *   Index of the word.
 * @returns
 *   Whether it reads as such a verb.
 */
function opensClause(state: ArticleState, tokens: ReadonlyArray<WordToken>, at: number): boolean {
  const verb = itemAt(tokens, at)
  if (!mayBeVerb(state, verb)) return false
  // `فرد`, `ورد` (“and he replied”): too short for `و`/`ف` to be read off.
  if (verb.prefix === 'و' || verb.prefix === 'ف' || REPLIED.test(verb.folded)) return true
  if (verb.prefix !== '') return false
  // `ليرد`: `ل` before a verb in the present is read as part of the word.
  if (verb.suffix !== '' || /^ل[يت].{2}/.test(verb.folded)) return true
  return CLAUSE_VERB_OPENERS.test(tokens[at - 1]?.folded ?? '')
}

/**
 * Read the subject written before its verb (`مايكل نونان، وزير المالية،
 * قال`, `بيد أن لويس إنريكي أكد`, `المهندس محمد حابسن الذي أكد`,
 * `وكان المرصد أفاد`): the phrase from the start of the clause (sentence
 * start, `أن`/`إن`, `لكن`, `كان`) that runs up to the verb, or up to an
 * apposition set off by commas or `الذي`/`التي` before it, and agrees with
 * the verb in gender.
 *
 * @param state
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
function subjectBefore(
  state: ArticleState,
  analysis: AnalysedText,
  paragraph: number,
  index: number,
  word: SpeechWord,
  cues: ReadonlyArray<SpeechCue>
): SubjectPhrase | undefined {
  const verb = analysis.tokens[index]
  if (!verb || verb.prefix !== '') return undefined
  const from = clauseStart(analysis, index, cues)
  if (from === undefined || from === index) return undefined
  return (
    clauseSubject(state, analysis, paragraph, index, from, word) ?? relativeAntecedent(state, analysis, index, word)
  )
}

/**
 * Where the clause of a verb begins, read back from it: at punctuation, at
 * a word that opens a clause (`أن`, `لكن`, `كان`), or at the edge of reach.
 *
 * @param analysis
 *   Paragraph, analysed.
 * @param index
 *   Index of the verb.
 * @param cues
 *   Cues read so far in the paragraph.
 * @returns
 *   Index of the clause's first word; `undefined` when the clause is what
 *   a speech word before it reports (`وأشار X إلى أن المنطاد يعتبر`).
 */
function clauseStart(analysis: AnalysedText, index: number, cues: ReadonlyArray<SpeechCue>): number | undefined {
  const {text, tokens} = analysis
  let from = index
  while (from > 0 && index - from < SUBJECT_BEFORE_REACH) {
    const previous = tokens[from - 1]
    if (!previous || /[.!?؟؛:«»"“”()]/.test(text.slice(previous.end, itemAt(tokens, from).start))) break
    if (CLAUSE_OPENERS.test(previous.folded)) {
      // `وأشار X إلى أن المنطاد يعتبر`: a clause of what X says.
      const opensComplement = /^[وفبل]?ان$/.test(previous.folded) && tokens[from - 2]?.folded !== 'بيد'
      const sentence = analysis.sentenceStart(itemAt(tokens, index).start)
      if (opensComplement && cues.some((cue) => cue.start >= sentence)) return undefined
      break
    }

    from--
  }

  return from
}

/**
 * @param word
 *   The verb.
 * @param subject
 *   A phrase before it.
 * @returns
 *   Whether the phrase may be its subject: of its gender, and not a bare
 *   title (`إلا أن المحامي حذر`: it points back to someone named before,
 *   and which one is not clear from the clause).
 */
function agreesWithVerb(word: SpeechWord, subject: SubjectPhrase): boolean {
  return (
    (!word.gender || !subject.gender || word.gender === subject.gender) &&
    !(subject.kind === 'title' && subject.person && isBareTitle(subject))
  )
}

/**
 * The subject that opens the clause of a verb and runs up to it, or up to
 * an apposition set off by commas or a relative before it (`مايكل نونان،
 * وزير المالية، قال`, `وكانت الممثلة …، السفيرة X، قد قالت`).
 *
 * @param state
 * @param analysis
 *   Paragraph, analysed.
 * @param paragraph
 *   Its index.
 * @param index
 *   Index of the verb.
 * @param from
 *   Index of the clause's first word.
 * @param word
 *   The verb.
 * @returns
 *   Subject, if the clause opens with one.
 */
function clauseSubject(
  state: ArticleState,
  analysis: AnalysedText,
  paragraph: number,
  index: number,
  from: number,
  word: SpeechWord
): SubjectPhrase | undefined {
  const {text, tokens} = analysis
  const verb = itemAt(tokens, index)
  // The clause's first word: `from` never passed the verb's index.
  const opener = itemAt(tokens, from)
  // The clause starts within reach, and not with `و` (`ومضى يقول`,
  // `وعاد ليقول`: a verb joined by `و`, not a subject).
  const opens = (from === 0 || index - from < SUBJECT_BEFORE_REACH) && !/^[وف]/.test(opener.prefix)
  // After a full stop, a comma or a bracket (`… ". مايكل نونان، وزير
  // المالية، قال`), read from the clause's first word on its own: the
  // punctuation would end the phrase there. Not after a closing quote mark
  // alone (`«…» بيتا رائعا قال فيه`): the quote's object, not a subject.
  const gapBefore = from > 0 ? text.slice(itemAt(tokens, from - 1).end, opener.start) : ''
  const own = /[.!?؟؛،,()]/.test(gapBefore) ? tokens.slice(from) : tokens
  const subject = opens ? readSubject(text, own, own === tokens ? from : 0, verb.start, state.options) : undefined
  if (
    !subject ||
    subject.start !== opener.start ||
    !agreesWithVerb(word, subject) ||
    !isSureSubject(state, subject, opener, paragraph)
  )
    return undefined
  // `وكانت الممثلة …، السفيرة X، قد قالت`: `قد` is no part of the gap,
  // and the comma before it closes the apposition.
  const written = text.slice(subject.end, verb.start).trim()
  const gap = written.replace(/(?:^|\s)قد$/, '').trim()
  const apposition = /^[،,][^،,.:؛]{1,80}[،,]$/.test(gap) && !gap.includes('«')
  const closed = gap !== written && /^[،,]$/.test(gap)
  return gap === '' || isSingularRelative(gap) || apposition || closed ? subject : undefined
}

/**
 * The name a relative pronoun right before a verb refers to (`… في شركة
 * إيوان المهندس محمد حابسن الذي أكد`): the fullest that ends right before
 * it, of two words or more.
 *
 * @param state
 * @param analysis
 *   Paragraph, analysed.
 * @param index
 *   Index of the verb.
 * @param word
 *   The verb.
 * @returns
 *   Subject, if the relative follows a name.
 */
function relativeAntecedent(
  state: ArticleState,
  analysis: AnalysedText,
  index: number,
  word: SpeechWord
): SubjectPhrase | undefined {
  const {text, tokens} = analysis
  const relative = tokens[index - 1]
  if (!relative || !isSingularRelative(relative.folded)) return undefined
  // Read from the word before the pronoun back, while the phrase still
  // ends at it, and no further than a title (`المهندس`) or a name word:
  // `الجلسة` in `وتحدث في الجلسة المهندس …` is no part of the name.
  let found: SubjectPhrase | undefined
  for (let start = index - 2; start >= Math.max(0, index - SUBJECT_BEFORE_REACH); start--) {
    const first = tokens[start]
    const next = tokens[start + 1]
    if (!first || (next && start < index - 2 && /\S/.test(text.slice(first.end, next.start)))) break
    if (first.definite && !isTitleNoun(stripArticle(first.folded))) break
    const named = readSubject(text, tokens.slice(start), 0, relative.start, state.options)
    if (named?.kind !== 'name' || named.start !== first.start || text.slice(named.end, relative.start).trim() !== '')
      break
    found = named
  }

  return found && found.nameWords.length >= 2 && agreesWithVerb(word, found) ? found : undefined
}

/**
 * Whether a subject read before its verb is surely one: not after a
 * preposition (`لتصريحات خالد طوقان`), and a name of two words or more,
 * as written or in full elsewhere (`وكان مادورو أعلن`; a lone word before
 * a verb may be any noun: `الآخرة`, `الجميع`).
 *
 * @param state
 * @param subject
 *   Subject phrase.
 * @param first
 *   Its first word.
 * @param paragraph
 *   Paragraph index.
 * @returns
 *   Whether it may be taken.
 */
function isSureSubject(state: ArticleState, subject: SubjectPhrase, first: WordToken, paragraph: number): boolean {
  // `وكان الجميع يقولون`: a group, not a speaker.
  if (/^[وف]?[لبك]/.test(first.prefix) || isQuantifier(stripArticle(first.folded))) return false
  if (subject.kind !== 'name' || subject.nameWords.length >= 2 || subject.titleWords.length > 0) return true
  const full = state.registry.resolve(subject, readingOrder(paragraph, subject.start)).speaker
  return tokenize(full).length >= 2
}

/**
 * Read whose words a speech word reports with `على لسان` (“in the words
 * of”): `ونقلت الصحيفة على لسان السيسي`, `جاء على لسان الوزير`.
 *
 * @param state
 * @param text
 * @param tokens
 * @param from
 *   Index of the word after the speech word.
 * @returns
 *   The person named after `على لسان`, if the phrase follows within a
 *   few words, before any punctuation.
 */
export function onTongueOf(
  state: ArticleState,
  text: string,
  tokens: ReadonlyArray<WordToken>,
  from: number
): SubjectPhrase | undefined {
  for (let index = from; index < Math.min(tokens.length - 1, from + ON_TONGUE_REACH); index++) {
    if (index > from && /[.!?؟؛:«»"“”]/.test(text.slice(itemAt(tokens, index - 1).end, itemAt(tokens, index).start)))
      return undefined
    if (itemAt(tokens, index).folded === 'علي' && itemAt(tokens, index + 1).folded === 'لسان') {
      return readSubject(text, tokens, index + 2, text.length, state.options)
    }
  }

  return undefined
}

/**
 * Read a source named after an attribution word (`بحسب ما قاله زيلينسكي`,
 * `وفقا لـ الوزارة`) or after `عن` (`نقل موقع … عن خيري`).
 *
 * @param state
 * @param text
 * @param tokens
 * @param from
 * @param marker
 */
function sourceAfter(
  state: ArticleState,
  text: string,
  tokens: ReadonlyArray<WordToken>,
  from: number,
  marker: string | undefined
): SubjectPhrase | undefined {
  let index = from
  if (marker) {
    const found = tokens.slice(from, from + 12).findIndex((token) => token.folded === marker)
    if (found === -1) return readSubject(text, tokens, from, text.length, state.options)
    index = from + found + 1
  } else {
    while (index < tokens.length && index < from + 3 && ATTRIBUTION_FILLERS.has(itemAt(tokens, index).folded)) {
      index++
    }
  }

  return readSubject(text, tokens, index, text.length, state.options)
}
