import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '@diemmac/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiSession,
  axe,
  CHROMIUM,
  createAccount,
  horizontalOverflow,
  launch,
  overflowing,
  signIn,
} from './browser.js';
import { APP_DIR, type RunningServer, startServer } from './server.js';
import { docxText } from './zip.js';

const ADMIN = { email: 'chutich@diemmac.test', password: 'mật-khẩu-quản-trị' };
const SECRETARY = {
  email: 'thuky.theodoi@diemmac.test',
  password: 'thư-ký-theo-dõi-2025',
  name: 'Lê Thị Hoa',
  role: 'secretary',
};
const DOCS = join(APP_DIR, '..', '..', 'docs');
const shot = async (page: Page, name: string, fullPage = false) => {
  mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: join(DOCS, name), fullPage });
};

/** A day some days from today in the council's zone, written dd/mm/yyyy (the server counts from the same day). */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

/** The Điềm Mặc example, issued, with one recommendation overdue by 30 days and one due in 12. */
function issuedSupervision() {
  const read = readText(readFileSync(join(APP_DIR, '..', '..', 'examples', 'diem-mac-2024.yaml'), 'utf8'));
  if (!read.ok) throw new Error('the example must read');
  const doc = read.data as {
    id: string;
    documents: { conclusion: Record<string, unknown> };
    recommendations: unknown;
  };
  doc.id = 'diem-mac-2024-theo-doi';
  doc.documents.conclusion = { ...doc.documents.conclusion, number: '15', date: '20/11/2024' };
  doc.recommendations = [
    {
      addressee: 'Lãnh đạo UBND xã',
      content: 'Rà soát, giải quyết dứt điểm các hồ sơ trễ hạn',
      deadline: dayFromToday(-30),
    },
    {
      addressee: 'Công chức Văn phòng - Thống kê',
      content: 'Mở sổ theo dõi tiếp nhận và trả kết quả theo đúng quy định',
      deadline: dayFromToday(12),
    },
  ];
  return doc;
}

/** Signs in through the API and stores a supervision; returns its id. */
async function store(base: string, who: { email: string; password: string }, document: unknown) {
  const call = await apiSession(base, who);
  const res = await call('POST', '/api/supervisions', { document });
  expect(res.status, await res.clone().text()).toBe(201);
  return ((await res.json()) as { supervision: { id: number } }).supervision.id;
}

const rowOf = (page: Page, index: number) =>
  page.locator(
    `[data-testid=followup-list] tr[data-supervision="diem-mac-2024-theo-doi"][data-index="${index}"]`,
  );

describe.skipIf(!existsSync(CHROMIUM))(
  'a secretary follows up the recommendations of an issued notice',
  () => {
    let server: RunningServer;
    let browser: Browser;
    let id = 0;

    beforeAll(async () => {
      server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
      await createAccount(server.base, ADMIN, SECRETARY);
      id = await store(server.base, ADMIN, issuedSupervision());
      browser = await launch();
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    it('records "hoàn thành" for an overdue recommendation, which then leaves the overdue list', async () => {
      const context = await browser.newContext({
        viewport: { width: 1366, height: 900 },
        locale: 'vi-VN',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await signIn(page, server.base, SECRETARY);

      await page.click('nav >> text=Theo dõi kiến nghị');
      await page.waitForSelector('[data-testid=followup-list]');
      await expect(page.textContent('[data-testid=followup-summary]')).resolves.toBe(
        '2 kiến nghị đang mở, 1 quá hạn.',
      );
      // Most overdue first, the days in words.
      await expect(rowOf(page, 0).locator('.days').textContent()).resolves.toBe('quá hạn 30 ngày');
      await expect(rowOf(page, 1).locator('.days').textContent()).resolves.toBe('còn 12 ngày');
      const order = await page.$$eval('[data-testid=followup-list] tbody tr', (rows) =>
        rows.map((r) => (r as HTMLElement).dataset.index),
      );
      expect(order).toEqual(['0', '1']);
      // Filtered by addressee: only the office's recommendation.
      await page.fill('#f-addressee', 'văn phòng');
      await page.click('[data-testid=followup-filter] button[type=submit]');
      await page.waitForSelector(
        '[data-testid=followup-summary]:has-text("1 kiến nghị đang mở, 0 quá hạn.")',
      );
      // As of forty days ago the first one was not yet due.
      await page.fill('#f-addressee', '');
      await page.fill('#f-asof', dayFromToday(-40));
      await page.click('[data-testid=followup-filter] button[type=submit]');
      await page.waitForSelector(
        '[data-testid=followup-summary]:has-text("2 kiến nghị đang mở, 0 quá hạn.")',
      );
      await expect(rowOf(page, 0).locator('.days').textContent()).resolves.toBe('còn 10 ngày');
      await page.fill('#f-asof', '');
      await page.click('[data-testid=followup-filter] button[type=submit]');
      await page.waitForSelector(
        '[data-testid=followup-summary]:has-text("2 kiến nghị đang mở, 1 quá hạn.")',
      );
      const topbar = await page.$eval('.topbar', (e) => e.getBoundingClientRect().height);
      expect(topbar, 'top bar at 1366px').toBeLessThan(60);
      await shot(page, 'web-1366-followups.png');

      // From the list to the supervision's panel, where the response is recorded.
      await rowOf(page, 0).locator('a').click();
      await page.waitForURL(new RegExp(`/s/${id}#kien-nghi$`));
      await page.waitForSelector('[data-testid=followup-panel] li[data-index="0"][data-status=pending]');
      await page.click('[data-testid=record-0]');
      await page.selectOption('#rec-0-status', 'done');
      await page.fill('#rec-0-note', 'Đã giải quyết xong 12 hồ sơ trễ hạn, có văn bản xin lỗi.');
      await page.fill('#rec-0-number', '15/BC-UBND');
      await page.fill('#rec-0-rdate', dayFromToday(-1));
      await page.locator('[data-testid=record-form-0]').scrollIntoViewIfNeeded();
      await shot(page, 'web-1366-followup-record.png');
      await page.click('[data-testid=record-save-0]');
      await page.waitForSelector('[data-testid=followup-panel] li[data-index="0"][data-status=done]');
      // biome-ignore lint/performance/useDomNodeTextContent: what is on screen
      const history = await page.innerText('[data-testid=followup-panel] li[data-index="0"]');
      expect(history).toContain('hoàn thành');
      // The report on the recommendations, in the Decree 30 layout, names the response document.
      const [report] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid=followup-report]'),
      ]);
      const text = docxText(readFileSync(await report.path()));
      expect(text).toContain('BÁO CÁO');
      expect(text).toContain('15/BC-UBND');

      await page.click('nav >> text=Theo dõi kiến nghị');
      await page.waitForSelector(
        '[data-testid=followup-summary]:has-text("1 kiến nghị đang mở, 0 quá hạn.")',
      );
      await expect(rowOf(page, 0).count()).resolves.toBe(0);
      await expect(rowOf(page, 1).count()).resolves.toBe(1);
      // The list as a file: the one open recommendation left, under Vietnamese headings.
      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.click('[data-testid=export-csv]'),
      ]);
      const lines = readFileSync(await csv.path(), 'utf8')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toContain('Nội dung kiến nghị');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain('Mở sổ theo dõi tiếp nhận');
      await context.close();
    });

    it('reads on a phone: the list as cards, the response form in one column, no sideways scrolling', async () => {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        locale: 'vi-VN',
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        // axe-core is injected as an inline script, which the app's CSP forbids.
        bypassCSP: true,
      });
      const page = await context.newPage();
      await signIn(page, server.base, SECRETARY);
      await page.goto(`${server.base}/kien-nghi`);
      await page.waitForSelector('[data-testid=followup-list]');
      expect(await horizontalOverflow(page), `list: ${await overflowing(page)}`).toBeLessThanOrEqual(0);
      await shot(page, 'web-390-followups.png');
      expect((await axe(page, 'followups')).serious).toEqual([]);

      await page.goto(`${server.base}/s/${id}#kien-nghi`);
      await page.waitForSelector('[data-testid=followup-panel] li[data-index="1"]');
      await page.click('[data-testid=record-1]');
      await page.waitForSelector('[data-testid=record-form-1]');
      await page.locator('[data-testid=record-form-1]').scrollIntoViewIfNeeded();
      expect(await horizontalOverflow(page), `panel: ${await overflowing(page)}`).toBeLessThanOrEqual(0);
      await shot(page, 'web-390-followup-record.png');
      expect((await axe(page, 'followup panel')).serious).toEqual([]);
      await context.close();
    });
  },
);
