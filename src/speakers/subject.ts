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
  isComplementiser,
  isDescriptionHead,
  isEventNoun,
  isNameParticle,
  isOccasion,
  isOrganisationNoun,
  isPersonTitle,
  isPrefixLikeName,
  isPreposition,
  isQuantifier,
  isRecipient,
  isSameNoun,
  isStopWord,
  isTitleNoun,
  readSpeechWord
} from './lexicon.js'

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

/** Longest name read, in words. */
const MAX_NAME_WORDS = 6
/** Longest title or description read, in words. */
const MAX_TITLE_WORDS = 16

type Mode = 'start' | 'title' | 'name' | 'description'

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
  const extraTitle = (folded: string) => options?.titles?.has(folded) === true
  const isTitle = (folded: string) => isTitleNoun(folded) || extraTitle(folded)
  // `مدربه` (“his coach”) folds like `مدربة` (“coach”, feminine): a word
  // written with a final ـه is a noun with a possessive, not a title.
  const possessive = (token: WordToken) => hasPossessiveEnding(token.value)
  const isPerson = (folded: string) => isPersonTitle(folded) || extraTitle(folded)
  // An indefinite title noun is in construct with what follows
  // (`رئيس الوزراء`, `وزارة الخارجية`); a definite one is not (`الشيخ خالد`).
  const takesGenitive = (token: WordToken) => !token.definite && isTitle(token.folded)
  let mode: Mode = 'start'
  let expectGenitive = false
  let inPhrase = false
  let inQuotedName = false
  let orgName = false
  let personTitle = false
  let sawDefinite = false
  const title: Array<WordToken> = []
  const name: Array<WordToken> = []
  const description: Array<WordToken> = []

  const issuer = options?.titleFirst ? undefined : statementIssuer(text, tokens, from, limit, options)
  if (issuer) return issuer

  // `قال زميله مهاجم الفريق السابق أدريان موتو`, `قالت شقيقته سلمى`: a
  // relative or companion of someone (the pronoun), then who they are.
  const relation = tokens[from]
  const named = tokens[from + 1]
  if (
    relation &&
    named &&
    !options?.titleFirst &&
    relation.prefix === '' &&
    possessive(relation) &&
    isRelationNoun(relation.folded) &&
    text.slice(relation.end, named.start).trim() === ''
  ) {
    const appositive = readSubject(text, tokens, from + 1, limit, options)
    // (A title, or a name of two words or more: `قال محاميه لصحيفة` names nobody.)
    if (appositive?.kind === 'name' && (appositive.title !== undefined || appositive.nameWords.length >= 2)) {
      return appositive
    }
  }

  for (let index = from; index < tokens.length; index++) {
    const token = itemAt(tokens, index)
    if (token.end > limit) break
    const folded = token.folded
    const bare = stripArticle(folded)
    const next = tokens[index + 1]
    // What comes before a title read on its own (`، الشيخ محمد`) does not end it.
    // Nor does a comma after a noun (`على لسان، روبرت ماكغوفيرن،`,
    // `البريطاني، سامي نادر`); after a verb or an adverb it does (`وقال،
    // بدلا من ذلك،`, `وهنا، كشف`), and a colon or quote mark always does.
    const previous = index === 0 ? undefined : itemAt(tokens, index - 1)
    const before = previous ? text.slice(previous.end, token.start) : ''
    const afterNoun = previous !== undefined && (previous.definite || previous.folded === 'لسان')
    const gap = index === from && (options?.titleFirst || (afterNoun && /^[\s،,]*$/.test(before))) ? '' : before

    // `صحيفة "فايننشال تايمز"`: a quoted name as the genitive of a title noun.
    if (mode === 'title' && expectGenitive && !inQuotedName && /^\s*(?:["«“„]|&quot;)\s*$/.test(gap)) {
      inQuotedName = true
    } else if (inQuotedName && /^\s*(?:["»”“]|&quot;)\s*$/.test(gap)) {
      inQuotedName = false
      expectGenitive = false
    } else if (
      /^\s*\.\s*$/.test(gap) &&
      mode === 'title' &&
      name.length === 0 &&
      isAbbreviatedTitle(tokens[index - 1])
    ) {
      // `د. محمد الأحمد`, `م. سامر`: the full stop of an abbreviated title,
      // which takes no genitive: the name follows.
      expectGenitive = false
      personTitle = true
    } else if (/[،,:;؛.!?؟«»“”„‹›"(){}[\]]|&quot;/.test(gap)) {
      // `المتحدث باسم الرئاسة، ياسر علي، إن`: the name in apposition.
      if (mode === 'title' && personTitle && name.length === 0 && /^\s*[،,]\s*$/.test(gap)) {
        const apposition = readApposition(text, tokens, index, limit)
        if (apposition) name.push(...apposition)
      } else if (
        mode === 'description' &&
        /^\s*[،,]\s*$/.test(gap) &&
        description[0] !== undefined &&
        isPerson(stripArticle(description[0].folded))
      ) {
        // `مستشار المناطيد التجارية، فيل دونينغتون،`: a person's post, then the person.
        const apposition = readApposition(text, tokens, index, limit)
        if (apposition) {
          title.push(...description.splice(0))
          name.push(...apposition)
          personTitle = true
        }
      } else if (
        title.length > 0 &&
        (mode === 'title' || mode === 'name') &&
        /^\s*[،,]\s*$/.test(gap) &&
        token.definite &&
        isPersonTitle(bare)
      ) {
        // `مدير إدارة مشروع واسط، المهندس بدر الدلامي:`: the person, in
        // apposition with a title of their own; what came before is the post.
        const apposition = readApposition(text, tokens, index, limit)
        if (apposition) {
          title.push(...name.splice(0))
          name.push(...apposition)
        }
      }

      break
    }

    if (inQuotedName) {
      title.push(token)
      continue
    }

    // `علي` the name, not `على` the preposition (both fold to `علي`), in an
    // article that writes the preposition with ى.
    // After a person's title (`الوزير علي حسن`) it is the name in any case.
    const preposition =
      isPreposition(folded) &&
      !(isAli(token) && (options?.aliIsName === true || (mode === 'title' && personTitle && name.length === 0)))
    const isDigits = /^\p{N}+$/u.test(folded)
    // `وقالت طالبة المدرسة`, `مضيفة الطيران`: a feminine participle in
    // construct with what follows is the noun (“student”), not the
    // circumstance (`قالت طالبة عدم ذكر اسمها`, “asking”).
    const nounInConstruct =
      mode === 'start' &&
      token.value.endsWith('ة') &&
      next?.definite === true &&
      text.slice(token.end, next.start).trim() === ''
    if (
      isComplementiser(folded) ||
      (isStopWord(folded) && !nounInConstruct) ||
      readSpeechWord(folded, options?.verbs) ||
      isRecipient(folded) ||
      (!/\p{L}/u.test(folded) && !(isDigits && mode === 'title'))
    ) {
      break
    }

    if (mode === 'start') {
      if (preposition || !canStartSubject(token, next)) break
      if (options?.titleFirst && (possessive(token) || (!isTitle(bare) && !isDescriptionHead(bare)))) break
      if (isDescriptionHead(folded)) {
        mode = 'description'
        description.push(token)
      } else if (token.definite || (isTitle(folded) && !possessive(token) && folded !== 'سيد')) {
        // (`سيد` without the article is a first name; `السيد` is “Mr”.)
        mode = 'title'
        title.push(token)
        expectGenitive = takesGenitive(token)
        personTitle = isPerson(bare)
      } else if (isPluralInConstruct(text, token, next)) {
        // `بحسب قدرات التأثير لديه`: a plural noun and its genitive, no name.
        break
      } else if (isNameWord(folded, token.value) || isAli(token)) {
        mode = 'name'
        name.push(token)
      } else {
        break
      }

      continue
    }

    if (mode === 'title') {
      // A title that runs on past the longest read: where it ends, and
      // whether a name follows, is not known.
      if (title.length >= MAX_TITLE_WORDS) {
        if (name.length === 0 && gap.trim() === '') return undefined
        break
      }
      // `باسم وزارة`, `لحلف شمال`, `بالوكالة`, `لكرة القدم`: a phrase inside the title.
      const glue =
        (folded === 'باسم' && next !== undefined && (next.definite || isTitle(next.folded))) ||
        // `لمرافق معالجة الغاز`: a preposition and a noun in construct.
        (/^[بل]م\S{3,}$/.test(folded) &&
          !isPrefixLikeName(folded) &&
          next !== undefined &&
          !next.definite &&
          tokens[index + 2]?.definite === true &&
          text.slice(token.end, next.start).trim() === '') ||
        (/^[بل]/.test(folded) && isTitle(folded.slice(1))) ||
        (/^[بل]/.test(folded) &&
          folded.length > 3 &&
          !folded.startsWith('بال') &&
          !folded.startsWith('لل') &&
          next?.definite === true &&
          !(personTitle && isPrefixLikeName(folded)))
      if (preposition) {
        // `المسؤول في الرئاسة`, `مدير الاتصالات في سامسونج الخليج`,
        // `اللجنة الوطنية للدفاع عن حرية الرأي`: one phrase inside a title;
        // not `في مؤتمر صحفي`, `في بيان`.
        // (`حذر الوزير من الضغط`, `في عناوينها`: what the verb is about.)
        // `مدير التشغيل في معمل الغاز في واسط، بدر السعود،`: the place of
        // the post, then the person set off by commas (also after a phrase).
        // (`مبعوث الأمم المتحدة إلى اليمن، جمال بن عمر،`: an envoy's post.)
        const place = personTitle && name.length === 0 && ['في', 'فى', 'الي'].includes(folded)
        const placeWords = place ? placeBeforeComma(text, tokens, index + 1, limit) : []
        if (placeWords.length > 0) {
          title.push(token, ...placeWords)
          index += placeWords.length
          expectGenitive = false
          inPhrase = true
          continue
        }

        if (inPhrase || !['في', 'فى', 'عن', 'على'].includes(folded)) break
        // `عن` belongs to a title after what takes it (`للدفاع عن`,
        // `المسؤول عن`), not after a name (`مدير مشروع واسط عن الهدف`).
        if (folded === 'عن' && !takesAn(title.at(-1))) break
        const after = tokens[index + 2]
        if (!next || isOccasion(stripArticle(next.folded)) || isStopWord(next.folded) || next.suffix !== '') break
        if (text.slice(token.end, next.start).trim() !== '') break
        // `سفيرة الفيليبين في عمان أوليفيا بالال`: a post held in a city,
        // then the person's name; `في مجال صناعة الأغذية`: a field of
        // work, a noun in construct with a feminine noun and its genitive.
        const inWord =
          personTitle &&
          name.length === 0 &&
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
        if (!(next.definite || after?.definite === true || postIn || field)) break
        title.push(token)
        if (postIn || field) {
          title.push(next)
          index++
          expectGenitive = field
        } else {
          expectGenitive = true
        }
        inPhrase = true
      } else if (
        orgName &&
        !token.definite &&
        isNameWord(folded, token.value) &&
        !isTitle(folded) &&
        !isVerbLike(token)
      ) {
        // `منظمة هيومن رايتس ووتش`, `صحيفة يديعوت أحرونوت`: a name of
        // several words (not `شركة أبل تطلق`: a verb follows the name).
        title.push(token)
      } else if (
        personTitle &&
        title.length >= 2 &&
        token.prefix === 'و' &&
        !token.definite &&
        isTitle(token.stem) &&
        next?.definite === true &&
        text.slice(token.end, next.start).trim() === ''
      ) {
        // `المبعوث الخاص للأمم المتحدة وجامعة الدول العربية`: a second
        // genitive joined by `و` in a person's post, not a name that starts
        // with it. (Between organisations, `و` joins two of them: `شركة
        // أوراسكوم ووزارة المالية`.)
        title.push(token)
        expectGenitive = true
      } else if (isSameNoun(folded)) {
        // `الطالبة ذات العشرين عاما`: a description of the title's holder.
        title.push(token)
        expectGenitive = true
      } else if (expectGenitive) {
        title.push(token)
        expectGenitive = takesGenitive(token) || glue
        personTitle ||= isPerson(bare)
        // An organisation's own name, not a genitive noun (`وزارة الخارجية`),
        // also inside a person's title (`مدرب فريق تيريك جروزني`).
        // (Inside a person's title only when an adjective closes it: else
        // the words after it are the person's name, `حاكم منطقة سوروتش عبدالله جيفتشي`.)
        const owner = title.at(-2)
        orgName =
          owner !== undefined &&
          isOrganisationNoun(stripArticle(owner.folded)) &&
          (title.length === 2 || nameRunEndsDefinite(text, tokens, index)) &&
          !token.definite &&
          !isTitle(folded) &&
          isNameWord(folded, token.value)
      } else if (glue) {
        title.push(token)
        expectGenitive = true
      } else if (/^(?:بال|لل|وال)/.test(folded)) {
        // `بالوكالة`, `للانتخابات`, `والشباب`.
        title.push(token)
      } else if (
        personTitle &&
        !token.definite &&
        isTitle(folded) &&
        lastItem(title).definite &&
        isNameWord(folded, token.value) &&
        next?.definite === true &&
        !isTitle(stripArticle(next.folded)) &&
        text.slice(token.end, next.start).trim() === ''
      ) {
        // `الإعلامي سلطان القحطاني`: after a title with the article, a
        // word without it is neither its adjective nor its genitive but the
        // name in apposition, even a word that is also a title (`سلطان`).
        mode = 'name'
        name.push(token)
      } else if (title.length === 1 && lastItem(title).definite && isTwoWordName(text, tokens, index)) {
        // `الفريق ضاحي خلفان، رئيس شرطة دبي`: a one-word title with the
        // article (here a rank) and a name of two words set off after it.
        mode = 'name'
        name.push(token)
        personTitle = true
      } else if (personTitle && name.length === 0 && inPhrase && isDefiniteNameAfterPlace(text, tokens, index)) {
        // `المبعوث الخاص … فى سوريا الأخضر الإبراهيمى "…`: after the place
        // of the post, two words with the article that end the phrase are
        // the name.
        mode = 'name'
        name.push(token)
      } else if (token.definite || isTitle(folded) || isDigits) {
        title.push(token)
        expectGenitive = takesGenitive(token)
        personTitle ||= isPerson(bare)
        // (An adjective ends an organisation's name: `تيريك جروزني الروسي`.)
        if (token.definite) orgName = false
      } else if (
        personTitle &&
        isNameWord(folded, token.value) &&
        (canStartSubject(token, next) || folded.charAt(1) === 'ا')
      ) {
        // (`وزير الحج بحل مجلس`: a preposition and its noun, no name;
        // `الدكتور باز`: a name.)
        mode = 'name'
        name.push(token)
      } else {
        break
      }

      continue
    }

    if (mode === 'name') {
      if (name.length >= MAX_NAME_WORDS) break
      // `عبدالله بن مساعد باسم شباب الوطن`: “on behalf of”, after a name.
      if (folded === 'باسم' && name.length >= 2) break
      if (isNameParticle(folded) || isAli(token)) {
        name.push(token)
      } else if (
        /^(?:ال|ابو|بن|ابن|بنت)$/.test(lastItem(name).folded) &&
        (isNameWord(folded, token.value) || token.definite) &&
        !isStopWord(folded)
      ) {
        // `عبدالعزيز بن عبدالله آل الشيخ`, `أبو المجد`: what a particle
        // takes is a name, even a word that is also a title.
        name.push(token)
      } else if (
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
          (folded.startsWith('ب') && folded.length >= 6 && next?.definite === true) ||
          // `حسن سليم بجهود المتطوعين`: a preposition and a noun in construct.
          (name.length >= 2 &&
            folded.startsWith('ب') &&
            folded.length >= 4 &&
            !isPrefixLikeName(folded) &&
            next?.definite === true &&
            text.slice(token.end, next.start).trim() === '') ||
          (/^[بل]/.test(folded) && isEventNoun(folded.slice(1)))) &&
        !isNameParticle(lastItem(name).folded)
      ) {
        // `فادي سعد لموسمين`, `حابس لحل مشكلة`, `السيسي بمشاركة الوفد`:
        // a phrase after a name.
        break
      } else if (isEventNoun(folded)) {
        // `أبو ردينة بدء عملية`: the event, not the name.
        break
      } else if (
        name.length >= 2 &&
        /^[يتن]/.test(folded) &&
        folded.length >= 4 &&
        !isNameParticle(lastItem(name).folded) &&
        next !== undefined &&
        text.slice(token.end, next.start).trim() === '' &&
        (next.definite || isPreposition(next.folded) || /^(?:لل|بال)/.test(next.folded))
      ) {
        // `هشام قنديل يناقش الميزانية`: a verb and its object after a full name.
        break
      } else if (
        token.definite &&
        isTitle(bare) &&
        !(
          next &&
          text.slice(token.end, next.start).trim() === '' &&
          !isRecipient(next.folded) &&
          (next.definite ||
            next.folded === 'باسم' ||
            (/^[بل]/.test(next.folded) && isTitle(next.folded.slice(1))) ||
            (isPersonTitle(bare) && isNameWord(next.folded, next.value) && !isTitle(next.folded)))
        )
      ) {
        // `سلمى الخطيب`: a family name that is also a title word (not
        // `سمير نصار المتحدث باسم الوزارة`, nor `نور الدين الرئيس مرسي`:
        // a title and the name of someone else, the object).
        name.push(token)
        break
      } else if (
        !token.definite &&
        name.length >= 2 &&
        isTitle(folded) &&
        !isDescriptionHead(folded) &&
        !opensGenitive(text, token, next)
      ) {
        // `حاتم بن حسن قاضي لصحيفة`: a family name that is also a title
        // word; a title would take a genitive (`محمد علي رئيس الوزراء`).
        name.push(token)
        break
      } else if (isTitle(bare) || isDescriptionHead(bare) || preposition || hasGluedArticle(folded)) {
        break
      } else if (
        token.definite &&
        name.length >= 2 &&
        (next?.definite === true || (next?.value.includes(TANWEEN_FATH) === true && !readSpeechWord(next.folded))) &&
        !isNameParticle(lastItem(name).folded) &&
        text.slice(token.end, next.start).trim() === ''
      ) {
        // (`اعتبر بنيامين نتنياهو الاتفاق تنازلا`: the object, then a word
        // in the accusative.)
        // `عبد الكريم فاضل المعرض الزراعي`: a noun and its adjective, the
        // verb's object, after a full name.
        break
      } else if (token.definite && name.length >= 2 && /^\S{4,}ات$/.test(bare)) {
        // `بحث سامح شكري الموضوعات`: a plural noun, the verb's object,
        // after a full name (family names so long are not plurals:
        // `السادات`, `الزيات`).
        break
      } else if (token.definite) {
        // A family name (`خالد البوسعيدي`), not an apposition.
        name.push(token)
      } else if (
        name.length >= 2 &&
        !isNameParticle(lastItem(name).folded) &&
        next !== undefined &&
        !next.definite &&
        isTitle(next.folded) &&
        text.slice(token.end, next.start).trim() === '' &&
        takesGenitiveAfter(text, tokens, index + 1)
      ) {
        // `وليد شريف تفاصيل مشروع`: a noun in construct after a full name
        // (not `يحيى زكريا عثمان نجم،`: a family name that is also a noun
        // ends the phrase, with no genitive after it).
        break
      } else if (isNameWord(folded, token.value) && name.length < MAX_NAME_WORDS - 1) {
        name.push(token)
      } else {
        break
      }

      continue
    }

    // Description of an unnamed source: adjectives, a genitive, one phrase
    // (`ضابط كبير في الجيش الكاميروني`, `أحد العاملين في وزارة الأوقاف`).
    // After a genitive, a name may follow a person's description
    // (`عضو الاتحاد السعودي لكرة السلة عبدالرحمن المسعد`).
    if (description.length >= MAX_TITLE_WORDS) break
    // `مسؤول فرنسي كبير طلب عدم الكشف عن اسمه`: the verb before `عدم`.
    if (next?.folded === NOT && !token.definite) break
    if (preposition) {
      // `عضو البرلمان عن محافظة الأنبار`: the seat a member holds.
      const seat = folded === 'عن' && isRepresentative(firstItem(description).folded)
      if (inPhrase || !(['في', 'فى', 'من'].includes(folded) || seat)) break
      // `مصدر مقرب من "كارديشيان"`, `مسؤول في حماس`: a name closes the
      // description. (Not a place after `من`, `مصدر مطلع من ريف حلب`:
      // where the source is, which tells it from no other.)
      const named = nameAfter(text, tokens, index + 1, limit, folded !== 'من')
      if (named.length > 0 && description.length > 0) {
        description.push(token, ...named)
        break
      }

      if (!next || !(next.definite || isTitle(next.folded)) || isOccasion(stripArticle(next.folded))) break
      inPhrase = true
      description.push(token)
    } else if (/^(?:بال|لل|وال)/.test(folded)) {
      // `… عن محافظة الأنبار والقيادي في تحالف القوى`: a second post, with
      // a phrase of its own.
      if (inPhrase && token.prefix === 'وال' && isPersonTitle(token.stem)) inPhrase = false
      description.push(token)
      sawDefinite = true
    } else if (token.definite || isTitle(folded) || (/^[بل]/.test(folded) && next?.definite === true)) {
      description.push(token)
      sawDefinite ||= token.definite
    } else if (isNameWord(folded, token.value)) {
      if ((sawDefinite || endsWithOwnedName(description)) && isPerson(stripArticle(firstItem(description).folded))) {
        mode = 'name'
        title.push(...description.splice(0))
        name.push(token)
        personTitle = true
      } else if (
        sawDefinite ||
        inPhrase ||
        /^[بل]/.test(folded) ||
        !(description.length >= 2 && isClearAdjective(lastItem(description).folded)) ||
        isAdjectiveLike(folded)
      ) {
        if (/^م(?:ست|ن|ت)?\S{3,}ا$/.test(folded)) break
        description.push(token)
      } else {
        // `مسؤول باكستاني رفض الكشف`, `سلفي مخاطبا`: a verb or a
        // circumstance after the description, not one of its adjectives.
        break
      }
    } else {
      break
    }
  }

  // `مدرب فريق ريال مدريد الأسباني رافائيل بينيت`: after an adjective with
  // the article inside the run, the person's name starts again.
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

  // Drop trailing name particles (`بن` before a stop).
  while (name.length > 0 && isNameParticle(lastItem(name).folded)) name.pop()
  // `مصدر مقرب من "الهيئة"` read up to a mark: no preposition ends a phrase.
  for (const words of [title, description]) {
    while (words.length > 1 && PHRASE_PREPOSITIONS.has(lastItem(words).folded)) words.pop()
  }
  // `المدرب الحبيب بن رمضان`: a name that starts with `بن` takes the word
  // before it, read as an adjective of the title.
  const lastTitle = title.at(-1)
  // (`عبد` and `أبو` open names: `الرئيس المصري عبد الفتاح السيسي`.)
  if (
    name.length > 0 &&
    /^(?:بن|ابن|بنت|ابنه)$/.test(firstItem(name).folded) &&
    lastTitle &&
    !isTitle(stripArticle(lastTitle.folded))
  ) {
    title.pop()
    name.unshift(lastTitle)
  }
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
    person: name.length > 0 || personTitle
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

    // (`، مسعود جزايري قوله:`: the speech noun ends the name.)
    if (isComplementiser(token.folded) || readSpeechWord(token.folded)) return words.length > 0 ? words : undefined
    // `، المهندس بدر الدلامي:`: the appositive's own title comes first.
    if (token.definite && words.length === 0) {
      if (index === from && isPersonTitle(stripArticle(token.folded))) continue
      return undefined
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
  return (
    folded.length > 1 &&
    /\p{L}/u.test(folded) &&
    // Prepositions and the article glued on (`بالجهود`, `للبلاد`) and
    // possessive suffixes (`إعجابها`) belong to common nouns.
    !hasGluedArticle(folded) &&
    !/(?:ها|هم|هما|هن|كم)$/.test(folded) &&
    // `لإدارة`, `بوزارة`: a preposition glued to a title noun.
    !(/^[لب]/.test(folded) && isTitleNoun(folded.slice(1))) &&
    !isPreposition(folded) &&
    !isStopWord(folded) &&
    !isComplementiser(folded) &&
    !isRecipient(folded) &&
    !isSameNoun(folded)
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
 * @returns
 *   Whether it and the next word are name words without the article, joined
 *   by a space and followed by a comma or the complementiser.
 */
function isTwoWordName(text: string, tokens: ReadonlyArray<WordToken>, from: number): boolean {
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
  return (
    /^\s*[،,]/.test(text.slice(second.end, after?.start ?? text.length)) ||
    (after !== undefined && isComplementiser(after.folded))
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
