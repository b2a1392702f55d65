import type { CliError, LocatedIssue } from '../errors.js';
import type { CliMessages } from './types.js';

const at = (file: string, line?: number, column?: number) =>
  line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;

const issueLines = (file: string, issues: readonly LocatedIssue[]) =>
  issues.map((i) => `  ${at(file, i.line)}  ${i.message}`).join('\n');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const listLines = (lines: readonly number[]) =>
  lines.length > 12 ? `${lines.slice(0, 12).join(', ')}… (${lines.length} lines)` : lines.join(', ');

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'part of the path is not a folder',
  ENOENT: 'the folder does not exist',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the disk',
  EEXIST: 'the file exists',
};
const reason = (code: string) => REASONS[code] ?? code;

const YAML_KINDS: Record<string, string> = {
  BAD_INDENT: 'wrong indentation',
  TAB_AS_INDENT: 'a tab used for indentation (YAML takes spaces only)',
  DUPLICATE_KEY: 'a key appears twice',
  TOO_DEEP: 'data nested more than 100 levels deep',
  MISSING_CHAR: 'a closing bracket or quote is missing',
  MULTIPLE_DOCS: 'the file holds several YAML documents (---)',
  BLOCK_AS_IMPLICIT_KEY: 'a key in the wrong place or a missing colon',
  MULTILINE_IMPLICIT_KEY: 'a key spread over several lines or a missing colon',
  UNEXPECTED_TOKEN: 'a character out of place',
  BAD_SCALAR_START: 'a value starts with a special character; put it in quotes',
  BAD_DQ_ESCAPE: 'a wrong escape in a double-quoted string',
  BLOCK_IN_FLOW: 'a multi-line block inside { } or [ ]',
};

/** A file size: "12.4 MB", "40 KB". */
const mb = (bytes: number) =>
  bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KB` : `${Math.round((bytes / 1048576) * 10) / 10} MB`;

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

const OUTPUT_KINDS: Record<string, string> = {
  symlink: 'a symbolic link',
  directory: 'a folder',
  fifo: 'a FIFO',
  device: 'a device',
  socket: 'a socket',
  other: 'not a regular file',
};

function error(e: CliError): string {
  switch (e.code) {
    case 'input.not-found':
      return `${e.file}: file not found.`;
    case 'input.unreadable':
      return `${e.file}: cannot read the file (${reason(e.reason)}).`;
    case 'input.encoding':
      return `${e.file}: not UTF-8 text: byte ${hex(e.byte)} at offset ${e.offset} (from 0, line ${e.line}). Save the file as UTF-8 (text typed in TCVN3, VNI or Windows-1258 must be converted first).`;
    case 'input.too-large':
      return `${e.file}: the file is too large (${e.size === undefined ? `over ${mb(e.limit)}` : mb(e.size)}; the limit is ${mb(e.limit)}), not read. If it is the right file, raise the limit with --max-size <MB> or DIEMMAC_MAX_SIZE.`;
    case 'input.syntax': {
      const what = e.kind && YAML_KINDS[e.kind] ? `${YAML_KINDS[e.kind]} — ${e.reason}` : e.reason;
      const where =
        e.line === undefined
          ? ''
          : ` at line ${e.line}${e.column === undefined ? '' : `, column ${e.column}`}`;
      const head = `${e.file}: ${e.format.toUpperCase()} syntax error${where}: ${what}`;
      if (e.excerpt === undefined || e.column === undefined) return head;
      return `${head}\n    ${e.excerpt}\n    ${' '.repeat(Math.max(0, e.column - 1))}^`;
    }
    case 'input.invalid':
      return `${e.file}: not a valid supervision file (${plural(e.issues.length, 'issue')}):\n${issueLines(e.file, e.issues)}`;
    case 'followup.invalid':
      return `${e.file}: not a valid follow-up file (${plural(e.issues.length, 'issue')}):\n${issueLines(e.file, e.issues)}`;
    case 'input.no-match':
      return `no file matches "${e.pattern}".`;
    case 'config.invalid':
      return `${e.file}: invalid rules configuration (${plural(e.issues.length, 'issue')}):\n${issueLines(e.file, e.issues)}`;
    case 'pack.invalid':
      return `${e.file}: invalid pack (${plural(e.issues.length, 'issue')}):\n${issueLines(e.file, e.issues)}`;
    case 'pack.not-found':
      return e.package
        ? `package "${e.given}" is installed but its package.json names no pack file ("diemmac": { "pack": "…" } or "main").`
        : `pack "${e.given}" not found: give a YAML/JSON file or the name of an installed npm package.`;
    case 'output.exists':
      return `${e.file}: the file exists; add --force to overwrite it.`;
    case 'output.unwritable':
      return `${e.file}: cannot write the file (${reason(e.reason)}); nothing was written.`;
    case 'output.not-file': {
      const hint = e.kind === 'symlink' ? ' Write to the file it points to instead (-o <target>).' : '';
      return `${e.file}: this is ${OUTPUT_KINDS[e.kind]}; diemmac overwrites regular files only, even with --force. Nothing was written.${hint}`;
    }
    case 'usage':
      return `wrong command: ${e.detail}\nSee: diemmac --help`;
    case 'option.invalid':
      return `${e.option} "${e.value}" is not valid: expected ${e.expected}.`;
    case 'rule.unknown':
      return `there is no rule "${e.given}". Rule codes:\n${e.known.map((c) => `  ${c}`).join('\n')}`;
    case 'framework.unknown':
      return `there is no outline framework "${e.given}". Available: ${e.known.join(', ')}.`;
    case 'install.broken':
      return `cannot load ${e.module} (${e.reason}); please reinstall diemmac.`;
    case 'internal':
      return `internal error in diemmac: ${e.detail}\nPlease report it with the command you ran (set DIEMMAC_DEBUG=1 for details).`;
  }
}

/** The diemmac command's own words in English. */
export const en: CliMessages = {
  lang: 'en',
  help: {
    program: "Check the figures and write the conclusion notice of a commune People's Council supervision",
    lang: 'language: vi (default) or en; DIEMMAC_LANG is read too',
    noColor: 'no colours',
    version: 'print the version',
    help: 'show help',
    helpCommand: 'show help for a command',
    check: 'check the figures of supervision files (YAML, JSON, folders, globs)',
    checkFiles: 'files, folders or globs',
    format: 'output format: text or json',
    config: 'rules configuration (switch rules off or re-grade them)',
    today: 'the date to check against, DD/MM/YYYY or YYYY-MM-DD (default: today)',
    asOf: "judge deadlines as of this date, DD/MM/YYYY or YYYY-MM-DD (default: the notice's own date)",
    jobs: 'threads for many files',
    render: 'write the conclusion notice as .docx, .html or .md',
    renderFile: 'supervision file (YAML or JSON)',
    to: 'file type: docx, html or md',
    output: 'output file ("-" for the screen)',
    annex: 'append the findings as an annex',
    force:
      'overwrite an existing regular file (never a folder, device or FIFO; a symbolic link is refused: name the file it points to)',
    maxSize: 'refuse input files larger than this many MB (default 5; also DIEMMAC_MAX_SIZE)',
    init: 'start a new supervision file from a commented template',
    initOutput: 'file to create ("-" for the screen)',
    commune: 'commune or ward name',
    province: 'province or city name',
    year: 'year of the supervision',
    framework: 'outline framework',
    pack: "a province's pack: YAML/JSON file or npm package (default: pack: of diemmac.config)",
    schema: 'print the JSON Schema of a supervision file',
    rules: 'list the checking rules',
    explain: 'explain a rule: what it checks, its legal basis, an example',
    explainCode: 'rule code, e.g. dossier.balance',
    titles: {},
  },
  error,
  errorPrefix: 'diemmac: ',
  yamlKinds: YAML_KINDS,
  check: {
    heading: (files, today) => `Checked ${plural(files, 'file')} as of ${today}`,
    failed: (count) => `Could not check (${count})`,
    clean: (file) => `✓ ${file}: no findings.`,
    alsoAt: (lines) => `↳ also at ${lines.length === 1 ? 'line' : 'lines'} ${listLines(lines)}`,
    cleanFiles: (count) => `✓ ${plural(count, 'other file')} with no findings`,
    byRule: 'By rule',
    byFile: 'By file',
    notChecked: 'not checked',
    columns: { file: 'File', rule: 'Rule', count: 'Count' },
    totals: (s) => {
      const failed = s.failed > 0 ? `; ${plural(s.failed, 'file')} could not be checked` : '';
      return `Total: ${plural(s.files, 'file')}; ${plural(s.error, 'error')}, ${plural(s.warning, 'warning')}, ${plural(s.info, 'note')}${failed}.`;
    },
    unit: 'files',
  },
  render: {
    written: (file) => `Wrote ${file}.`,
    hasErrors: (file, errors) =>
      `Note: ${file} still has ${plural(errors, 'error')} in its figures; run "diemmac check ${file}" before issuing it.`,
    binaryToStdout: 'a .docx file cannot be printed on the screen; choose a file name with -o',
  },
  init: {
    written: (file) => `Created ${file}. Fill in the blanks, then run: diemmac check ${file}`,
  },
  rules: {
    columns: { code: 'Code', severity: 'Severity', title: 'What it checks', source: 'Source', pack: 'Pack' },
    sources: { core: 'core', data: 'data', code: 'code' },
  },
  explain: {
    severity: 'Severity',
    legalBasis: 'Legal basis',
    noLegalBasis: 'an arithmetic rule, not tied to one legal text',
    reads: 'Figures read',
    example: 'Example',
    exampleFinding: 'diemmac says',
    noExample: 'no example for this rule yet',
    instruction: 'Requirement',
    applies: 'Applies',
    source: 'Source',
  },
};
