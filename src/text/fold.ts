/**
 * Folding: the one spelling-insensitive form of Arabic text used for
 * comparisons and lexicon look-ups.
 *
 * A folded word has no tashkeel, tatweel or invisible marks; the alef forms
 * (أ إ آ ٱ) are ا, final ى is ي, ة is ه, ؤ is و and ئ is ي. Folding is done
 * one character at a time, so that tokenising and folding are one pass.
 */

/**
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether folding drops it: tashkeel and Quranic marks, tatweel, and the
 *   invisible direction marks and joiners that may sit inside words.
 */
export function isDroppedInFold(code: number): boolean {
  if (code < 0x06_10) return false
  return (
    isMarkOrTatweel(code) ||
    (code >= 0x20_0b && code <= 0x20_0f) ||
    (code >= 0x20_2a && code <= 0x20_2e) ||
    (code >= 0x20_66 && code <= 0x20_69) ||
    code === 0xfe_ff
  )
}

/**
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Whether it is tashkeel (harakat, tanween, shadda, sukun, dagger alef,
 *   Quranic marks) or tatweel.
 */
export function isMarkOrTatweel(code: number): boolean {
  return (
    (code >= 0x06_10 && code <= 0x06_1a) ||
    (code >= 0x06_4b && code <= 0x06_5f) ||
    code === 0x06_70 ||
    (code >= 0x06_d6 && code <= 0x06_ed) ||
    code === 0x06_40
  )
}

/**
 * Fold one UTF-16 unit that is not dropped.
 *
 * @param code
 *   UTF-16 code unit.
 * @returns
 *   Folded unit.
 */
export function foldUnit(code: number): number {
  switch (code) {
    // أ إ آ ٱ → ا
    case 0x06_23:
    case 0x06_25:
    case 0x06_22:
    case 0x06_71: {
      return 0x06_27
    }

    // ى ئ → ي
    case 0x06_49:
    case 0x06_26: {
      return 0x06_4a
    }

    // ة → ه
    case 0x06_29: {
      return 0x06_47
    }

    // ؤ → و
    case 0x06_24: {
      return 0x06_48
    }

    default: {
      return code
    }
  }
}

/**
 * Fold an Arabic word or phrase for comparisons and lexicon look-ups.
 *
 * @param value
 *   Text to fold.
 * @returns
 *   Folded text (same words, comparable spelling).
 */
export function foldArabic(value: string): string {
  let result = ''
  let runStart = 0
  let changed = false
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x06_10) continue
    if (isDroppedInFold(code)) {
      result += value.slice(runStart, index)
      runStart = index + 1
      changed = true
      continue
    }

    const folded = foldUnit(code)
    if (folded !== code) {
      result += value.slice(runStart, index) + String.fromCharCode(folded)
      runStart = index + 1
      changed = true
    }
  }

  return changed ? result + value.slice(runStart) : value
}

/**
 * Make a regular expression source that matches an Arabic phrase however it
 * is written: with or without tashkeel and tatweel, any alef or ya form, and
 * any white space between words.
 *
 * @param phrase
 *   Phrase (folded or as written).
 * @returns
 *   Regular expression source.
 */
export function loosePattern(phrase: string): string {
  const marks = '[\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u0640]*'
  let source = ''
  for (const char of foldArabic(phrase)) {
    if (/\s/.test(char)) {
      source += '\\s*'
      continue
    }

    const variants =
      char === 'ا' ? '[اأإآٱ]' : char === 'ي' ? '[يىئ]' : char === 'ه' ? '[هة]' : char === 'و' ? '[وؤ]' : char
    source += variants + marks
  }

  return source
}
