import type { AnalysisResult } from './index.js';

export declare const TAG_NAME: 'article-analyzer';
export declare const RESULT_EVENT: 'article-analyzer-result';
export declare const HIGHLIGHT_CSS: string;

export interface ArticleAnalyzerResultDetail {
  result: AnalysisResult;
  /** The analyzed text: the target's textContent; offsets are UTF-16 code units into it. */
  text: string;
  analyzeMs: number;
}

/** `<article-analyzer for="editor" delay="250">` */
export declare class ArticleAnalyzerElement extends HTMLElement {
  static observedAttributes: string[];
  /** Mirrors the `for` attribute: the id of the element to analyze. */
  htmlFor: string;
  /** Mirrors the `delay` attribute: ms of quiet after an edit before re-analysis (default 250). */
  delay: number;
  /** The analyzed element (set directly, or found by `for`). */
  target: Element | null;
  readonly result: AnalysisResult | null;
  /** Analyzes now, starting the wasm if needed. */
  analyze(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'article-analyzer': ArticleAnalyzerElement;
  }
  interface HTMLElementEventMap {
    'article-analyzer-result': CustomEvent<ArticleAnalyzerResultDetail>;
  }
}
