import type { Lang } from '@diemmac/core';
import type { Summary } from '../check/report.js';
import type { CliError } from '../errors.js';

/** Descriptions of the commands, arguments and options, for `--help`. */
export interface HelpWording {
  program: string;
  lang: string;
  noColor: string;
  version: string;
  help: string;
  helpCommand: string;
  check: string;
  checkFiles: string;
  format: string;
  config: string;
  today: string;
  asOf: string;
  jobs: string;
  render: string;
  renderFile: string;
  to: string;
  output: string;
  annex: string;
  force: string;
  maxSize: string;
  init: string;
  initOutput: string;
  commune: string;
  province: string;
  year: string;
  framework: string;
  pack: string;
  schema: string;
  rules: string;
  explain: string;
  explainCode: string;
  /** Headings commander prints: 'Usage:', 'Options:', 'Commands:', 'Arguments:'. */
  titles: Record<string, string>;
}

/** Every sentence of the CLI itself in one language. Findings and input issues are worded by the core. */
export interface CliMessages {
  lang: Lang;
  help: HelpWording;
  /** One error, with the file and what to do. */
  error(e: CliError): string;
  /** "diemmac: " before a command's error. */
  errorPrefix: string;
  /** What a YAML syntax error of the `yaml` library's code means. */
  yamlKinds: Record<string, string>;
  check: {
    heading(files: number, today: string): string;
    failed(count: number): string;
    clean(file: string): string;
    cleanFiles(count: number): string;
    /** The other lines a finding read: "cũng ở dòng 377, 382". */
    alsoAt(lines: readonly number[]): string;
    byRule: string;
    byFile: string;
    notChecked: string;
    columns: { file: string; rule: string; count: string };
    totals(s: Summary): string;
    unit: string;
  };
  render: {
    written(file: string): string;
    hasErrors(file: string, errors: number): string;
    binaryToStdout: string;
  };
  init: {
    written(file: string): string;
  };
  rules: {
    columns: { code: string; severity: string; title: string; source: string; pack: string };
    sources: Record<'core' | 'data' | 'code', string>;
  };
  explain: {
    severity: string;
    legalBasis: string;
    noLegalBasis: string;
    reads: string;
    example: string;
    exampleFinding: string;
    noExample: string;
    instruction: string;
    source: string;
    applies: string;
  };
}
