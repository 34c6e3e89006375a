import arabicNews from 'remark-arabic-news/eleventy'

/** @param {import('@11ty/eleventy').UserConfig} eleventyConfig */
export default function (eleventyConfig) {
  // `.txt` articles, and `.md` reports through the same pipeline.
  eleventyConfig.addPlugin(arabicNews, {
    formats: ['txt', 'md'],
    jsonLd: {
      // The layout puts the JSON-LD in <head>, so the article itself carries none.
      script: false,
      publisher: {name: 'أخبار المثال', url: 'https://news.example.com/'},
      baseUrl: 'https://news.example.com/'
    }
  })
  eleventyConfig.addPassthroughCopy({'node_modules/remark-arabic-news/style.css': 'style.css'})
  eleventyConfig.addPassthroughCopy({'src/site.css': 'site.css'})
}

export const config = {
  dir: {input: 'src', output: '_site/esm'}
}
