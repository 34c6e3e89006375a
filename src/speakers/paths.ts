/**
 * How the speaker of each block quotation was found, kept on the file for
 * evaluation and diagnostics: which reading gave the name (`cue-name`,
 * `previous-same-gender`, `handed-on`, …). Nothing renders it.
 */

import type {VFile} from 'vfile'
import type {ResolvedSpeaker} from './registry.js'

/** The speaker of one block quotation and how it was found. */
export interface SpeakerPath {
  /** The quoted words, marks excluded. */
  text: string
  /** Speaker given. */
  speaker: string
  /** Reading that gave it (`unknown` when it says none). */
  via: string
}

declare module 'vfile' {
  interface DataMap {
    /** Speakers of the block quotations and how each was found, in reading order (from `remarkArabicNewsQuotes`). */
    speakerPaths: Array<SpeakerPath>
  }
}

/** A quotation as the speaker paths need it. */
interface AttributedQuote {
  readonly content: string
  readonly attribution: Readonly<ResolvedSpeaker> | undefined
}

/**
 * Record how the speakers of block quotations were found.
 *
 * @param file
 *   File being processed.
 * @param quotes
 *   Block quotations in reading order.
 * @returns
 *   Nothing.
 */
export function recordSpeakerPaths(file: VFile, quotes: ReadonlyArray<AttributedQuote>): undefined {
  const paths: Array<SpeakerPath> = []
  for (const quote of quotes) {
    const attribution = quote.attribution
    if (attribution) paths.push({text: quote.content, speaker: attribution.speaker, via: attribution.via ?? 'unknown'})
  }

  file.data.speakerPaths = paths
  return undefined
}
