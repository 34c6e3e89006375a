/**
 * Word lists for reading who said what in Arabic news: speech verbs in all
 * their forms, attribution phrases, titles, descriptions of unnamed sources,
 * and the small words that end a name.
 *
 * Everything is stored folded (see `foldArabic`), so that hamza forms, ى/ي and
 * ة/ه spellings all match.
 */

import {foldArabic} from '../text/fold.js'

/** Grammatical gender read off a verb or a title. */
export type Gender = 'masculine' | 'feminine'

/** How a speech word relates to its speaker. */
export type SpeechForm =
  /** Finite verb (`قال`, `تقول`): the subject usually follows. */
  | 'verb'
  /** Active participle (`مضيفا`, `محذّرة`): the speaker is the subject of the sentence. */
  | 'participle'
  /** Verbal noun with a possessive (`قوله`, `بقولها`): the speaker is the owner. */
  | 'noun'
  /** Attribution (`بحسب`, `وفقا لـ`, `نقلا عن`, `على لسان`): the speaker follows. */
  | 'attribution'

/** A speech word as read from the text. */
export interface SpeechWord {
  /** Kind of word. */
  form: SpeechForm
  /** Gender, when the form shows it. */
  gender: Gender | undefined
  /** Whether the speaker is the writer (`أقول`, `قلت`). */
  firstPerson: boolean
  /** Lemma (folded past form), e.g. `قال`. */
  lemma: string
}

/**
 * Speech verbs as `past present participle` (masculine, third person). An
 * empty participle means the participle is also a common noun (`كاتب`
 * “writer”), so it is not read as speech.
 */
const SPEECH_VERBS: ReadonlyArray<readonly [string, string, string]> = [
  ['قال', 'يقول', 'قائل'],
  ['أضاف', 'يضيف', 'مضيف'],
  ['أوضح', 'يوضح', 'موضح'],
  ['أكد', 'يؤكد', 'مؤكد'],
  ['تابع', 'يتابع', 'متابع'],
  ['أشار', 'يشير', 'مشير'],
  ['صرح', 'يصرح', 'مصرح'],
  ['اعتبر', 'يعتبر', 'معتبر'],
  ['حذر', 'يحذر', 'محذر'],
  ['لفت', 'يلفت', 'لافت'],
  ['شدد', 'يشدد', 'مشدد'],
  ['ذكر', 'يذكر', 'ذاكر'],
  ['أعلن', 'يعلن', 'معلن'],
  ['نقل', 'ينقل', 'ناقل'],
  ['بين', 'يبين', 'مبين'],
  ['أفاد', 'يفيد', 'مفيد'],
  ['أردف', 'يردف', 'مردف'],
  ['استدرك', 'يستدرك', 'مستدرك'],
  ['اختتم', 'يختتم', 'مختتم'],
  // `خاتم` is also a noun (a ring, the end): the speaker tracker reads it
  // as speech only right before `بقوله`, `بالقول`.
  ['ختم', 'يختم', 'خاتم'],
  ['واصل', 'يواصل', 'مواصل'],
  ['أجاب', 'يجيب', 'مجيب'],
  ['تساءل', 'يتساءل', 'متسائل'],
  ['كتب', 'يكتب', ''],
  ['غرد', 'يغرد', 'مغرد'],
  ['دون', 'يدون', ''],
  ['نوه', 'ينوه', 'منوه'],
  ['طالب', 'يطالب', 'مطالب'],
  ['دعا', 'يدعو', 'داعي'],
  ['اعترف', 'يعترف', 'معترف'],
  ['نفى', 'ينفي', 'نافي'],
  ['زعم', 'يزعم', 'زاعم'],
  ['رأى', 'يرى', ''],
  ['علق', 'يعلق', 'معلق'],
  ['روى', 'يروي', 'راوي'],
  ['سأل', 'يسأل', 'سائل'],
  ['ردد', 'يردد', 'مردد'],
  ['وصف', 'يصف', 'واصف'],
  ['أصدر', 'يصدر', ''],
  ['استطرد', 'يستطرد', 'مستطرد'],
  ['ناشد', 'يناشد', 'مناشد'],
  ['أوصى', 'يوصي', 'موصي'],
  ['هتف', 'يهتف', ''],
  ['صاح', 'يصيح', 'صائح'],
  ['أجمع', 'يجمع', 'مجمع'],
  ['استهل', 'يستهل', 'مستهل'],
  ['عقب', 'يعقب', 'معقب'],
  ['أقر', 'يقر', ''],
  ['أبلغ', 'يبلغ', ''],
  ['أعرب', 'يعرب', 'معرب']
]

/**
 * Verbs that are speech verbs only when they open a sentence or clause with
 * `و`/`ف` (`وتابع`, `وواصلت`); bare, they mostly mean “followed”,
 * “continued (doing)”.
 */
const PREFIX_ONLY = new Set(['تابع', 'واصل'].map(foldArabic))

/**
 * Past forms that are also very common other words when bare (`بين`
 * “between”, `طالب` “student”, `تابع` “belonging to”, `دون` “without”,
 * `عقب` “after”, `نقل` “transport”): read as speech only with a `و`/`ف`
 * prefix.
 */
const AMBIGUOUS_BARE = new Set(
  ['بين', 'طالب', 'تابع', 'دون', 'عقب', 'نقل', 'علق', 'أجمع', 'يجمع', 'يبلغ', 'يقر', 'دعا'].map(foldArabic)
)

/** Lemma of `بالقول` (“by saying”), a verbal noun of speech without an owner of its own. */
export const BY_SAYING = foldArabic('القول')

/** Verbal nouns of speech; with a possessive suffix they name the speaker. */
const SPEECH_NOUNS = ['قول', 'تصريح', 'تعبير', 'كلام', 'حديث', 'رواية', 'لسان', 'زعم'].map(foldArabic)

/** Attribution words after which the source is named (`بحسب الوزارة`). */
const ATTRIBUTIONS = new Set(
  [
    'بحسب',
    'حسب',
    'وحسب',
    'وبحسب',
    'وفق',
    'وفقا',
    'ووفقا',
    'طبقا',
    'وطبقا',
    'نقلا',
    'ونقلا',
    'حسبما',
    'وحسبما',
    'بحسبما'
  ].map(foldArabic)
)

/** Possessive suffixes on a verbal noun, with the gender they show. */
const POSSESSIVES: ReadonlyArray<readonly [string, Gender | undefined]> = [
  ['ها', 'feminine'],
  ['هم', undefined],
  ['ه', 'masculine']
]

const speechIndex = buildSpeechIndex()

/**
 * @returns
 *   Map of folded word forms to what they are.
 */
function buildSpeechIndex(): Map<string, SpeechWord> {
  const index = new Map<string, SpeechWord>()
  const add = (form: string, word: Omit<SpeechWord, 'firstPerson'> & {firstPerson?: boolean}) => {
    const key = foldArabic(form)
    if (!index.has(key)) index.set(key, {firstPerson: false, ...word})
  }

  for (const [pastRaw, presentRaw, participleRaw] of SPEECH_VERBS) {
    const past = foldArabic(pastRaw)
    const present = foldArabic(presentRaw)
    const lemma = past
    // Defective verbs (`روى`, `نفى`, `دعا`, `رأى`) change their last letter.
    const pastStem = /[يا]$/.test(past) ? past.slice(0, -1) : past
    add(past, {form: 'verb', gender: 'masculine', lemma})
    add(pastStem + 'ت', {form: 'verb', gender: 'feminine', lemma})
    add(pastStem + 'وا', {form: 'verb', gender: undefined, lemma})
    // First person: `قلت`, `قلنا` for hollow `قال`; regular verbs add ت/نا.
    const firstStem = lemma === foldArabic('قال') ? 'قل' : pastStem
    add(firstStem + 'ت', {form: 'verb', gender: undefined, lemma, firstPerson: lemma === foldArabic('قال')})
    add(firstStem + 'نا', {form: 'verb', gender: undefined, lemma, firstPerson: true})
    // Present: يـ (he), تـ (she), أ/نـ (I, we), يـ…ون (they).
    const presentStem = present.slice(1)
    add(present, {form: 'verb', gender: 'masculine', lemma})
    add('ت' + presentStem, {form: 'verb', gender: 'feminine', lemma})
    // First person present only for `قال` (`أقول`, `نقول`): for other verbs
    // these forms are too often names (`نجيب`, `أمين`).
    if (lemma === foldArabic('قال')) {
      add('ا' + presentStem, {form: 'verb', gender: undefined, lemma, firstPerson: true})
      add('ن' + presentStem, {form: 'verb', gender: undefined, lemma, firstPerson: true})
    }
    add(present.replace(/[يا]$/, '') + 'ون', {form: 'verb', gender: undefined, lemma})
    if (participleRaw) {
      const participle = foldArabic(participleRaw)
      add(participle + 'ا', {form: 'participle', gender: 'masculine', lemma})
      add(participle + 'ه', {form: 'participle', gender: 'feminine', lemma})
      add(participle + 'ين', {form: 'participle', gender: undefined, lemma})
      add(participle + 'ات', {form: 'participle', gender: 'feminine', lemma})
    }
  }

  for (const noun of SPEECH_NOUNS) {
    for (const [suffix, gender] of POSSESSIVES) {
      add(noun + suffix, {form: 'noun', gender, lemma: noun})
    }
  }

  // `وختم بالقول:`, `اكتفى بالقول إن`: “by saying”, the words of whoever
  // the sentence is about; bare, `القول` is often the writer's (`يمكن
  // القول إن`, `خلاصة القول`).
  add(foldArabic('بالقول'), {form: 'noun', gender: undefined, lemma: BY_SAYING})

  for (const word of ATTRIBUTIONS) {
    add(word, {form: 'attribution', gender: undefined, lemma: word})
  }

  return index
}

/** Prefixes that may be glued to a speech word: conjunctions and prepositions. */
const SPEECH_PREFIXES = ['و', 'ف', 'وب', 'ب', 'ل', 'ول', 'فب']

/**
 * Read a word as a speech word (`وقالت`, `مضيفا`, `بقوله`, `بحسب`).
 *
 * @param folded
 *   Word folded with `foldArabic`.
 * @param extra
 *   Extra speech verbs (folded forms, any tense) given in options.
 * @returns
 *   What it is, or `undefined` when it is not a speech word.
 */
export function readSpeechWord(folded: string, extra?: ReadonlySet<string> | undefined): SpeechWord | undefined {
  // Without extra verbs every reading is known in advance: one look-up per word.
  if (extra === undefined || extra.size === 0) return speechReadings.get(folded)
  return readPrefixed(folded, extra)
}

/**
 * Every form that `readPrefixed` reads as a speech word without extra verbs
 * (the index's forms, bare and with each prefix), to what it is.
 */
const speechReadings = buildSpeechReadings()

/**
 * @returns
 *   Map of folded forms, prefixed ones included, to what they are.
 */
function buildSpeechReadings(): Map<string, SpeechWord> {
  const readings = new Map<string, SpeechWord>()
  for (const form of speechIndex.keys()) {
    for (const prefix of ['', ...SPEECH_PREFIXES]) {
      const candidate = prefix + form
      const word = readings.has(candidate) ? undefined : readPrefixed(candidate, undefined)
      if (word) readings.set(candidate, word)
    }
  }

  return readings
}

/**
 * Read a word as a speech word, whole first, then without each prefix in
 * turn.
 *
 * @param folded
 *   Word folded with `foldArabic`.
 * @param extra
 *   Extra speech verbs (folded forms, any tense) given in options.
 * @returns
 *   What it is, or `undefined` when it is not a speech word.
 */
function readPrefixed(folded: string, extra: ReadonlySet<string> | undefined): SpeechWord | undefined {
  const direct = lookUp(folded, false, extra)
  if (direct) return direct
  for (const prefix of SPEECH_PREFIXES) {
    if (folded.length > prefix.length + 1 && folded.startsWith(prefix)) {
      const word = lookUp(folded.slice(prefix.length), true, extra)
      // Prepositions only go with verbal nouns (`بقوله`) and attributions.
      if (word && (prefix === 'و' || prefix === 'ف' || word.form === 'noun' || word.form === 'attribution')) {
        return word
      }
    }
  }

  return undefined
}

/**
 * @param folded
 * @param prefixed
 * @param extra
 */
function lookUp(folded: string, prefixed: boolean, extra: ReadonlySet<string> | undefined): SpeechWord | undefined {
  if (!prefixed && AMBIGUOUS_BARE.has(folded)) return undefined
  const word = speechIndex.get(folded)
  if (word && !prefixed && word.form === 'verb' && PREFIX_ONLY.has(word.lemma)) return undefined
  if (word) return word
  if (extra?.has(folded)) {
    return {
      form: 'verb',
      gender: folded.endsWith('ت') || folded.startsWith('ت') ? 'feminine' : undefined,
      firstPerson: false,
      lemma: folded
    }
  }

  return undefined
}

/** Complementisers that open reported or quoted clauses (`إن`, `أنه`, `بأن`). */
const COMPLEMENTISER = /^(?:[وفب]|ل)?ان(?:ه|ها|هم|هما|هن|نا|ني|ي|كم)?$/

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is `أن`/`إن` (with a prefix or suffix).
 */
export function isComplementiser(folded: string): boolean {
  return COMPLEMENTISER.test(folded) && folded !== 'لان'
}

/** Words that end a speaker's name or title: time words, adverbs, particles. */
const STOP_WORDS = new Set(
  [
    // Time.
    'اليوم',
    'يوم',
    'أمس',
    'غدا',
    'الليلة',
    'البارحة',
    'صباح',
    'مساء',
    'ظهر',
    'عصر',
    'فجر',
    'صباحا',
    'عشية',
    'مساءا',
    'مساء',
    'الأحد',
    'الاثنين',
    'الإثنين',
    'الثلاثاء',
    'الأربعاء',
    'الخميس',
    'الجمعة',
    'السبت',
    'حاليا',
    'مؤخرا',
    'سابقا',
    'لاحقا',
    'آنذاك',
    'حينها',
    'وقتها',
    'أخيرا',
    'أمس',
    'الماضي',
    // Adverbs and particles.
    'أيضا',
    'كذلك',
    'بدوره',
    'بدورها',
    'نفسه',
    'نفسها',
    'قد',
    'لقد',
    'إذ',
    'ثم',
    'حيث',
    'كما',
    'لكن',
    'لكنه',
    'لكنها',
    'غير',
    'إلا',
    'أما',
    'بل',
    'أو',
    'أي',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'الذي',
    'التي',
    'الذين',
    'اللذين',
    'اللتين',
    'اللذان',
    'ما',
    'لا',
    'لم',
    'لن',
    'هو',
    'هي',
    'هم',
    'نحن',
    'أنا',
    'عندما',
    'بينما',
    'فيما',
    'قائلا',
    'قائلة',
    'مضيفا',
    'ضمن',
    'وفق',
    'عبر',
    'ردا',
    'تعليقا',
    'تعقيبا',
    'خلال',
    'مشيرا',
    'مؤكدا',
    'بشكل',
    'بصورة',
    'بطريقة',
    'بحزن',
    'بفخر',
    // Participles that follow a speaker (`قال مسؤول طالبا عدم ذكر اسمه`).
    'طالبا',
    'طالبة',
    'مفضلا',
    'مفضلة',
    'رافضا',
    'رافضة',
    'مشترطا',
    'مشترطة',
    'مضيفة',
    'مشيرة',
    'مؤكدة',
    'موضحا',
    'موضحة',
    'معربا',
    'معربة',
    'محذرا',
    'محذرة',
    'لافتا',
    'لافتة',
    'متابعا',
    'متابعة',
    'مشددا',
    'مشددة',
    // Adverbs.
    'فورا',
    'رسميا',
    'شخصيا',
    'علنا',
    'سرا',
    'جدا',
    'مجددا',
    'تماما',
    'صباحا',
    'ظهرا',
    'عصرا',
    'ليلا',
    'نهارا',
    'معا',
    'أولا',
    'ثانيا',
    'ثالثا',
    'مباشرة',
    'حرفيا',
    'تقريبا',
    'حوالي',
    'حينئذ',
    'عندئذ',
    'الآن',
    'آنفا',
    'عما',
    'مما',
    'بما',
    'لما',
    'بعدها',
    'بعده',
    'قبلها',
    'قبله',
    'حينما',
    'كلما',
    'طالما',
    'ربما',
    'إنما',
    // Prepositions with pronouns.
    'له',
    'لها',
    'لهم',
    'لهما',
    'لنا',
    'لي',
    'لك',
    'لكم',
    'به',
    'بها',
    'بهم',
    'فيه',
    'فيها',
    'فيهم',
    'منه',
    'منها',
    'منهم',
    'عنه',
    'عنها',
    'عنهم',
    'عليه',
    'عليها',
    'عليهم',
    'إليه',
    'إليها',
    'إليهم',
    'معه',
    'معها',
    'معهم',
    'لديه',
    'لديها',
    'عنده',
    'عندها',
    'بعضهم',
    'كلهم',
    'جميعهم',
    'بينهم'
  ].map(foldArabic)
)

/** Prepositions (stand-alone words). */
const PREPOSITIONS = new Set(
  [
    'في',
    'فى',
    'من',
    'على',
    'عن',
    'إلى',
    'الى',
    'مع',
    'حول',
    'ضد',
    'عبر',
    'بين',
    'نحو',
    'خلال',
    'تحت',
    'فوق',
    'ضمن',
    'منذ',
    'حتى',
    'لدى',
    'عند',
    'بعد',
    'قبل',
    'دون',
    'بدون',
    'مثل',
    'عقب',
    'أمام',
    'أثناء',
    'إثر',
    'فور',
    'تجاه',
    'وسط',
    'لدي',
    'بشأن',
    'حيال',
    'جراء',
    'بسبب',
    'إزاء',
    'لصالح',
    'أجل',
    'بخصوص',
    'ضمن',
    'عبر',
    'لأجل',
    'بهدف',
    'بغية'
  ].map(foldArabic)
)

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is a stand-alone preposition.
 */
export function isPreposition(folded: string): boolean {
  return PREPOSITIONS.has(folded) || (folded.length > 2 && /^[وف]/.test(folded) && PREPOSITIONS.has(folded.slice(1)))
}

/**
 * `كان` and its sisters (folded, with or without و or ف): verbs that lead to
 * the verb of their subject (`وكانت X قد قالت`) and are no part of a name
 * before them.
 */
const AUXILIARY_VERBS = /^[وف]?(?:كان|كانت|يكون|تكون|اصبح|اصبحت|ظل|ظلت|بات|باتت|ليس|ليست|عاد|عادت)$/

/**
 * @param folded
 *   Word (folded).
 * @returns
 *   Whether it is `كان` or one of its sisters.
 */
export function isAuxiliaryVerb(folded: string): boolean {
  return AUXILIARY_VERBS.test(folded)
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it ends a name: time word, adverb, particle, pronoun.
 */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded) || (folded.length > 2 && /^[وف]/.test(folded) && STOP_WORDS.has(folded.slice(1)))
}

/**
 * Nouns that name an organisation, a place or a document
 * (`وزارة الخارجية`, `حركة 6 أبريل`, `البيان`): no person's name follows them.
 */
const ORGANISATION_NOUNS = new Set(
  [
    'وزارة',
    'مجلس',
    'هيئة',
    'لجنة',
    'حركة',
    'حزب',
    'منظمة',
    'جمعية',
    'اتحاد',
    'نادي',
    'فريق',
    'شركة',
    'مؤسسة',
    'مكتب',
    'جامعة',
    'كلية',
    'مكتب',
    'مركز',
    'وكالة',
    'صحيفة',
    'جريدة',
    'مجلة',
    'قناة',
    'موقع',
    'إذاعة',
    'سلاح',
    'قوات',
    'قوة',
    'جيش',
    'محكمة',
    'نيابة',
    'سفارة',
    'شرطة',
    'قيادة',
    'حكومة',
    'إدارة',
    'رئاسة',
    'أمانة',
    'بلدية',
    'إمارة',
    'ولاية',
    'مملكة',
    'جمهورية',
    'دولة',
    'مدينة',
    'منطقة',
    'مجموعة',
    'جماعة',
    'تنظيم',
    'جبهة',
    'ائتلاف',
    'تحالف',
    'تيار',
    'كتلة',
    'برلمان',
    'مصلحة',
    'دائرة',
    'قسم',
    'فرع',
    'بنك',
    'مصرف',
    'صندوق',
    'برنامج',
    'مشروع',
    'مستشفى',
    'مجمع',
    'معهد',
    'أكاديمية',
    'غرفة',
    'نقابة',
    'رابطة',
    'مرصد',
    'مفوضية',
    'حلف',
    'إقليم',
    'محافظة',
    'شمال',
    'جنوب',
    'شرق',
    'غرب',
    'وسط',
    'تقرير',
    'كتاب',
    'بيان',
    'دراسة',
    'وثيقة',
    'رسالة',
    'تغريدة',
    'تدوينة',
    'سلطات',
    'ديوان',
    'بعثة',
    'منتخب',
    'لجان',
    'هيئات',
    'وزارات',
    'مصادر',
    'أجهزة',
    'جهاز',
    'مديرية',
    'مجالس',
    'شعبة',
    'إدارات',
    'حكومات',
    'قطاع',
    // In construct after a post (`وزير خارجية بريطانيا`, `رئيس وزراء
    // ماليزيا`, `مدير عمليات حفظ الأمن`): what follows is their genitive.
    'خارجية',
    'داخلية',
    'وزراء',
    'عمليات'
  ].map(foldArabic)
)

/**
 * Person titles and honorifics that stand before a name (`الرئيس`, `وزير`,
 * `الشيخ`, `الناطق`); indefinite ones take a genitive (`رئيس الوزراء`).
 */
const PERSON_TITLES = new Set(
  [
    'رئيس',
    'رئيسة',
    'وزير',
    'وزيرة',
    'مدير',
    'مديرة',
    'نائب',
    'نائبة',
    'أمين',
    'أمينة',
    'عضو',
    'عضوة',
    'ولي',
    'خادم',
    'سمو',
    'معالي',
    'فضيلة',
    'سماحة',
    'جلالة',
    'صاحب',
    'قائد',
    'قائدة',
    'محافظ',
    'أمير',
    'أميرة',
    'ملك',
    'ملكة',
    'سلطان',
    'شيخ',
    'حاج',
    'حاجة',
    'إمام',
    'خطيب',
    'مفتي',
    'مدرب',
    'مدربة',
    'لاعب',
    'لاعبة',
    'حارس',
    'كابتن',
    'نجم',
    'نجمة',
    'مهاجم',
    'مستشار',
    'مستشارة',
    'سفير',
    'سفيرة',
    'قنصل',
    'مندوب',
    'مندوبة',
    'مبعوث',
    'مبعوثة',
    'معد',
    'معدة',
    'ممثل',
    'ممثلة',
    'منسق',
    'منسقة',
    'مساعد',
    'مساعدة',
    'محلل',
    'محللة',
    'أستاذ',
    'أستاذة',
    'دكتور',
    'دكتورة',
    'د',
    'م',
    'مهندس',
    'مهندسة',
    'محامي',
    'محامية',
    'قاضي',
    'قاضية',
    'مدعي',
    'مدعية',
    'عميد',
    'لواء',
    'مقدم',
    'عقيد',
    'مشير',
    'جنرال',
    'أدميرال',
    'رائد',
    'نقيب',
    'مؤسس',
    'سكرتير',
    'سكرتيرة',
    'زعيم',
    'زعيمة',
    'متحدث',
    'متحدثة',
    'ناطق',
    'ناطقة',
    'حاكم',
    'حاكمة',
    'عمدة',
    'مفوض',
    'مفوضة',
    'أركان',
    'كابو',
    'مراسل',
    'مراسلة',
    'صحفي',
    'صحفية',
    'صحافي',
    'صحافية',
    'كاتب',
    'كاتبة',
    'شاعر',
    'شاعرة',
    'فنان',
    'فنانة',
    'مطرب',
    'مطربة',
    'مخرج',
    'مخرجة',
    'إعلامي',
    'إعلامية',
    'داعية',
    'رجل',
    'سيدة',
    'فخامة',
    'سيد',
    'مسؤول',
    'مسؤولة',
    'مسئول',
    'مسئولة',
    'أحد',
    'إحدى',
    'خبير',
    'خبيرة',
    'باحث',
    'باحثة',
    'مصدر',
    'ضابط',
    'شاهد',
    'مراقب',
    'ناشط',
    'ناشطة',
    'طبيب',
    'طبيبة',
    'موظف',
    'موظفة',
    'عامل',
    'عاملة',
    'مواطن',
    'مواطنة',
    'مقيم',
    'مقيمة',
    'قيادي',
    'قيادية',
    'أب',
    'أم',
    'والد',
    'والدة',
    'شقيق',
    'شقيقة',
    'ابن',
    'ابنة',
    'زوج',
    'زوجة',
    'صديق',
    'صديقة',
    'مالك',
    'صاحبة',
    'وكيل',
    'وكيلة',
    'مراقب',
    'مشرف',
    'مشرفة',
    'معلق',
    'محرر',
    'ناقد',
    'مؤرخ',
    'طالب',
    'طالبة',
    'شاب',
    'شابة',
    'أسقف',
    'بابا',
    'كاردينال',
    'مطران',
    'حاخام',
    'نقيبة',
    'عالم'
  ].map(foldArabic)
)

/**
 * Heads of descriptions of unnamed sources (`مصدر أمني`, `ضابط كبير`,
 * `أحد العاملين`): what follows them describes them, it is not a name.
 */
const DESCRIPTION_HEADS = new Set(
  [
    'مصدر',
    'مصادر',
    'ضابط',
    'مسؤول',
    'مسئول',
    'مسؤولة',
    'مسئولة',
    'مسؤولون',
    'مسئولون',
    'أحد',
    'إحدى',
    'عضو',
    'خبير',
    'خبيرة',
    'خبراء',
    'محلل',
    'محللون',
    'شاهد',
    'شهود',
    'مراقب',
    'مراقبون',
    'ناشط',
    'ناشطة',
    'ناشطون',
    'طبيب',
    'موظف',
    'عامل',
    'مواطن',
    'مواطنة',
    'مواطنون',
    'مقيم',
    'مقيمة',
    'قيادي',
    'قيادية',
    'دبلوماسي',
    'دبلوماسيون',
    'سكان',
    'مسعف',
    'مسعفون',
    'متحدث',
    'متحدثة',
    'ناطق',
    'ناطقة',
    'تقرير',
    'بيان',
    'دراسة',
    'وثيقة',
    'رسالة',
    'مصدرا',
    'باحث',
    'نائب',
    'سياسي',
    'محامي',
    'مراسل',
    'مستشار',
    'شخص',
    'رجل',
    'امرأة',
    'سيدة',
    'فتاة',
    'شاب',
    'طالب',
    'طالبة',
    'لاعب',
    'جندي',
    'جنود',
    'ضباط',
    'مسلح',
    'مسلحون',
    'مقاتل',
    'مقاتلون',
    'معارض',
    'معارضون',
    'أطباء',
    'أهالي',
    'ذوو'
  ].map(foldArabic)
)

/** Nouns after `ل` that name who a statement was made to (`للصحفيين`, `لوكالة`). */
const RECIPIENTS = new Set(
  [
    'صحفيين',
    'صحافيين',
    'صحفي',
    'صحافة',
    'إعلاميين',
    'إعلام',
    'وسائل',
    'وكالة',
    'صحيفة',
    'جريدة',
    'مجلة',
    'قناة',
    'موقع',
    'إذاعة',
    'تلفزيون',
    'التلفزيون',
    'شبكة',
    'برنامج',
    'مراسل',
    'مراسلي',
    'فرانس',
    'رويترز',
    'أسوشيتد',
    'الأناضول',
    'حضور',
    'حاضرين',
    'مشاركين',
    'جمهور',
    'مواطنين',
    'سبق',
    'عكاظ',
    'واس',
    'ـ',
    // Outlets written as spelled-out letters (`لبي بي سي`, `لسي إن إن`) and by name.
    'بي',
    'سي',
    'الجزيرة',
    'العربية'
  ].map(foldArabic)
)

/**
 * Occasions and documents a statement is made in (`في مؤتمر صحفي`,
 * `في بيان`): a phrase with them is not part of a title.
 */
const OCCASIONS = new Set(
  [
    'مؤتمر',
    'كلمة',
    'كلمته',
    'تصريح',
    'تصريحات',
    'حديث',
    'لقاء',
    'مقابلة',
    'بيان',
    'تقرير',
    'حوار',
    'ندوة',
    'اجتماع',
    'جلسة',
    'خطاب',
    'تغريدة',
    'تدوينة',
    'رسالة',
    'اتصال',
    'حساب',
    'صفحة',
    'منشور',
    'فيديو',
    'مقطع',
    'تسجيل',
    'شريط',
    'برنامج',
    'محاضرة',
    'خطبة',
    'ختام',
    'بداية',
    'افتتاح',
    'أثناء',
    'إطار',
    'سياق',
    'ظل',
    'وقت',
    'حين',
    'رد',
    'معرض',
    'تعليق',
    'شهادة',
    'بيانها',
    'بيانه',
    'تصريحه',
    'تصريحها',
    'حسابه',
    'حسابها',
    'بريد',
    'تسجيل',
    'مداخلة',
    'مقال'
  ].map(foldArabic)
)

/**
 * @param folded
 *   Folded word (`ال` dropped).
 * @returns
 *   Whether it names an occasion or document of a statement (`مؤتمر`, `بيان`).
 */
export function isOccasion(folded: string): boolean {
  return OCCASIONS.has(folded)
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it can head a title or an organisation (`رئيس`, `وزارة`, …).
 */
export function isTitleNoun(folded: string): boolean {
  return isPersonTitle(folded) || ORGANISATION_NOUNS.has(folded)
}

/**
 * @param folded
 *   Folded word (`ال` dropped).
 * @returns
 *   Whether it is a person's title (`رئيس`, `الشيخ`, `المتحدثة`).
 */
export function isPersonTitle(folded: string): boolean {
  return PERSON_TITLES.has(folded) || isGluedGeneralTitle(folded)
}

/** `عام` (“general”), folded: written glued to the title before it, as in `مديرعام`. */
const GENERAL = foldArabic('عام')
/** Fewest letters of a title that `عام` is glued to (not `د`, `م`: `دعام` is a word). */
const MIN_GLUED_TITLE = 3

/**
 * @param folded
 *   Folded word (`ال` dropped).
 * @returns
 *   Whether it is a title and `عام` written with no space between them
 *   (`مديرعام الشؤون الصحية`, `أمينعام`): a slip of the keyboard.
 */
function isGluedGeneralTitle(folded: string): boolean {
  if (!folded.endsWith(GENERAL)) return false
  // (Cut only then: this is asked of every word read as a possible title.)
  const title = folded.slice(0, -GENERAL.length)
  return title.length >= MIN_GLUED_TITLE && PERSON_TITLES.has(title)
}

/**
 * Past verbs the narrative writes right before their subject (`كان
 * المطيري`, `كشف محمد الباز`, `اصطحبنا دان جاكسون`, `سلّط سدودي الضوء`):
 * never a given name, though nothing in their letters shows it.
 */
const VERBS_BEFORE_SUBJECTS = new Set(
  [
    'كان',
    'كانت',
    'ليس',
    'ليست',
    'بات',
    'باتت',
    'ظل',
    'ظلت',
    'صار',
    'صارت',
    'أصبح',
    'أصبحت',
    'كشف',
    'كشفت',
    'سلط',
    'سلطت',
    'اصطحب',
    'اصطحبت',
    'رافق',
    'رافقت',
    'التقى',
    'التقت',
    'شن',
    'شنت'
  ].map(foldArabic)
)

/**
 * @param folded
 *   Folded word, without a pronoun suffix.
 * @returns
 *   Whether it is a past verb often written before its subject (see
 *   `VERBS_BEFORE_SUBJECTS`).
 */
export function isVerbBeforeSubject(folded: string): boolean {
  return VERBS_BEFORE_SUBJECTS.has(folded)
}

/**
 * Posts that are not family names (unlike `قاضي`, `إمام`, `خطيب`), folded:
 * after a full name, in construct with the next word, they start the
 * person's post.
 */
const POSTS_AFTER_NAME = new Set(
  [
    'رئيس',
    'رئيسة',
    'وزير',
    'وزيرة',
    'مدير',
    'مديرة',
    'صاحب',
    'صاحبة',
    'مستشار',
    'مستشارة',
    'سفير',
    'سفيرة',
    'مندوب',
    'مبعوث',
    'متحدث',
    'متحدثة',
    'ناطق',
    'مدرب',
    'محافظ',
    'قائد',
    'مراسل',
    'كبير'
  ].map(foldArabic)
)

/**
 * @param folded
 *   Folded word, written without the article.
 * @returns
 *   Whether it is a post no family name is written like (see
 *   `POSTS_AFTER_NAME`).
 */
export function isPostNotFamilyName(folded: string): boolean {
  return POSTS_AFTER_NAME.has(folded)
}

/**
 * Titles written right before a name even without the article (`د محمد`,
 * `لواء رفعت`, `الشيخ`, `سمو الأمير`): ranks, degrees and honorifics, which
 * name nobody after them but the bearer.
 */
const HONORIFICS = new Set(
  [
    'د',
    'م',
    'دكتور',
    'دكتورة',
    'مهندس',
    'مهندسة',
    'أستاذ',
    'أستاذة',
    'لواء',
    'عميد',
    'عقيد',
    'مقدم',
    'رائد',
    'نقيب',
    'مشير',
    'جنرال',
    'أدميرال',
    'شيخ',
    'حاج',
    'حاجة',
    'سيد',
    'سيدة',
    'كابتن',
    'سمو',
    'معالي',
    'فضيلة',
    'سماحة',
    'جلالة',
    'فخامة'
  ].map(foldArabic)
)

/** Degrees and ranks written before a name (`الدكتور`, `اللواء`), folded. */
const RANKS_AND_DEGREES = new Set(
  ['د', 'دكتور', 'دكتورة', 'مهندس', 'مهندسة', 'لواء', 'عميد', 'عقيد', 'مقدم', 'رائد', 'نقيب', 'مشير'].map(foldArabic)
)

/**
 * @param folded
 *   Folded word, article dropped.
 * @returns
 *   Whether it is a degree or a rank (`دكتور`, `لواء`): a name follows it.
 */
export function isRankOrDegree(folded: string): boolean {
  return RANKS_AND_DEGREES.has(folded)
}

/**
 * @param folded
 *   Folded word without the article, written without it.
 * @returns
 *   Whether a post or an organisation written without the article is in
 *   construct with the word after it (`رئيس إقليم كردستان`, `مدرب حراس
 *   المرمى`, `صندوق سيارة`): that word is what it governs, not a given name.
 *   (`د محمد`, `لواء رفعت`: a rank or an honorific stands before the name.)
 */
export function headsConstruct(folded: string): boolean {
  return isTitleNoun(folded) && !HONORIFICS.has(folded)
}

/**
 * @param folded
 *   Folded word (`ال` dropped).
 * @returns
 *   Whether it names an organisation, place or document (`وزارة`, `البيان`).
 */
export function isOrganisationNoun(folded: string): boolean {
  return ORGANISATION_NOUNS.has(folded)
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it heads a description of an unnamed source (`مصدر`, `ضابط`, …).
 */
export function isDescriptionHead(folded: string): boolean {
  return DESCRIPTION_HEADS.has(folded)
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is `ل`/`لل` + a recipient (`للصحفيين`, `لوكالة`, `لـ`).
 */
export function isRecipient(folded: string): boolean {
  if (folded.startsWith('لل')) {
    return RECIPIENTS.has(folded.slice(2)) || RECIPIENTS.has('ال' + folded.slice(2))
  }

  return folded.startsWith('ل') && RECIPIENTS.has(folded.slice(1))
}

/** Name particles that join parts of a name (`بن`, `أبو`, `عبد`, `آل`). */
const NAME_PARTICLES = new Set(
  [
    'بن',
    'بنت',
    'ابن',
    'ابنة',
    'أبو',
    'أبي',
    'أبا',
    'أم',
    'عبد',
    'آل',
    'ولد',
    'دي',
    'دا',
    'فان',
    'فون',
    'لا',
    'لو',
    'إل',
    'ال'
  ].map(foldArabic)
)

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it joins the parts of a name (`بن`, `أبو`, `عبد`).
 */
export function isNameParticle(folded: string): boolean {
  return NAME_PARTICLES.has(folded)
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Gender shown by a title or description (`المتحدثة` → feminine), if any.
 */
export function genderOfTitle(folded: string): Gender | undefined {
  const bare = folded.startsWith('ال') ? folded.slice(2) : folded
  if (!isTitleNoun(bare) && !DESCRIPTION_HEADS.has(bare)) return undefined
  return bare.endsWith('ه') ? 'feminine' : 'masculine'
}

/**
 * Common Arabic given names that begin like a prefixed word (`بشار` like
 * `ب` + `شار`, `وليد` like `و` + `ليد`, `لؤي`, `فادي`, `كمال`): read whole,
 * they are names, not a preposition or conjunction and a noun.
 */
const PREFIX_LIKE_NAMES = new Set(
  [
    'بشار',
    'بدر',
    'باسم',
    'بسام',
    'بلال',
    'بكر',
    'بشير',
    'بشرى',
    'بهاء',
    'بسمة',
    'بثينة',
    'بديع',
    'بدرية',
    'بان',
    'براء',
    'برهان',
    'بهجت',
    'بكري',
    'بيان',
    'بتول',
    'بلقيس',
    'بوعلام',
    'بوزيد',
    'بوبكر',
    'لؤي',
    'ليث',
    'لين',
    'ليلى',
    'لبنى',
    'لطفي',
    'لطيفة',
    'لمياء',
    'لينا',
    'لانا',
    'لارا',
    'لؤلؤة',
    'لبيب',
    'لقمان',
    'لميس',
    'وليد',
    'وائل',
    'وفاء',
    'وداد',
    'وجدي',
    'وحيد',
    'وسام',
    'وصفي',
    'وهيب',
    'وديع',
    'وفيق',
    'وجيه',
    'وردة',
    'ولاء',
    'وهبة',
    'وهبي',
    'وسيم',
    'وضاح',
    'وحيدة',
    'ودود',
    'فادي',
    'فؤاد',
    'فارس',
    'فاطمة',
    'فايز',
    'فائز',
    'فتحي',
    'فراس',
    'فريد',
    'فريدة',
    'فرح',
    'فيصل',
    'فهد',
    'فوزي',
    'فوزية',
    'فاروق',
    'فرج',
    'فضل',
    'فخري',
    'فاتن',
    'فدوى',
    'فيروز',
    'فلاح',
    'فالح',
    'فهمي',
    'كمال',
    'كريم',
    'كريمة',
    'كامل',
    'كاظم',
    'كوثر',
    'كنان',
    'كرم',
    'كلثوم'
  ].map(foldArabic)
)

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is a common given name that looks like a prefixed word.
 */
export function isPrefixLikeName(folded: string): boolean {
  return PREFIX_LIKE_NAMES.has(folded)
}

/**
 * Nouns of the event of speaking or of what is done (`تصريح`, `بدء`,
 * `إجراء`): a subject phrase ends before them, and a speech verb whose
 * subject they are (`وقال تصريح صادر عن …`) names no person.
 */
const EVENT_NOUNS = new Set(
  [
    'تصريح',
    'تصريحات',
    'تصريحه',
    'تصريحها',
    'حديث',
    'حديثه',
    'كلمة',
    'كلمته',
    'خطاب',
    'خطابه',
    'مقابلة',
    'لقاء',
    'حوار',
    'مؤتمر',
    'اجتماع',
    'جلسة',
    'اتصال',
    'ندوة',
    'محاضرة',
    'خطبة',
    'تعليق',
    'تعليقات',
    'رد',
    'ردود',
    'بدء',
    'بداية',
    'نهاية',
    'إجراء',
    'إجراءات',
    'عملية',
    'عمليات',
    'خطة',
    'خطط',
    'قرار',
    'قرارات',
    'مبادئ',
    'قوانين',
    'قانون',
    'أساس',
    'إطار',
    'سياق',
    'ظل',
    'ضوء',
    'نتيجة',
    'نتائج',
    'زيارة',
    'حادث',
    'حادثة',
    'موضوع',
    'قضية',
    'ملف',
    'مشكلة',
    'أزمة',
    'تفاصيل',
    'دعم',
    'رفع',
    'حل',
    // What a statement insists on (`أكد جودة وجوب العمل`), or its place
    // (`تستدرك خاتمة`, “in conclusion”).
    'وجوب',
    'ضرورة',
    'أهمية',
    'خاتمة',
    'ختام'
  ].map(foldArabic)
)

/** Words of quantity: what follows is a group in the narrative (`جميع السوريين`, `اثنين من`). */
const QUANTIFIERS = new Set(
  [
    'جميع',
    'كافة',
    'كل',
    'معظم',
    'أغلب',
    'غالبية',
    'اثنين',
    'اثنان',
    'ثلاثة',
    'أربعة',
    'خمسة',
    'عشرات',
    'مئات',
    'آلاف',
    'ملايين',
    'العديد',
    'الكثير',
    'كثير',
    'بضعة',
    'عدة',
    'بعض'
  ].map(foldArabic)
)

/** Nouns that stand before another in construct as “the same”, “having” (`ذات الدعاية`, `نفس الكلام`). */
const SAME = new Set(['ذات', 'نفس'].map(foldArabic))

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is `ذات` or `نفس` (“the same”, “of”), never a name, but
 *   inside a title a noun in construct (`الطالبة ذات العشرين عاما`).
 */
export function isSameNoun(folded: string): boolean {
  return SAME.has(folded)
}

/**
 * @param folded
 *   Folded word (with `ال` or without).
 * @returns
 *   Whether it names an event or an action (`تصريح`, `بدء`, `الخطة`).
 */
export function isEventNoun(folded: string): boolean {
  return EVENT_NOUNS.has(folded) || (folded.startsWith('ال') && EVENT_NOUNS.has(folded.slice(2)))
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is a word of quantity or a number word (`جميع`, `اثنين`).
 */
export function isQuantifier(folded: string): boolean {
  return (
    QUANTIFIERS.has(folded) || (/^[وف]/.test(folded) && QUANTIFIERS.has(folded.slice(1))) || PEOPLE_PLURAL.test(folded)
  )
}

/**
 * A sound masculine plural of a participle (`محامون`, `مسؤولون`, `مقاتلو`
 * in construct): a group of people, never one person's name. (Names that
 * look alike have a long vowel after the `م`: `مادورو`, `مورينيو`, `ميمون`.)
 */
const PEOPLE_PLURAL = /^م[^اوي]\S{2,}(?:ون|و)$/u

/**
 * Relative pronouns of one (`الذي`, `التي`), folded, and `الذى` as some
 * texts write it: a clause about the word before them (`X الذي قال`).
 */
export const SINGULAR_RELATIVES: ReadonlyArray<string> = ['الذي', 'التي', 'الذى']

/** Relative pronouns (folded). */
const RELATIVE_PRONOUNS = new Set([
  ...SINGULAR_RELATIVES,
  'الذين',
  'اللذين',
  'اللتين',
  'اللذان',
  'اللتان',
  'اللواتي',
  'اللاتي'
])

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is a relative pronoun (`الذي`, `اللواتي`).
 */
export function isRelativePronoun(folded: string): boolean {
  return RELATIVE_PRONOUNS.has(folded)
}

/**
 * @param word
 *   Word, folded or as written.
 * @returns
 *   Whether it is a relative pronoun of one (`الذي`, `التي`).
 */
export function isSingularRelative(word: string): boolean {
  return SINGULAR_RELATIVES.includes(word)
}

/** Adverbs of time written right after a speech verb (`وأكد ثانية`), folded. */
const AGAIN = new Set(['ثانيه', 'مجددا', 'مجدد', 'مرارا'])

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it says how or when one spoke, never a name: a participle of
 *   the pattern of `غاضبا` in the accusative or an adverb of time
 *   (`ثانية`). (Names of that length end in `يا`: `رانيا`, `ماريا`.)
 */
export function isMannerWord(folded: string): boolean {
  return /^\Sا\S[^ي]ا$/.test(folded) || AGAIN.has(folded)
}

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is a feminine participle of the pattern of `متحمسة`: how
 *   one spoke when alone after a speech verb, an adjective on a
 *   description (`قيادي بمرتبة متوسطة`).
 */
export function isFeminineParticiple(folded: string): boolean {
  return /^مت\S{3,}[ةه]$/.test(folded)
}
