/**
 * Messages about the facts of an article, at the places they are about.
 */

import type {Position} from 'unist'
import type {VFile} from 'vfile'
import {subPosition} from '../parsing/position.js'
import {source} from '../source.js'
import type {ArticleFacts, MetadataProblem} from './facts.js'
import {findTodayWeekdays} from './weekday.js'

/** A node of an mdast or hast tree, as far as the weekday check looks at it. */
interface Walkable {
  type: string
  value?: unknown
  tagName?: unknown
  children?: ReadonlyArray<Walkable> | undefined
  position?: Position | undefined
}

/** English day names, for messages. */
const weekdayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/**
 * Report problems found while resolving the facts: at the front matter key
 * they are about, or at the lead for a derived headline. Problems in options
 * or in a host's data have no place in the text and are reported without one.
 *
 * @param file
 *   The file.
 * @param problems
 *   The problems.
 * @param lead
 *   Position of the lead (optional).
 * @returns
 *   Nothing.
 */
export function reportProblems(
  file: VFile,
  problems: ReadonlyArray<MetadataProblem>,
  lead: Position | undefined
): undefined {
  const positions = file.data.matterPositions
  for (const problem of problems) {
    // The structure plugin warned `missing-headline` about the same article: one message is enough.
    if (problem.ruleId === 'derived-headline' && file.data.arabicNews) continue
    const place =
      problem.ruleId === 'derived-headline'
        ? lead
        : problem.key !== undefined && positions && Object.hasOwn(positions, problem.key)
          ? positions[problem.key]
          : undefined
    file.message(problem.reason, {place, ruleId: problem.ruleId, source})
  }

  return undefined
}

/**
 * Warn about weekdays named as “today” (`اليوم الخميس`) that are not the
 * day of publication.
 *
 * @param tree
 *   The mdast or hast tree.
 * @param file
 *   The file.
 * @param facts
 *   The facts.
 * @returns
 *   Nothing.
 */
export function checkWeekdays(tree: Walkable, file: VFile, facts: ArticleFacts): undefined {
  const published = facts.datePublished
  if (!published) return undefined
  const {weekday, date} = published
  walk(tree)
  return undefined

  function walk(node: Walkable): undefined {
    if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return
    if (node.type === 'text' && typeof node.value === 'string') {
      for (const mention of findTodayWeekdays(node.value)) {
        if (mention.weekday === weekday) continue
        file.message(
          'Unexpected weekday `' +
            mention.text +
            '` (' +
            weekdayNames[mention.weekday] +
            '): the article is published on ' +
            weekdayNames[weekday] +
            ' ' +
            date +
            ' (' +
            facts.timeZone +
            ')',
          {
            place: subPosition(node.position, node.value.length, mention.index, mention.index + mention.length),
            ruleId: 'weekday-mismatch',
            source
          }
        )
      }
    }

    for (const child of node.children ?? []) walk(child)
    return undefined
  }
}
