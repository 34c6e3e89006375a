/**
 * Defaults of the metadata plugins, exported so that callers and tests can
 * refer to them by name.
 */

/** Time zone for dates written without a time or offset (default of `timeZone`). */
export const DEFAULT_TIME_ZONE = 'UTC'

/** Language of the article when neither options nor front matter name one. */
export const DEFAULT_IN_LANGUAGE = 'ar'

/** Longest headline, in characters, derived from the lead (default of `headlineMaxLength`). */
export const DEFAULT_HEADLINE_MAX_LENGTH = 110

/** Longest description, in characters, derived from the lead (default of `descriptionMaxLength`). */
export const DEFAULT_DESCRIPTION_MAX_LENGTH = 160

/** Whether the plain text of the body goes into `articleBody` (default of `articleBody`). */
export const DEFAULT_ARTICLE_BODY = false

/** Whether a `<script type="application/ld+json">` is appended to the tree (default of `script`). */
export const DEFAULT_SCRIPT = true

/** Language of a full page (default of `language` in `DocumentOptions`). */
export const DEFAULT_DOCUMENT_LANGUAGE = 'ar'

/** Direction of a full page (default of `dir` in `DocumentOptions`). */
export const DEFAULT_DOCUMENT_DIRECTION = 'rtl'

/** Separator between page title and site name in `<title>` (default of `separator`). */
export const DEFAULT_TITLE_SEPARATOR = ' - '

/** Whether Open Graph and `article:*` tags are added (default of `og`). */
export const DEFAULT_OPEN_GRAPH = true

/** Whether Twitter card tags are added (default of `twitter`). */
export const DEFAULT_TWITTER = true

/** Whether the viewport meta tag is added (default of `responsive`). */
export const DEFAULT_RESPONSIVE = true
