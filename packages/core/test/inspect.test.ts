import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkSupervision } from '../src/checks/check.js';
import { formatFinding, formatIssue } from '../src/messages/index.js';
import { resolvePack } from '../src/packs/resolve.js';
import { parseSupervisionText } from '../src/parse/parse.js';
import { createInspector } from '../src/pipeline/inspect.js';

const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), 'utf8');
const day = { now: { year: 2026, month: 11, day: 29 } };
const seedText = example('diem-mac-2024.yaml');

describe('createInspector', () => {
  it('gives, from text, the findings checkSupervision gives, worded as formatFinding words them', () => {
    const r = createInspector({ langs: ['vi', 'en'] }).text(seedText, day);
    const read = parseSupervisionText(seedText);
    if (!r.ok || !read.ok) throw new Error('the example should parse');
    const expected = checkSupervision(read.value, day);
    expect(r.findings.map((f) => f.code)).toEqual(expected.map((f) => f.code));
    expect(r.findings.length).toBeGreaterThan(0);
    r.findings.forEach((finding, i) => {
      expect(finding.words.vi?.sentence).toBe(formatFinding(expected[i]!, 'vi'));
      expect(finding.words.en?.sentence).toBe(formatFinding(expected[i]!, 'en'));
    });
    expect(r.counts.error).toBe(expected.filter((f) => f.severity === 'error').length);
  });

  it('places each finding at the line of the figure it read', () => {
    const r = createInspector().text(seedText, day);
    if (!r.ok) throw new Error('the example should parse');
    const breakdown = r.findings.find((f) => f.code === 'dossier.resolved-breakdown');
    const line = breakdown?.at[0]?.line ?? 0;
    // The reported total of resolved dossiers, 2170, stands on that line of the file.
    expect(seedText.split('\n')[line - 1]).toMatch(/total: 2170$/);
  });

  it('keeps a suggestion apart from the finding, and both together in the sentence', () => {
    const r = createInspector().text(seedText, day);
    if (!r.ok) throw new Error('the example should parse');
    const suggested = r.findings.find((f) => f.suggestion);
    expect(suggested).toBeDefined();
    const words = suggested?.words.vi;
    expect(words?.sentence).toBe(`${words?.message} ${words?.suggestion}`);
    expect(suggested?.suggestionAt?.line).toBeGreaterThan(0);
  });

  it('words only the languages asked', () => {
    const r = createInspector({ langs: ['en'] }).text(seedText, day);
    if (!r.ok) throw new Error('the example should parse');
    expect(Object.keys(r.findings[0]?.words ?? {})).toEqual(['en']);
  });

  it('stops at a syntax error with its line, and names each field the model refuses with its line', () => {
    expect(createInspector().text('a: [1, 2\nb: 3', day)).toMatchObject({ ok: false, stage: 'syntax' });
    const broken = seedText.replace(/^year: .*$/m, 'year: hai nghìn');
    const r = createInspector({ langs: ['vi', 'en'] }).text(broken, day);
    if (r.ok || r.stage !== 'schema') throw new Error('a wrong year should be refused by the schema');
    const issue = r.issues.find((i) => i.path.join('.') === 'year');
    expect(issue?.words.vi).toBe(formatIssue(issue!, 'vi'));
    expect(issue?.words.en).toBe(formatIssue(issue!, 'en'));
    expect(broken.split('\n')[(issue?.at?.line ?? 0) - 1]).toMatch(/^year: hai nghìn/);
  });

  it('inspects data already read, without places', () => {
    const read = parseSupervisionText(seedText);
    if (!read.ok) throw new Error('the example should parse');
    const r = createInspector().data(read.data, day);
    if (!r.ok) throw new Error('the example should parse');
    expect(r.findings.every((f) => f.at.every((p) => p === undefined))).toBe(true);
  });

  it("checks under a province's pack, with its rules, switches and wording", () => {
    const pack = resolvePack(parseYaml(example('packs/phuong-thai-nguyen.yaml')));
    const inspector = createInspector({ pack });
    expect(inspector.pack.pack.id).toBe('tn');
    expect(inspector.pack.rules.map((r) => r.code)).toContain('tn.dossier.online-share');
    const r = inspector.text(seedText, day);
    const read = parseSupervisionText(seedText);
    if (!r.ok || !read.ok) throw new Error('the example should parse');
    const expected = checkSupervision(read.value, { ...day, ...pack.checkOptions });
    expect(r.findings.map((f) => f.code)).toEqual(expected.map((f) => f.code));
    expect(r.findings.map((f) => f.code)).not.toContain('dossier.apologies');
    r.findings.forEach((finding, i) => {
      expect(finding.words.vi?.sentence).toBe(formatFinding(expected[i]!, 'vi', pack.wording));
    });
    // The pack rewords a core rule: its title and sentence are the pack's.
    const balance = r.findings.find((f) => f.code === 'dossier.balance');
    expect(balance?.words.vi?.title).toBe('Hồ sơ tiếp nhận bằng đã giải quyết cộng đang giải quyết');
    expect(balance?.words.vi?.message).toMatch(/^Phường ghi tiếp nhận/);
  });
});
