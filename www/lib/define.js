// Registers <article-analyzer> (once: importing this twice, or next to another copy, is harmless).
//
//     <script type="module" src="lib/define.js"></script>
//     <article-analyzer for="editor"></article-analyzer>

import { ArticleAnalyzerElement, TAG_NAME } from './article-analyzer-element.js';

if (globalThis.customElements && !customElements.get(TAG_NAME)) customElements.define(TAG_NAME, ArticleAnalyzerElement);

export { ArticleAnalyzerElement, TAG_NAME };
