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
