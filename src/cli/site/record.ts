/**
 * What one built article contributes to the site around it: the home,
 * section and author pages, the feeds, the sitemaps, and the JSON report of
 * a shard (so that `arabic-news merge` can build those pages from reports).
 */

/** One published article, as the site pages and feeds see it. */
export interface ArticleRecord {
  /** Input path, relative to the input folder, with `/` separators. */
  input: string
  /** Output path, relative to the output folder, with `/` separators (`world/truce.html`, `world/truce/index.html`). */
  output: string
  /** Page address: absolute under the base URL when one is set, else root-relative (`/world/truce.html`). */
  url: string
  /** Headline (never empty: the file name stands in when the article has none). */
  headline: string
  /** Short description, when the article has one (front matter, else the lead). */
  description?: string | undefined
  /** When it was published (ISO 8601, as in the JSON-LD). */
  datePublished?: string | undefined
  /** When it was last modified (ISO 8601). */
  dateModified?: string | undefined
  /** Language of the article (canonical BCP 47 tag, such as `ar` or `ar-EG`). */
  language: string
  /** Section (front matter `section`, else the input folder), when there is one. */
  section?: string | undefined
  /** Author names, in order. */
  authors: Array<string>
  /** Main image address, when there is one. */
  image?: string | undefined
}
