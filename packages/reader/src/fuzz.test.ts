// Notices as councils type them, broken in the ways typing breaks them: whatever the text, the
// reader reads it, the checks run, and every finding is worded in both languages. A rule that
// throws is a crash to the user even though the checker catches it, so it counts as one here.
import { checkSupervision, RULE_FAILED, type Rule } from '@diemmac/core';
import { buildNotice, toDocx, toMarkdown } from '@diemmac/notice';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzzNotices, ownNotices } from '../../../scripts/fuzz-lib.mjs';
import { EXAMPLES, example } from '../test/examples.js';
import { NOW, seedText } from '../test/seed.js';
import { formatNoticeFinding } from './messages/index.js';
import { checkNotice, readNoticeHtml, readNoticeText } from './read.js';

const api = { readNoticeText, readNoticeHtml, checkNotice, formatNoticeFinding, RULE_FAILED };

type Base = [string, string, 'txt' | 'md' | 'html'];

/** The seed as typed, and our own notice of each example (see `ownNotices`). */
async function bases(): Promise<Base[]> {
  const own = await ownNotices(
    EXAMPLES.map((name) => [name, example(name)]),
    {
      now: NOW,
      api: { checkSupervision, buildNotice, toMarkdown, toDocx, convertToHtml: mammoth.convertToHtml },
    },
  );
  return [['seed.txt', seedText(), 'txt'], ...own];
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
