export {arabicNews, arabicNewsPluginLists} from './arabic-news.js'
export type {ArabicNewsOptions, ArabicNewsPluginLists, ArabicNewsProcessor, HostPlugin} from './arabic-news.js'
export {DEFAULT_DIRECTION, DEFAULT_LANGUAGE, rehypeArabicNewsArticle} from './rehype-arabic-news-article.js'
export type {ArticleOptions, Direction} from './rehype-arabic-news-article.js'
export {
  DEFAULT_FRONT_MATTER,
  DEFAULT_SPLIT_JOINED_PARAGRAPHS,
  remarkArabicNewsParse
} from './remark-arabic-news-parse.js'
export type {ParseOptions} from './remark-arabic-news-parse.js'
export {remarkArabicNewsFacts} from './remark-arabic-news-facts.js'
export type {FactsOptions} from './remark-arabic-news-facts.js'
export type {ArticleFacts, ArticleImage, ArticleParty, ArticlePublisher, FactSource} from './metadata/facts.js'
export type {ArticleDate} from './metadata/date.js'
export {
  DEFAULT_ASIDES,
  DEFAULT_DATELINE,
  DEFAULT_HEADLINE_FROM_FIRST_LINE,
  DEFAULT_ISOLATE_LTR,
  DEFAULT_LINE_BREAKS,
  DEFAULT_MAX_HEADLINE_WORDS,
  DEFAULT_MAX_SUBHEADING_WORDS,
  DEFAULT_SUBHEADINGS,
  remarkArabicNewsStructure
} from './remark-arabic-news-structure.js'
export type {StructureOptions} from './remark-arabic-news-structure.js'
export {
  DEFAULT_KEEP_INLINE,
  DEFAULT_MAX_MESSAGES_PER_RULE,
  DEFAULT_MAX_QUOTE_PARAGRAPHS,
  DEFAULT_MIN_BLOCK_WORDS,
  DEFAULT_SPEECH_VERBS,
  DEFAULT_TITLES,
  remarkArabicNewsQuotes
} from './remark-arabic-news-quotes.js'
export type {QuotesOptions} from './remark-arabic-news-quotes.js'
export {DEFAULT_AGENCIES} from './structure/dateline.js'
export type * from './types.js'
export {
  DEFAULT_ARTICLE_BODY,
  DEFAULT_DESCRIPTION_MAX_LENGTH,
  DEFAULT_DOCUMENT_DIRECTION,
  DEFAULT_DOCUMENT_LANGUAGE,
  DEFAULT_HEADLINE_MAX_LENGTH,
  DEFAULT_IN_LANGUAGE,
  DEFAULT_OPEN_GRAPH,
  DEFAULT_RESPONSIVE,
  DEFAULT_SCRIPT,
  DEFAULT_TIME_ZONE,
  DEFAULT_TITLE_SEPARATOR,
  DEFAULT_TWITTER
} from './metadata/defaults.js'
export {rehypeArabicNewsDocument} from './rehype-arabic-news-document.js'
export type {DocumentDirection, DocumentOptions} from './rehype-arabic-news-document.js'
export {rehypeArabicNewsJsonLd} from './rehype-arabic-news-json-ld.js'
export type {ImageInput, JsonLdOptions, PartyInput, PublisherInput} from './rehype-arabic-news-json-ld.js'
export {rehypeArabicNewsHeader} from './rehype-arabic-news-header.js'
export type {HeaderOptions} from './rehype-arabic-news-header.js'
export {DEFAULT_DIGITS, DEFAULT_HIJRI} from './display/format.js'
export type {Digits} from './display/format.js'
