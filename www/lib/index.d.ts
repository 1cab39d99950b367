// Types for article-analyzer's JavaScript API and result schema (version 1).

/** Entity kinds. */
export type EntityKind = 'person' | 'organization' | 'location' | 'group' | 'misc' | 'date' | 'time' | 'money' | 'percent' | 'quantity';
/** Quote kinds: in marks (direct, partial), reported speech (indirect), marked words nobody said (scare). */
export type QuoteKind = 'direct' | 'partial' | 'indirect' | 'scare';
export type WarningCode = 'unbalanced-quote' | 'possible-misspelling' | 'no-speaker' | 'anonymous-source' | (string & {});
export type OffsetUnit = 'utf16' | 'chars' | 'bytes';

/** A span of the input: `text` always equals the input sliced at `start..end` (in the result's `offsets` unit). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  /** "e1", "e2", ... unique in one result. */
  id: string;
  kind: EntityKind;
  /** The fullest name found. */
  name: string;
  /** Persons: the title written before the name, e.g. "foreign minister". */
  role?: string;
  /** Persons only. */
  gender?: 'female' | 'male' | 'unknown';
  mentions: Span[];
}

/** A speaker or medium mention. */
export interface SourceRef extends Span {
  /** The entity it resolves to; null when unresolved (e.g. anonymous sources). */
  entity: string | null;
  anonymous: boolean;
}

export interface Quote extends Span {
  /** "q1", "q2", ... */
  id: string;
  kind: QuoteKind;
  /** Null when no speaker was found. */
  speaker: SourceRef | null;
  /** The speech verb or cue; null when none. */
  cue: Span | null;
  /** The medium the quote came through (wire copy), when named. */
  via?: SourceRef | null;
}

export interface Warning extends Span {
  code: WarningCode;
  message: string;
}

export interface AnalysisResult {
  schema: 1;
  offsets: OffsetUnit;
  entities: Entity[];
  quotes: Quote[];
  warnings: Warning[];
}

export interface AnalyzeOptions {
  /** Unit of every start/end; default "utf16" (what String.prototype.slice and DOM Range use). */
  offsets?: OffsetUnit;
}

export interface AnalyzerInfo {
  version: string;
  schema: number;
}

/** Errors carry a stable code. */
export interface AnalyzerError extends Error {
  code: 'load-failed' | 'schema-mismatch' | 'bad-options' | 'not-loaded' | 'terminated' | 'analysis-failed' | (string & {});
}

export interface Analyzer {
  readonly inWorker: boolean;
  load(): Promise<AnalyzerInfo>;
  analyze(text: string, options?: AnalyzeOptions): Promise<AnalysisResult>;
  /** Also the wasm call's own time, in ms, as measured where it ran. */
  analyzeTimed(text: string, options?: AnalyzeOptions): Promise<{ readonly result: AnalysisResult; analyzeMs: number }>;
  terminate(): void;
}

export declare const SCHEMA_VERSION: 1;
/** Loads the shared analyzer once (in a module worker in browsers). */
export declare function load(): Promise<AnalyzerInfo>;
/** Analyzes with the shared analyzer. */
export declare function analyze(text: string, options?: AnalyzeOptions): Promise<AnalysisResult>;
export declare function createAnalyzer(options?: { worker?: boolean }): Analyzer;
export declare function getSharedAnalyzer(): Analyzer;

export interface LatestJob {
  seq: number;
  text: string;
  result: AnalysisResult;
  analyzeMs: number;
  totalMs: number;
}
/** Runs only the newest text; stale results are never delivered. */
export declare function createLatest(
  analyzer: Pick<Analyzer, 'analyzeTimed'>,
  onResult: (job: LatestJob) => void,
  onError?: (error: AnalyzerError, seq: number) => void,
): { submit(text: string, options?: AnalyzeOptions): number; cancel(): void; readonly seq: number; readonly busy: boolean };
