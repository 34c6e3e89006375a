/**
 * Documents that speak for whoever issued them (`وقال البيان`, `وجاء في
 * تصريح أصدره الوزير`, `بيان صادر عن الوزارة`): reading the issuer, and
 * resolving a document given as a speaker to its issuer.
 */

import {foldArabic} from '../text/fold.js'
import {firstItem, itemAt} from '../text/items.js'
import {tokenize, type WordToken} from '../text/tokens.js'
import {isComplementiser, isOrganisationNoun, isPreposition, isStopWord, type SpeechWord} from './lexicon.js'
import {isBareTitle, isPlausibleSubject, isSureSpeaker, stripArticle} from './predicates.js'
import {orderIndex, orderParagraph, type ResolvedSpeaker} from './registry.js'
import type {ArticleState, SpeechCue} from './state.js'
import {readSubject, type SubjectPhrase} from './subject.js'

/** Documents whose issuer may be named after them (`تصريح أصدره X`), article dropped. */
const ISSUED = new Set(['بيان', 'تصريح', 'رساله', 'تقرير', 'كلمه', 'خطاب', 'تغريده', 'بلاغ', 'منشور'])

/** Verbs of issuing a document, with the pronoun of the document (`أصدرته`). */
const ISSUING = /^(?:اصدر|نشر|وزع|القي|كتب|اذاع|بث|وجه)(?:ه|ته|ها)$/

/** Issued (`صادر عن`, `الصادرة من`, `صدر عن`), before the issuer, folded. */
const ISSUED_BY = /^(?:(?:ال)?صادر[ةه]?|صدرت?)$/

/** Documents that “say” things for whoever issued them. */
export const DOCUMENTS = new Set(['بيان', 'تقرير', 'رساله', 'وثيقه', 'تصريح'])

/** How many paragraphs back the issuer of a document is looked for. */
const DOCUMENT_REACH = 10

/** News media: they carry words, they do not issue them. */
const MEDIA = new Set(['وكاله', 'صحيفه', 'جريده', 'مجله', 'قناه', 'موقع', 'اذاعه'])

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
export function carriesWords(word: SpeechWord, subject: SubjectPhrase, next: WordToken | undefined): boolean {
  if (word.lemma !== 'نقل' || subject.start !== next?.start) return false
  const head = stripArticle(subject.titleWords[0] ?? '')
  return DOCUMENTS.has(head) || MEDIA.has(head)
}

/**
 * The issuer of a document given as the subject of a speech verb (`وقال
 * بيان لمكتب رئيس البرلمان`, `وذكر بيان صادر عن وزارة الداخلية`): it
 * speaks, not “a statement”.
 *
 * @param state
 * @param text
 * @param tokens
 * @param subject
 *   Subject read after the verb.
 * @returns
 *   The issuer, if the text names one right after the document.
 */
export function documentIssuer(
  state: ArticleState,
  text: string,
  tokens: ReadonlyArray<WordToken>,
  subject: SubjectPhrase
): SubjectPhrase | undefined {
  if (subject.kind === 'name' || subject.titleWords.length > 2) return undefined
  if (!DOCUMENTS.has(stripArticle(subject.titleWords[0] ?? ''))) return undefined
  const index = tokens.findIndex((token) => token.start === subject.start)
  const document = tokens[index]
  if (!document) return undefined
  // `وقال بيان صادر عن وزارة الداخلية`: the ministry says it, as in
  // `وقالت وزارة الداخلية`.
  const issued = issuerOf(state, text, tokens, index, true)
  if (issued) return issued
  // `بيان لمكتب …`: the document in construct with its issuer (`ل` on a
  // word without the article).
  const next = tokens[index + 1]
  if (!next || next.prefix !== 'ل' || next.definite || text.slice(document.end, next.start).trim() !== '')
    return undefined
  const from = next.start + 1
  const rest = text.slice(from)
  const issuer = readSubject(rest, tokenize(rest), 0, rest.length, state.options)
  const head = stripArticle(issuer?.titleWords[0] ?? '')
  if (!issuer || issuer.kind === 'name' || !isOrganisationNoun(head) || !isPlausibleSubject(issuer, state.options))
    return undefined
  return {...issuer, start: issuer.start + from, end: issuer.end + from}
}

/**
 * Read who issued the document a quotation is taken from (`وجاء في تصريح
 * أصدره وزير الخارجية وليم هيغ`, `في بيان صادر عن الوزارة`).
 *
 * @param state
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
export function issuerOf(
  state: ArticleState,
  text: string,
  tokens: ReadonlyArray<WordToken>,
  index: number,
  bare = false
): SubjectPhrase | undefined {
  const document = tokens[index]
  const verb = tokens[index + 1]
  if (!document || !verb || !ISSUED.has(stripArticle(document.folded))) return undefined
  if (/[^\s]/.test(text.slice(document.end, verb.start))) return undefined
  let from = index + 2
  if (ISSUED_BY.test(verb.folded) && /^(?:عن|من)$/.test(tokens[index + 2]?.folded ?? '')) from = index + 3
  else if (!ISSUING.test(verb.folded)) return undefined
  const issuer = readSubject(text, tokens, from, text.length, state.options)
  // `تصريح أصدرته وزارة الخارجية`: a bare title names one of many (whose
  // ministry?), unless the place it is in follows (`… في بيونغيانغ`); a
  // name names one.
  if (!issuer || issuer.kind === 'name' || !isBareTitle(issuer) || bare) return issuer
  return issuer.person ? undefined : withPlace(text, tokens, issuer)
}

/**
 * Resolve a document given as the speaker (`وقال البيان`, `وبحسب التقرير`)
 * to whoever issued it: the speaker of an earlier sentence that mentions
 * such a document (`وقال الجيش في بيان`), else the last organisation
 * that spoke (news media excepted).
 *
 * @param state
 * @param subject
 * @param text
 * @param here
 *   Index of the current paragraph.
 * @param current
 *   Cues read so far in the current paragraph.
 * @param order
 *   Reading-order place of the speech word.
 */
export function documentSpeaker(
  state: ArticleState,
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
  const sentenceAt = (paragraph: number, index: number) => foldedSentence(state, text, paragraph, index)

  // Whoever spoke, or was named, in a sentence that mentions the document.
  const earlier = earlierNamed(state, current)
  for (const cue of earlier) {
    if (cue.subject?.titleWords.length === 1 && DOCUMENTS.has(firstItem(cue.subject.titleWords).replace(/^ال/, '')))
      continue
    if (mentions.test(sentenceAt(cue.paragraph, cue.start))) return cue.resolved
    // Statements are issued close to where they are quoted.
    if (cue.paragraph < here - DOCUMENT_REACH) break
  }

  const known = state.registry.mentions
  for (let index = known.length - 1; index >= 0; index--) {
    const mention = itemAt(known, index)
    const head = mention.titleWords[0]
    // Named after `أن` (`وجاء في التقرير أنه على السلطات …`): what it
    // says, not who issued it (`بيان أصدرته لجنة التحقيق` is).
    if (mention.order >= order && reportedBefore(state, order, mention.order)) continue
    if (mention.kind !== 'title' || !head || !isOrganisationNoun(head) || MEDIA.has(head) || DOCUMENTS.has(head))
      continue
    const paragraph = orderParagraph(mention.order)
    if (paragraph < here - DOCUMENT_REACH) break
    if (mentions.test(sentenceAt(paragraph, orderIndex(mention.order)))) {
      return {speaker: mention.text, asWritten: subject.text}
    }
  }

  // Else the last organisation that spoke (news media excepted).
  const organisation = lastOrganisation(state, current, here)
  if (organisation) return isSureSpeaker(organisation) ? organisation.resolved : undefined

  // `في بيان`: “the statement” (a statement nobody issued is no speaker).
  if (noun === 'تصريح') return undefined
  return {speaker: written.startsWith('ال') ? subject.text : 'ال' + subject.text, asWritten: undefined}
}

/**
 * @param state
 * @param text
 *   Text of the current paragraph.
 * @param paragraph
 *   Paragraph index.
 * @param index
 *   Index in it.
 * @returns
 *   The sentence at that place, folded (the whole current text when the
 *   paragraph does not exist).
 */
function foldedSentence(state: ArticleState, text: string, paragraph: number, index: number): string {
  const source = state.analyses[paragraph]
  if (!source) return foldArabic(text)
  return foldArabic(source.text.slice(source.sentenceStart(index), source.sentenceEnd(index)))
}

/**
 * @param state
 * @param current
 *   Cues read so far in the current paragraph.
 * @param here
 *   Index of the current paragraph.
 * @returns
 *   The last cue within reach whose speaker is an organisation (news media
 *   and documents excepted).
 */
function lastOrganisation(state: ArticleState, current: ReadonlyArray<SpeechCue>, here: number): SpeechCue | undefined {
  for (const cue of earlierNamed(state, current)) {
    if (cue.paragraph < here - DOCUMENT_REACH) break
    const head = cue.subject?.titleWords[0]?.replace(/^ال/, '')
    if (cue.subject?.kind === 'title' && head && isOrganisationNoun(head) && !MEDIA.has(head) && !DOCUMENTS.has(head)) {
      return cue
    }
  }

  return undefined
}

/**
 * Whether a place comes after what a speech word reports: in a later
 * paragraph, or after a complementiser (`أن`, `إن`) that follows the
 * speech word.
 *
 * @param state
 * @param from
 *   Reading-order place of the speech word.
 * @param to
 *   Reading-order place after it.
 * @returns
 *   Whether `to` is in what is reported.
 */
function reportedBefore(state: ArticleState, from: number, to: number): boolean {
  const paragraph = orderParagraph(from)
  if (orderParagraph(to) !== paragraph) return true
  return state
    .analysis(paragraph)
    .tokensIn(orderIndex(from), orderIndex(to))
    .some((token) => isComplementiser(token.folded))
}

/**
 * Cues with a named speaker before the current one, latest first.
 *
 * @param state
 * @param current
 *   Cues read so far in the current paragraph.
 * @returns
 *   Iterable of cues.
 */
function* earlierNamed(state: ArticleState, current: ReadonlyArray<SpeechCue>): Generator<SpeechCue, void, undefined> {
  for (let index = current.length - 1; index >= 0; index--) {
    const cue = itemAt(current, index)
    if (cue.resolved) yield cue
  }

  for (let index = state.named.length - 1; index >= 0; index--) yield itemAt(state.named, index)
}
