// Notices as councils type them, broken in the ways typing breaks them: whatever the text, the
// reader reads it, the checks run, and every finding is worded in both languages. A rule that
// throws is a crash to the user even though the checker catches it, so it counts as one here.
import { checkSupervision, RULE_FAILED, type Rule } from '@diemmac/core';
import { buildNotice, toMarkdown } from '@diemmac/notice';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzNotices } from '../../../scripts/fuzz-lib.mjs';
import { EXAMPLES, example, exampleDocx } from '../test/examples.js';
import { NOW, seedText } from '../test/seed.js';
import { formatNoticeFinding } from './messages/index.js';
import { checkNotice, readNoticeHtml, readNoticeText } from './read.js';

const api = { readNoticeText, readNoticeHtml, checkNotice, formatNoticeFinding, RULE_FAILED };

type Base = [string, string, 'txt' | 'md' | 'html'];

/**
 * The seed as typed, and our own notice of each example as Markdown and as the HTML mammoth makes
 * of its .docx (what an uploaded .docx is read through).
 */
async function bases(): Promise<Base[]> {
  const out: Base[] = [['seed.txt', seedText(), 'txt']];
  for (const name of EXAMPLES) {
    const model = example(name);
    const doc = buildNotice(model, { findings: checkSupervision(model, { now: NOW }), annex: true });
    const { value: html } = await mammoth.convertToHtml({
      buffer: Buffer.from(await exampleDocx(name, NOW)),
    });
    out.push([`${name}.md`, toMarkdown(doc), 'md'], [`${name}.docx`, html, 'html']);
  }
  return out;
}

let all: Base[];
beforeAll(async () => {
  all = await bases();
}, 120_000);

describe('the seeded fuzz run of notices as written (npm run fuzz does more)', () => {
  it('reads and checks 150 mutated notices with no exception and no rule failed', () => {
    const result = fuzzNotices({ bases: all, runs: 150, seed: 20_261_201, api, now: NOW });
    expect(result.failures).toEqual([]);
    expect(result.exceptions).toBe(0);
    // The edits leave most notices readable enough for the checks to run on what was read.
    expect(result.checked).toBeGreaterThan(100);
  }, 300_000);

  it('counts a rule that throws on what it reads as a failure', () => {
    const throwing: Rule = {
      code: 'test.throws',
      severity: 'warning',
      reads: [],
      run: () => {
        throw new Error('boom');
      },
    };
    const result = fuzzNotices({
      bases: all,
      runs: 6,
      seed: 1,
      api: {
        ...api,
        checkNotice: (reading, options) => checkNotice(reading, { ...options, extraRules: [throwing] }),
      },
      now: NOW,
    });
    // Every input the checks ran on met the rule, and each was counted.
    expect(result.checked).toBeGreaterThan(0);
    expect(result.exceptions).toBe(result.checked);
    expect(result.failures[0]?.error).toContain('rule test.throws failed: boom');
  });
});
