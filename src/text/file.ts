/**
 * Where the analysed texts of a file are kept while it is processed.
 */

import type {VFile} from 'vfile'
import {TextAnalyses} from './analysis.js'

declare module 'vfile' {
  interface DataMap {
    /** Analysed paragraphs of the file, filled as plugins read them (see `src/text/`). */
    textAnalyses: TextAnalyses
  }
}

/**
 * @param file
 *   File being processed.
 * @returns
 *   Its analysed texts (made on first use, kept on `file.data`).
 */
export function analysesOf(file: VFile): TextAnalyses {
  file.data.textAnalyses ??= new TextAnalyses()
  return file.data.textAnalyses
}
