import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNotice } from '../src/build.js';
import { toHtml } from '../src/html.js';
import { example } from './fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping the PDF tests: no Chromium at ${CHROMIUM} (set CHROMIUM_PATH)`);

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

// 1 pt = 1/72 in; A4 is 210 × 297 mm.
const A4 = { width: (210 / 25.4) * 72, height: (297 / 25.4) * 72 };

describe.skipIf(!hasChromium)('toHtml printed to PDF by Chromium', () => {
  let browser: Browser;
  let pdf: string;
  let overflow: string[];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const { model, findings } = example('diem-mac-2024.yaml');
    const page = await browser.newPage();
    await page.setContent(toHtml(buildNotice(model, { findings, annex: true, amountsInWords: true })));
    pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    // The printable width of A4 less the margins: 210 − 30 − 15 = 165 mm, 623 CSS pixels.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 623, height: 900 });
    // A string, not a function: the package compiles without the DOM library.
    overflow = await page.evaluate<string[]>(`(() => {
      const main = document.querySelector('main')?.getBoundingClientRect();
      if (!main) return ['no <main>'];
      return [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().right > main.right + 0.5)
        .map((e) => e.tagName + '.' + e.className + ': ' + (e.textContent ?? '').slice(0, 40));
    })()`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints every page on A4', () => {
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(boxes.length).toBeGreaterThan(5);
    for (const [w = 0, h = 0] of boxes) {
      expect(Math.abs(w - A4.width)).toBeLessThan(1);
      expect(Math.abs(h - A4.height)).toBeLessThan(1);
    }
  });

  it('sets every letter, Vietnamese ones included, in Times New Roman or Liberation Serif: no fallback font', () => {
    const fonts = new Set([...pdf.matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]));
    expect(fonts.size).toBeGreaterThan(0);
    expect([...fonts].filter((f) => !/^(LiberationSerif|TimesNewRoman)/.test(f ?? ''))).toEqual([]);
  });

  it('keeps everything inside the printable width', () => {
    expect(overflow).toEqual([]);
  });
});
