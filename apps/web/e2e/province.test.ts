import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, horizontalOverflow, launch, signIn } from './browser.js';
import { APP_DIR, type RunningServer, startServer } from './server.js';

// The province's view ("Tổng hợp") with three communes: the seeded Điềm Mặc 2024 notice, the
// clean Thanh Bình 2025 example and Yên Lạc, made from Thanh Bình's text with other figures.
const ADMIN = { email: 'chutich@diemmac.test', password: 'mật-khẩu-quản-trị' };
const ROOT = join(APP_DIR, '..', '..');
const DOCS = join(ROOT, 'docs');
const clean = readFileSync(join(ROOT, 'examples', 'thanh-binh-2025.yaml'), 'utf8');
const yenLac = clean
  .replaceAll('Thanh Bình', 'Yên Lạc')
  .replace('id: thanh-binh-2025-cchc', 'id: yen-lac-2025-cchc')
  .replace(
    "resolved: { total: 1.230, early: 845, onTime: 380, late: '05' }",
    'resolved: { total: 1.230, early: 800, onTime: 420, late: 10 }',
  )
  .replace("total: '95,42'", "total: '90,5'");

async function importYaml(page: Page, yaml: string): Promise<number> {
  return page.evaluate(async (body) => {
    const csrf = /diemmac_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
    const res = await fetch('/api/supervisions/import', {
      method: 'POST',
      headers: { 'content-type': 'application/yaml', 'x-csrf-token': decodeURIComponent(csrf) },
      body,
    });
    return res.status;
  }, yaml);
}

describe.skipIf(!existsSync(CHROMIUM))("the province's view in the browser", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows three communes with their on-time rates, filters by year, and offers the exports', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, server.base, ADMIN);
    expect(await importYaml(page, clean)).toBe(201);
    expect(await importYaml(page, yenLac)).toBe(201);

    await page.click('nav >> text=Tổng hợp');
    await page.waitForSelector('[data-testid=province-communes] tbody tr');
    const rows = await page.$$eval('[data-testid=province-communes] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(rows.map((r) => [r[0], r[6], r[7]])).toEqual([
      ['Điềm Mặc', '99,91', '87,81'],
      ['Thanh Bình', '99,59', '95,42'],
      ['Yên Lạc', '99,19', '90,5'],
    ]);
    await page.waitForSelector('[data-chart=on-time] canvas');
    mkdirSync(DOCS, { recursive: true });
    await page.screenshot({ path: join(DOCS, 'province-desk.png'), fullPage: true });

    await page.selectOption('[data-testid=filter-year]', '2025');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid=province-communes] tbody tr').length === 2,
    );
    expect(await page.getAttribute('[data-testid=export-xlsx]', 'href')).toBe(
      '/api/summary/export.xlsx?year=2025&lang=vi',
    );
    const xlsx = await page.evaluate(async () => {
      const res = await fetch('/api/summary/export.xlsx?year=2025');
      return [res.status, res.headers.get('content-type')];
    });
    expect(xlsx[0]).toBe(200);
    expect(xlsx[1]).toContain('spreadsheetml');

    // The day is typed the Vietnamese way, whatever the browser's locale, and the view follows it.
    await page.fill('[data-testid=filter-as-of]', '30/06/2025');
    await page.waitForFunction(() => document.querySelector('main')?.textContent?.includes('30/06/2025'));
    expect(await page.getAttribute('[data-testid=export-xlsx]', 'href')).toBe(
      '/api/summary/export.xlsx?year=2025&asOf=30%2F06%2F2025&lang=vi',
    );

    // On a phone nothing but the wide tables (which scroll on their own) reaches past the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(DOCS, 'province-phone.png'), fullPage: true });
    await context.close();
  });
});
