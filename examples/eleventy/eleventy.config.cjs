// The same site from a CommonJS configuration file: Eleventy 3 awaits an
// async configuration function, so the ESM-only plugin loads with `import()`.
module.exports = async function (eleventyConfig) {
  const {default: arabicNews} = await import('remark-arabic-news/eleventy')

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

module.exports.config = {
  dir: {input: 'src', output: '_site/cjs'}
}
