// Types of fuzz-lib.mjs (inputs typed `never` so any real signature fits), for the seeded run among the notice package's tests.

export interface FuzzApi {
  parseSupervision(data: never): { ok: true; value: unknown } | { ok: false; issues: readonly unknown[] };
  checkSupervision(model: never, options: { now: { year: number; month: number; day: number } }): unknown[];
  formatFinding(finding: never, lang: 'vi' | 'en'): string;
  formatIssue(issue: never, lang: 'vi' | 'en'): string;
  buildNotice(model: never, options: { findings: never[]; annex: boolean; amountsInWords: boolean }): unknown;
  toHtml(doc: never): string;
  toMarkdown(doc: never): string;
  toDocx(doc: never): Promise<Uint8Array>;
  /** The code of the finding a checker gives for a rule that threw: counted as an exception. */
  RULE_FAILED: string;
}

export interface FuzzFailure {
  base: string;
  stage: string;
  done: string[];
  error: string;
}

export interface FuzzResult {
  runs: number;
  parsed: number;
  exceptions: number;
  failures: FuzzFailure[];
  slowest: { ms: number; done: string[]; base: string };
}

export function random(seed: number): {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
};
export function mutate(base: unknown, r: ReturnType<typeof random>): { data: unknown; done: string[] };
export function fuzz(options: {
  bases: [string, unknown][];
  runs: number;
  seed: number;
  api: FuzzApi;
  now?: { year: number; month: number; day: number };
  onProgress?: (result: FuzzResult) => void;
}): Promise<FuzzResult>;

export interface NoticeFuzzApi {
  readNoticeText(text: string, format: 'txt' | 'md'): unknown;
  readNoticeHtml(html: string): unknown;
  checkNotice(
    reading: never,
    options: { now: { year: number; month: number; day: number } },
  ): { findings: readonly { code: string }[]; supervision?: unknown };
  formatNoticeFinding(finding: never, lang: 'vi' | 'en'): string;
  RULE_FAILED: string;
}

export interface NoticeFuzzResult {
  runs: number;
  /** Inputs whose reading gave a supervision the checks ran on. */
  checked: number;
  exceptions: number;
  failures: FuzzFailure[];
  slowest: { ms: number; done: string[]; base: string };
}

export function ownNotices(
  models: [string, unknown][],
  options: {
    now: { year: number; month: number; day: number };
    api: {
      checkSupervision(
        model: never,
        options: { now: { year: number; month: number; day: number } },
      ): unknown[];
      buildNotice(model: never, options: { findings: never[]; annex: boolean }): unknown;
      toMarkdown(doc: never): string;
      toDocx(doc: never): Promise<Uint8Array>;
      convertToHtml(input: { buffer: Buffer }): Promise<{ value: string }>;
    };
  },
): Promise<[string, string, 'md' | 'html'][]>;
export function mutateText(text: string, r: ReturnType<typeof random>): { text: string; done: string[] };
export function fuzzNotices(options: {
  /** A name, the notice's text, and how it is read. */
  bases: [string, string, 'txt' | 'md' | 'html'][];
  runs: number;
  seed: number;
  api: NoticeFuzzApi;
  now?: { year: number; month: number; day: number };
  onProgress?: (result: NoticeFuzzResult) => void;
}): NoticeFuzzResult;
