/**
 * Scaling benchmark: `npx tsx bench/scaling.ts [--quick]`.
 *
 * Hostile inputs at n, 2n and 4n: a 10 MB article, 100,000 lines, 100,000
 * quote marks, paragraphs of nothing but quote marks (empty, reversed and
 * mixed pairs), quotes nested 10,000 levels deep, unbalanced bidi controls,
 * and long runs of Latin punctuation. Each goes through the full-page preset
 * (and the quotation plugin); the time is the minimum of several runs. Linear
 * time doubles with the input: the ratios printed should be near 2 and 4
 * (quadratic time gives 4 and 16).
 *
 * `npx tsx bench/scaling.ts --huge '10 MB article'` renders one of the huge
 * inputs and prints its size, time and whether the page is whole and keeps
 * the text (see `hugeInputs`).
 *
 * The inputs are also used by `test/adversarial.test.ts` and
 * `test/adversarial-scaling.test.ts`.
 */

import {pathToFileURL} from 'node:url'
import rehypeStringify from 'rehype-stringify'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {
  arabicNews,
  rehypeArabicNewsArticle,
  rehypeArabicNewsJsonLd,
  remarkArabicNewsParse,
  remarkArabicNewsStructure,
  type ArabicNewsProcessor
} from '../src/index.js'
import {remarkArabicNewsQuotes} from '../src/remark-arabic-news-quotes.js'

/** A hostile input that grows with `n`. */
export interface ScalingInput {
  /** What it is. */
  name: string
  /** The input at size `n`. */
  make(n: number): string
  /** Size for the full run (the largest input is at `4 * n`). */
  n: number
  /** Size for a quick run (tests). */
  quick: number
  /** What `n` counts. */
  unit: string
}

const paragraph =
  'وقال المتحدث باسم الوزارة في مؤتمر صحفي عقده اليوم الخميس إن العمل في المشروع الجديد سيبدأ الشهر المقبل، ' +
  'مضيفا أن الخطة تشمل إنشاء ٢٥ مدرسة في الرياض وجدة، بكلفة تبلغ 1.5 مليار ريال، بالتعاون مع شركة Global Schools.'

/**
 * A paragraph made only of one run of quote marks repeated (after a speech
 * verb, so that a quotation is looked for).
 *
 * @param name
 *   Name of the input.
 * @param unit
 *   Marks repeated.
 * @returns
 *   The input (in a list, to spread into `scalingInputs`).
 */
function markLayout(name: string, unit: string): Array<ScalingInput> {
  return [
    {
      name,
      unit: 'characters',
      n: 40_000,
      // Large enough that a quadratic cost dominates the fixed one at 4n.
      quick: 8000,
      make: (n) =>
        'عنوان\n\n' +
        unit.repeat(Math.max(1, Math.round(n / unit.length))) +
        '\n\nوقال الوزير: ' +
        unit.repeat(Math.max(1, Math.round(n / unit.length))) +
        '\n'
    }
  ]
}

/** The hostile inputs, all written for this benchmark. */
export const scalingInputs: ReadonlyArray<ScalingInput> = [
  {
    name: 'large article',
    unit: 'bytes',
    n: 2_500_000,
    quick: 100_000,
    make(n) {
      const line = paragraph + '\n\n'
      const count = Math.max(1, Math.round(n / Buffer.byteLength(line)))
      return 'عنوان الخبر الطويل\n\n' + line.repeat(count)
    }
  },
  {
    name: 'many lines',
    unit: 'lines',
    n: 25_000,
    quick: 2500,
    make: (n) => Array.from({length: n}, (_, index) => 'سطر رقم ' + index + ' من الخبر.').join('\n')
  },
  {
    name: 'quote marks',
    unit: 'marks',
    n: 25_000,
    quick: 5000,
    make(n) {
      const marks = ['«', '»', '“', '”', '"', '„', '‹', '›']
      let text = 'وقال الوزير: '
      for (let index = 0; index < n; index++) text += marks[index % marks.length] + (index % 3 === 0 ? 'كلمة ' : '')
      return 'عنوان\n\n' + text + '\n'
    }
  },
  {
    name: 'quote marks, one per paragraph pair',
    unit: 'marks',
    n: 25_000,
    quick: 2000,
    make(n) {
      const lines: Array<string> = []
      for (let index = 0; index < n; index += 2)
        lines.push('وقال المتحدث: «نعمل على خطة جديدة للمدارس في الرياض»', 'وأضاف: «سيبدأ العمل')
      return 'عنوان\n\n' + lines.join('\n\n') + '\n'
    }
  },
  // One paragraph of nothing but quote marks, in every layout: letter-free
  // text must not be rescanned once per quote.
  ...markLayout('empty curly pairs', '“”'),
  ...markLayout('empty guillemet pairs', '«»'),
  ...markLayout('empty straight pairs', '""'),
  ...markLayout('reversed guillemet pairs', '»«'),
  ...markLayout('reversed curly pairs', '”“'),
  ...markLayout('mixed empty pairs', '«»“”""»«„“‹›&quot;&quot;'),
  ...markLayout('quote marks and spaces', '« » “ ” " " '),
  // Colons after speech verbs, each a possible quotation without marks.
  ...markLayout('speech verbs and colons', 'وقال: '),
  ...markLayout('speech verbs, colons and commas', 'وأضاف الوزير: نعم، '),
  {
    name: 'speech paragraphs',
    unit: 'paragraphs',
    n: 10_000,
    quick: 5000,
    make: (n) => 'عنوان\n\n' + 'وقال المتحدث باسم الوزارة إن العمل مستمر.\n\n'.repeat(n)
  },
  {
    name: 'nested quotes',
    unit: 'levels',
    n: 2500,
    quick: 1000,
    make: (n) => 'عنوان\n\nوقال الوزير: ' + '« '.repeat(n) + 'نص' + ' »'.repeat(n) + '\n'
  },
  {
    name: 'unclosed nested quotes',
    unit: 'levels',
    n: 2500,
    quick: 1000,
    make: (n) => 'عنوان\n\nوقال الوزير: ' + '«“"'.repeat(n) + 'نص\n'
  },
  {
    name: 'bidi controls',
    unit: 'controls',
    n: 25_000,
    quick: 5000,
    make(n) {
      const controls = ['\u202A', '\u202B', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u202C', '\u2069']
      let text = ''
      for (let index = 0; index < n; index++)
        text += controls[index % controls.length] + (index % 4 === 0 ? 'نص abc ' : '')
      return 'عنوان\n\n' + text + '\n'
    }
  },
  {
    name: 'Latin punctuation runs',
    unit: 'characters',
    n: 100_000,
    quick: 20_000,
    make: (n) => 'عنوان\n\n' + 'a.b-c_d+e@'.repeat(Math.ceil(n / 10)).slice(0, n) + ' www.' + '.'.repeat(n) + '\n'
  }
]

/** The huge inputs the requirements name, each rendered whole by `--huge <name>`. */
export const hugeInputs: ReadonlyArray<{name: string; make: () => string}> = [
  {
    name: '10 MB article',
    make() {
      const line = paragraph + '\n\n'
      return 'عنوان الخبر\n\n' + line.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(line)))
    }
  },
  {
    name: '100,000 lines',
    make: () => Array.from({length: 100_000}, (_, index) => 'السطر ' + index + ' من الخبر.').join('\n')
  },
  {
    name: '100,000 quote marks in 2,000 paragraphs',
    make() {
      const marks = ['«', '»', '“', '”', '"', '„', '‹', '›', '«', '"']
      const lines: Array<string> = []
      for (let line = 0; line < 2000; line++) {
        let text = 'وقال المتحدث: '
        for (let index = 0; index < 50; index++)
          text += marks[(line + index) % marks.length] + (index % 3 === 0 ? 'كلمة ' : '')
        lines.push(text)
      }
      return 'عنوان\n\n' + lines.join('\n\n') + '\n'
    }
  },
  {
    name: '100,000 quote marks in one paragraph',
    make() {
      const marks = ['«', '»', '“', '”', '"', '„', '‹', '›', '«', '"']
      let text = 'وقال المتحدث: '
      for (let index = 0; index < 100_000; index++)
        text += marks[index % marks.length] + (index % 3 === 0 ? 'كلمة ' : '')
      return 'عنوان\n\n' + text + '\n'
    }
  },
  {
    name: 'quotes nested 10,000 levels',
    make: () => 'عنوان\n\nوقال الوزير: ' + '« '.repeat(10_000) + 'نص' + ' »'.repeat(10_000) + '\n'
  },
  {
    name: '10,000 unclosed quotes',
    make: () => 'عنوان\n\nوقال الوزير: ' + '“«"'.repeat(10_000) + 'نص\n'
  }
]

/** What rendering one huge input gives. */
export interface HugeResult {
  name: string
  bytes: number
  milliseconds: number
  /** Whether the output is a whole page. */
  whole: boolean
  /** Length of the output. */
  outputLength: number
}

/**
 * Render one huge input as a full page.
 *
 * @param name
 *   Name in `hugeInputs`.
 * @returns
 *   Size, time and whether the page is whole.
 */
export async function renderHuge(name: string): Promise<HugeResult & {input: string; html: string}> {
  const huge = hugeInputs.find((input) => input.name === name)
  if (!huge) throw new Error('Unknown input `' + name + '`')
  const input = huge.make()
  const start = performance.now()
  const html = String(
    await arabicNews({document: true, jsonLd: {articleBody: true}}).process(new VFile({value: input}))
  )
  return {
    name,
    input,
    html,
    bytes: Buffer.byteLength(input),
    milliseconds: performance.now() - start,
    whole: html.endsWith('</html>\n'),
    outputLength: html.length
  }
}

/** The processors measured: the full-page preset, and a fragment with quotations when the preset has none. */
export function scalingProcessors(): Array<{name: string; processor: ArabicNewsProcessor}> {
  const preset = arabicNews({document: true, jsonLd: {articleBody: true}})
  const processors = [{name: 'full page', processor: preset}]
  if (!preset.attachers.some(([plugin]) => plugin === remarkArabicNewsQuotes)) {
    processors.push({
      name: 'quotations',
      processor: unified()
        .use(remarkArabicNewsParse)
        .use(remarkArabicNewsStructure)
        .use(remarkArabicNewsQuotes)
        .use(remarkRehype)
        .use(rehypeArabicNewsArticle)
        .use(rehypeArabicNewsJsonLd)
        .use(rehypeStringify) as unknown as ArabicNewsProcessor
    })
  }

  return processors
}

/**
 * Time one input: the minimum of several runs, in milliseconds of this
 * process's CPU time (user and system), so that other processes on a busy
 * machine do not change the ratios.
 *
 * @param processor
 *   Processor (frozen on first use).
 * @param input
 *   Text.
 * @param repetitions
 *   Runs.
 * @returns
 *   Fastest run.
 */
export async function timeInput(processor: ArabicNewsProcessor, input: string, repetitions: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < repetitions; run++) {
    const start = process.cpuUsage()
    await processor.process(new VFile({value: input}))
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }

  return best
}

/** Times of one input at n, 2n and 4n. */
export interface ScalingResult {
  times: [number, number, number]
  /** t(2n) / t(n). */
  double: number
  /** t(4n) / t(n). */
  quadruple: number
}

/**
 * Measure an input at n, 2n and 4n.
 *
 * @param processor
 *   Processor.
 * @param input
 *   The input.
 * @param n
 *   Base size.
 * @param repetitions
 *   Runs per size (minimum taken).
 * @returns
 *   Times and ratios.
 */
export async function measureScaling(
  processor: ArabicNewsProcessor,
  input: ScalingInput,
  n: number,
  repetitions: number
): Promise<ScalingResult> {
  // One small run first, so that compilation is not counted.
  await timeInput(processor, input.make(Math.max(1, Math.floor(n / 8))), 2)
  const times: [number, number, number] = [0, 0, 0]
  for (const [index, factor] of [1, 2, 4].entries())
    times[index] = await timeInput(processor, input.make(n * factor), repetitions)
  return {times, double: times[1] / times[0], quadruple: times[2] / times[0]}
}

async function main(): Promise<undefined> {
  const hugeIndex = process.argv.indexOf('--huge')
  if (hugeIndex !== -1) {
    // One huge input, in a process of its own (the tests kill it when it takes too long).
    const {input, html, ...result} = await renderHuge(process.argv[hugeIndex + 1] ?? '')
    const {checkPreservation} = await import('../scripts/lib/preservation.js')
    console.log(JSON.stringify({...result, preserved: checkPreservation(input, html).ok}))
    return undefined
  }

  const quick = process.argv.includes('--quick')
  const repetitions = 3
  const rows: Array<string> = []
  let worst = 0
  for (const {name: pipeline, processor} of scalingProcessors()) {
    processor.freeze()
    for (const input of scalingInputs) {
      const n = quick ? input.quick : input.n
      const result = await measureScaling(processor, input, n, repetitions)
      worst = Math.max(worst, result.quadruple)
      const [t1, t2, t4] = result.times.map((time) => time.toFixed(1).padStart(9))
      rows.push(
        `| ${pipeline.padEnd(10)} | ${input.name.padEnd(36)} | ${(n.toLocaleString('en') + ' ' + input.unit).padEnd(20)} | ${t1} | ${t2} | ${t4} | ${result.double.toFixed(2).padStart(5)} | ${result.quadruple.toFixed(2).padStart(5)} |`
      )
      console.log(rows.at(-1))
    }
  }

  console.log(
    '\n| pipeline   | input                                | n                    |  t(n) ms | t(2n) ms | t(4n) ms | 2n/n  | 4n/n  |'
  )
  console.log(
    '| ---------- | ------------------------------------ | -------------------- | -------- | -------- | -------- | ----- | ----- |'
  )
  for (const row of rows) console.log(row)
  console.log(
    `\nscaling: ${rows.length} inputs measured at n, 2n, 4n; worst 4n/n ratio ${worst.toFixed(2)} (linear: 4, quadratic: 16)`
  )
  return undefined
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
