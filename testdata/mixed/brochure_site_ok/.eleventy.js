module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy('fonts');
  eleventyConfig.addPassthroughCopy({ 'src/static': '/' });
  return { dir: { input: 'src', output: '_site' } };
};
