import { checkSupervision, FINDING_CODES, parseSupervision } from '@diemmac/core';
import { describe, expect, it } from 'vitest';
import { exampleSentences } from '../commands/explain.js';
import { baseSupervision, EXAMPLE_DAY, EXAMPLES, withFragment } from './examples.js';

const check = (input: unknown) => {
  const parsed = parseSupervision(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return checkSupervision(parsed.value, { now: EXAMPLE_DAY });
};

describe('the explain examples', () => {
  it('start from a supervision with nothing to find', () => {
    expect(check(baseSupervision())).toEqual([]);
  });

  it('cover every rule of the catalogue', () => {
    expect(FINDING_CODES.filter((code) => !EXAMPLES[code])).toEqual([]);
  });

  it.each(Object.keys(EXAMPLES))('%s: the example makes that rule, and only it, speak', (code) => {
    const codes = check(withFragment(EXAMPLES[code]!)).map((f) => f.code);
    expect(codes).toEqual([code]);
  });
});

describe('exampleSentences', () => {
  it.each(Object.keys(EXAMPLES))('%s: words the example in Vietnamese and English', (code) => {
    const [vi] = exampleSentences(code, 'vi');
    const [en] = exampleSentences(code, 'en');
    expect(vi).toMatch(/\S/);
    expect(en).toMatch(/\S/);
    expect(vi).not.toBe(en);
  });
});
