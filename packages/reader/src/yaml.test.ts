import { checkSupervision, parseSupervisionText } from '@diemmac/core';
import { describe, expect, it } from 'vitest';
import { NOW, seedText } from '../test/seed.js';
import { checkNotice, readNoticeText } from './read.js';
import { draftYaml } from './yaml.js';

const reading = readNoticeText(seedText(), 'txt');
const yaml = draftYaml(reading, '000_53488146ee78dd7d.txt');

describe('draftYaml', () => {
  it('names the source paragraph and line of each value in a comment', () => {
    expect(yaml).toMatch(/total: "2170" # đoạn 74, dòng 150/);
    expect(yaml).toMatch(/^# Bản nháp do diemmac đọc từ "000_53488146ee78dd7d.txt"/);
  });

  it('is a supervision the core reads, whose check gives the findings of the notice itself', () => {
    const parsed = parseSupervisionText(yaml);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const fromDraft = checkSupervision(parsed.value, { now: NOW }).map((f) => f.code);
    const fromNotice = checkNotice(reading, { now: NOW })
      .findings.filter((f) => !f.code.startsWith('text.'))
      .map((f) => f.code);
    expect(fromDraft).toEqual(fromNotice);
  });
});
