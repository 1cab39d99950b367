import type { AnalysisResult, AnalyzeOptions, AnalyzerInfo } from './index.js';
export declare const SCHEMA_VERSION: 1;
/** Loads the wasm in this thread once. `source`: a URL, Response, bytes or WebAssembly.Module. */
export declare function load(source?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<AnalyzerInfo>;
export declare function analyze(text: string, options?: AnalyzeOptions): Promise<AnalysisResult>;
export declare function analyzeLoaded(text: string, options?: AnalyzeOptions): AnalysisResult;
/** analyzeLoaded() as the result's JSON text (for posting from a worker). */
export declare function analyzeJsonLoaded(text: string, options?: AnalyzeOptions): string;
/** Reads the word lists and models now instead of on the first analysis (after load()); true when both models are usable. */
export declare function prepareLoaded(): boolean;
