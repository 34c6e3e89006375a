import {defineCollection} from 'astro:content'
import {glob} from 'astro/loaders'
import {arabicNewsLoader} from 'remark-arabic-news/astro'
import {newsOptions} from '../news.config.mjs'

// Plain-text articles (`.txt`), rendered by remark-arabic-news itself.
const news = defineCollection({
  loader: arabicNewsLoader({base: './src/articles', ...newsOptions})
})

// Markdown reports (`.md`), rendered by Astro's `unified()` processor with
// the plugins set in astro.config.mjs.
const reports = defineCollection({
  loader: glob({pattern: '**/*.md', base: './src/reports'})
})

export const collections = {news, reports}
