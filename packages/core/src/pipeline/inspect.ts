import { type CheckDay, countBySeverity, createChecker } from '../checks/check.js';
import { type ExtraWording, formatFinding, formatIssue, ruleTitle } from '../messages/index.js';
import type { Lang } from '../messages/types.js';
import { type ResolvedPack, resolvePack } from '../packs/resolve.js';
import type { InputIssue } from '../parse/issues.js';
import { parseSupervision, parseSupervisionText } from '../parse/parse.js';
import type { Position, SyntaxIssue } from '../parse/yaml.js';
import type { Finding, Path, Severity } from '../shared/types.js';
import type { Supervision } from '../supervision/schema.js';

/** Where a data path stands in the text it was read from, when there was a text. */
export type Locate = (path: Path) => Position | undefined;

/** A finding's words in one language. */
export interface FindingWords {
  /** What the rule checks, in one line. */
  title: string;
  /** The finding, without its suggestion. */
  message: string;
  /** The suggestion alone ("Gợi ý: …"), if the finding has one. */
  suggestion?: string | undefined;
  /** The finding and its suggestion as one sentence (what `formatFinding` writes). */
  sentence: string;
}

/** A finding as every adapter shows it: the core's data, its words, and where it stands. */
export interface InspectedFinding extends Finding {
  words: Partial<Record<Lang, FindingWords>>;
  /** The place of each of `paths` in the text (undefined without a text or a place). */
  at: (Position | undefined)[];
  /** The place of the suggested value. */
  suggestionAt?: Position | undefined;
}

/** An input issue with its words and place. */
export interface InspectedIssue extends InputIssue {
  words: Partial<Record<Lang, string>>;
  at?: Position | undefined;
}

/** What one input came to: unreadable text, data the model refuses, or a checked supervision. */
export type Inspection =
  | { ok: false; stage: 'syntax'; errors: SyntaxIssue[] }
  | { ok: false; stage: 'schema'; issues: InspectedIssue[] }
  | {
      ok: true;
      supervision: Supervision;
      findings: InspectedFinding[];
      counts: Record<Severity, number>;
    };

export interface InspectorOptions {
  /** The pack to check under (`resolvePack(…)`); the default pack when left out. */
  pack?: ResolvedPack | undefined;
  /** The languages to word findings and issues in; Vietnamese when left out. */
  langs?: readonly Lang[] | undefined;
}

/** The whole path from an input to worded findings, compiled once for a pack. */
export interface Inspector {
  /** The pack the inspector checks under (its id and version go with every result stored). */
  readonly pack: ResolvedPack;
  /** Reads YAML or JSON text (numbers as written, every value's line known) and inspects it. */
  text(text: string, day: CheckDay): Inspection;
  /** Inspects data already read (a stored document, a request body); `locate` if it came from a text. */
  data(data: unknown, day: CheckDay, locate?: Locate): Inspection;
}

const nowhere: Locate = () => undefined;

function wordFinding(finding: Finding, lang: Lang, wording: ExtraWording): FindingWords {
  const sentence = formatFinding(finding, lang, wording);
  const title = ruleTitle(finding.code, lang, wording);
  if (!finding.suggestion) return { title, message: sentence, sentence };
  // The messages word the suggestion after the finding; adapters show it on a line of its own.
  const message = formatFinding({ ...finding, suggestion: undefined }, lang, wording);
  const suggestion = sentence.startsWith(message) ? sentence.slice(message.length).trim() : sentence;
  return { title, message, suggestion, sentence };
}

/**
 * One function from input to worded findings, for every adapter: parse (text or data), check
 * under a pack with a rule set compiled once, word each finding and issue in the languages
 * asked, and place them in the text. Adapters then only read files or requests and render.
 *
 * @example
 * const inspector = createInspector({ langs: ['vi', 'en'] });
 * const r = inspector.text(yamlText, { now: { year: 2026, month: 11, day: 29 } });
 * if (r.ok) r.findings[0]?.words.vi?.sentence // 'Số hồ sơ đã giải quyết ghi 2.170, …'
 */
export function createInspector(options: InspectorOptions = {}): Inspector {
  const pack = options.pack ?? resolvePack();
  const langs = options.langs ?? ['vi'];
  const checker = createChecker(pack.checkOptions);
  const { wording } = pack;

  const issues = (list: readonly InputIssue[], locate: Locate): InspectedIssue[] =>
    list.map((issue) => ({
      ...issue,
      words: Object.fromEntries(langs.map((lang) => [lang, formatIssue(issue, lang)])),
      at: locate(issue.path),
    }));

  const inspect = (supervision: Supervision, day: CheckDay, locate: Locate): Inspection => {
    const found = checker.check(supervision, day);
    const findings = found.map(
      (finding): InspectedFinding => ({
        ...finding,
        words: Object.fromEntries(langs.map((lang) => [lang, wordFinding(finding, lang, wording)])),
        at: finding.paths.map(locate),
        suggestionAt: finding.suggestion ? locate(finding.suggestion.path) : undefined,
      }),
    );
    return { ok: true, supervision, findings, counts: countBySeverity(found) };
  };

  return {
    pack,
    text(text, day) {
      const read = parseSupervisionText(text);
      if (read.ok) return inspect(read.value, day, read.locate);
      if (read.stage === 'syntax') return read;
      return { ok: false, stage: 'schema', issues: issues(read.issues, read.locate) };
    },
    data(data, day, locate = nowhere) {
      const parsed = parseSupervision(data);
      if (!parsed.ok) return { ok: false, stage: 'schema', issues: issues(parsed.issues, locate) };
      return inspect(parsed.value, day, locate);
    },
  };
}
