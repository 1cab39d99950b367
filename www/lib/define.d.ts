export { ArticleAnalyzerElement, TAG_NAME } from './article-analyzer-element.js';
