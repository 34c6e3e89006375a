/**
 * What is read of one article's speech: the speech cues, the speaker found
 * for a quotation, and the read-only view of the article that the readers of
 * cues and speakers share (`ArticleState`), built by `SpeakerTracker`.
 */

import type {AnalysedText} from '../text/analysis.js'
import type {Gender, SpeechWord} from './lexicon.js'
import type {ResolvedSpeaker, SpeakerRegistry} from './registry.js'
import type {ReadSubjectOptions, SubjectPhrase} from './subject.js'

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

/** Speaker found for a quotation. */
export interface Attribution extends ResolvedSpeaker {
  /** Whether the attribution follows the quote (`«…»، قال الوزير`). */
  following: boolean
}

/**
 * What the readers of cues and speakers see of one article: read-only, the
 * lists growing as `SpeakerTracker` reads the article in order (a reader of
 * a cue sees the cues before it).
 */
export interface ArticleState {
  /** Who is who in the article. */
  readonly registry: SpeakerRegistry
  /** Settings of `readSubject`. */
  readonly options: Readonly<ReadSubjectOptions>
  /** Analysed text of every block in reading order. */
  readonly analyses: ReadonlyArray<AnalysedText>
  /** Cues per paragraph, of the paragraphs read so far. */
  readonly cues: ReadonlyArray<ReadonlyArray<SpeechCue>>
  /** Cues with a named speaker, in reading order. */
  readonly named: ReadonlyArray<SpeechCue>
  /** Cues whose subject names no speaker we can give (`blocked`), in reading order. */
  readonly refused: ReadonlyArray<SpeechCue>
  /** Last cue whose subject is a person's name, per gender shown. */
  readonly lastNameByGender: ReadonlyMap<Gender | 'unknown', SpeechCue>
  /** Places of the blessing, a list for every paragraph. */
  readonly blessings: ReadonlyArray<ReadonlyArray<number>>
  /** How the article names the Prophet, if it quotes hadith. */
  readonly prophet: string | undefined
  /** Analysed text of a paragraph (empty past the end). */
  analysis(paragraph: number): AnalysedText
  /** Family names of the people named in full (see `familyNames` in `previous.ts`). */
  familyNames(): ReadonlySet<string>
}
