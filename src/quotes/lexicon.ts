/**
 * Words that tell a name in quote marks from a quotation: nouns that
 * introduce the name of a thing (`حملة «…»`, `مشروع "…"`, `تحت شعار «…»`)
 * and phrases that mark a scare quote (`ما يسمى «…»`).
 */

import {foldArabic} from '../text/fold.js'

/**
 * Nouns (singular and plural) that name the kind of thing whose name follows
 * in quote marks: organisations, events, laws, campaigns, works, media.
 */
const NAMING_NOUNS = new Set(
  [
    // Campaigns, slogans, titles, terms.
    'حملة',
    'حملات',
    'مبادرة',
    'مبادرات',
    'شعار',
    'شعارات',
    'عنوان',
    'بعنوان',
    'عبارة',
    'عبارات',
    'كلمة',
    'كلمات',
    'مصطلح',
    'مصطلحات',
    'لقب',
    'ألقاب',
    'اسم',
    'أسماء',
    'هاشتاغ',
    'هاشتاج',
    'هاشتاق',
    'وسم',
    'لافتة',
    'لافتات',
    'نداء',
    'مقولة',
    'مثل',
    'تسمية',
    'وصف',
    'بوصف',
    'تهمة',
    'تهم',
    'بتهمة',
    'بتهم',
    'جريمة',
    'جرائم',
    // Works and media.
    'كتاب',
    'كتب',
    'رواية',
    'روايات',
    'فيلم',
    'أفلام',
    'مسلسل',
    'مسلسلات',
    'برنامج',
    'برامج',
    'أغنية',
    'أغاني',
    'أغنيتي',
    'قصيدة',
    'قصائد',
    'ديوان',
    'دواوين',
    'مسرحية',
    'مقال',
    'مقالة',
    'مقالات',
    'تقرير',
    'دراسة',
    'صحيفة',
    'صحف',
    'جريدة',
    'مجلة',
    'قناة',
    'قنوات',
    'موقع',
    'مواقع',
    'وكالة',
    'إذاعة',
    'صفحة',
    'حساب',
    'تطبيق',
    'منصة',
    'خدمة',
    'ألبوم',
    'كليب',
    'لعبة',
    'سلسلة',
    'جزء',
    'فقرة',
    // Laws, plans, documents.
    'قانون',
    'قوانين',
    'مشروع',
    'مشاريع',
    'مشروعات',
    'خطة',
    'استراتيجية',
    'رؤية',
    'وثيقة',
    'اتفاقية',
    'اتفاق',
    'معاهدة',
    'إعلان',
    'قرار',
    'مرسوم',
    'لائحة',
    'مادة',
    'بند',
    'نظام',
    'ميثاق',
    'مدونة',
    // Events.
    'مؤتمر',
    'ملتقى',
    'ندوة',
    'منتدى',
    'معرض',
    'مهرجان',
    'بطولة',
    'دوري',
    'كأس',
    'جائزة',
    'مسابقة',
    'فعالية',
    'فعاليات',
    'احتفالية',
    'مليونية',
    'جمعة',
    'يوم',
    'أسبوع',
    'عملية',
    'عمليات',
    'معركة',
    'غزوة',
    'ثورة',
    'انتفاضة',
    'قمة',
    'اجتماع',
    'دورة',
    'موسم',
    'رالي',
    'ماراثون',
    'سباق',
    'تظاهرة',
    'مسيرة',
    'وقفة',
    'اعتصام',
    // Organisations and places.
    'حزب',
    'أحزاب',
    'حركة',
    'حركات',
    'جماعة',
    'جماعات',
    'تنظيم',
    'جبهة',
    'ائتلاف',
    'تحالف',
    'تيار',
    'منظمة',
    'جمعية',
    'مؤسسة',
    'شركة',
    'شركات',
    'مجموعة',
    'نادي',
    'أندية',
    'فريق',
    'اتحاد',
    'كتلة',
    'لجنة',
    'مجلس',
    'هيئة',
    'مركز',
    'مستشفى',
    'مدرسة',
    'مدارس',
    'جامعة',
    'كلية',
    'معهد',
    'مسجد',
    'جامع',
    'كنيسة',
    'فندق',
    'مطعم',
    'مقهى',
    'سوق',
    'شارع',
    'ميدان',
    'حي',
    'قرية',
    'مدينة',
    'منطقة',
    'مخيم',
    'سجن',
    'قاعدة',
    'ملعب',
    'استاد',
    'مشفى',
    'بنك',
    'مصرف',
    'صندوق',
    'ماركة',
    'علامة',
    'منتج',
    'طراز',
    'فئة',
    'هاتف',
    'هاتفي',
    'سيارة',
    'طائرة',
    'سفينة',
    'صاروخ',
    'صواريخ',
    'مشروعي',
    'ظاهرة',
    'مرض',
    'فيروس',
    'حي',
    'جزيرة',
    'مجمع',
    'برج',
    'قصر',
    'بوابة',
    'أكاديمية',
    'مبادرتي'
  ].map(foldArabic)
)

/** Verbs and phrases of naming (`يسمى`, `ما أسموه`, `المعروف بـ`). */
const NAMING_WORDS = new Set(
  [
    'يسمى',
    'تسمى',
    'سمي',
    'سميت',
    'يسمونه',
    'يسمونها',
    'أسموه',
    'أسموها',
    'سموه',
    'المسمى',
    'المسماة',
    'المسميات',
    'يطلق',
    'أطلق',
    'أطلقوا',
    'أطلقت',
    'المعروف',
    'المعروفة',
    'يعرف',
    'تعرف',
    'عرف',
    'عرفت',
    'الملقب',
    'الملقبة',
    'يلقب',
    'تلقب',
    'وصفه',
    'وصفها',
    'وصفته',
    'وصفوه',
    'يصفه',
    'يصفها',
    'تصفه',
    'تصفها',
    'اعتبره',
    'اعتبرها',
    'يعتبره',
    'يعتبرها',
    'يعتبرونه',
    'أسمته',
    'أسماه',
    'دعاه',
    'عنوانه',
    'عنوانها',
    'شعاره',
    'شعارها',
    'بشعار',
    'بعنوان',
    'بمسمى',
    'بإسم',
    'باسم'
  ].map(foldArabic)
)

/**
 * Whether a word right before an opening quote mark introduces a name: an
 * indefinite naming noun in construct with the quoted name (`حملة «…»`,
 * `بمشروع "…"`) or a naming verb (`يسمى`, `بعنوان`). Definite nouns
 * (`التقرير "…"`) are more often the subject of a speech verb, so they are
 * not counted.
 *
 * @param folded
 *   Folded word right before an opening quote mark.
 * @returns
 *   Whether it introduces a name.
 */
export function isNamingWord(folded: string): boolean {
  return (
    NAMING_NOUNS.has(folded) ||
    NAMING_WORDS.has(folded) ||
    // `وحملة`, `بمشروع`, `لحملة`, `وبعنوان`.
    (/^[وبلف]/.test(folded) &&
      folded.length > 3 &&
      (NAMING_NOUNS.has(folded.slice(1)) || NAMING_WORDS.has(folded.slice(1))))
  )
}

/** Verbal nouns that introduce words (`إلى القول:`, `بالقول:`, `على قول «…»`). */
const INTRODUCING_NOUNS = new Set([
  'القول',
  'بالقول',
  'قيل',
  'وقيل',
  'قول',
  'وقول',
  'بقول',
  'قوله',
  'وقوله',
  'قولها',
  'وقولها',
  'قولهم',
  'وقولهم'
])

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is a verbal noun of saying that introduces the words after
 *   it (`إلى القول:`, `على قول «…»`).
 */
export function isIntroducingNoun(folded: string): boolean {
  return INTRODUCING_NOUNS.has(folded)
}

/**
 * Verbs of praise joined to `و` or `ف` (`وأشادت`, `فأثنى`, `وثمن`), folded:
 * not speech words, but after a break in someone's words they tell what the
 * speaker did, in the narrator's voice (`…، وأشادت بخطوات …`).
 */
const NARRATOR_VERB = /^[وف](?:اشاد|اثني|اثنت|ثمن|امتدح)(?:ت)?$/

/**
 * @param folded
 *   Folded word.
 * @returns
 *   Whether it is a verb of praise joined to `و` or `ف`, which resumes the
 *   narrative after quoted words.
 */
export function isNarratorVerb(folded: string): boolean {
  return NARRATOR_VERB.test(folded)
}
