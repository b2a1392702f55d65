import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readText } from '@diemmac/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launch, signIn } from './browser.js';
import { APP_DIR, type RunningServer, startServer } from './server.js';

const ADMIN = { email: 'chutich@diemmac.test', password: 'mật-khẩu-quản-trị' };
const DOCS = join(APP_DIR, '..', '..', 'docs');

// The clean example (Thanh Bình 2025): 380 dossiers resolved on time and 05 late in 01/01–30/9/2025.
const example = () => {
  const read = readText(readFileSync(join(APP_DIR, '..', '..', 'examples', 'thanh-binh-2025.yaml'), 'utf8'));
  if (!read.ok) throw new Error('the clean example must read');
  return read.data;
};

/** A register whose recount gives the example's figures, with `late` dossiers late (5 agrees). */
function register(late: number): string {
  const rows = ['STT,Mã hồ sơ,Ngày tiếp nhận,Ngày hẹn trả,Ngày có kết quả,Hình thức nộp'];
  const channels = [
    ...Array(1102).fill('Trực tuyến'),
    ...Array(96).fill('Trực tiếp'),
    ...Array(20).fill('Bưu chính công ích'),
    ...Array(30).fill('Trực tiếp'),
  ] as string[];
  channels.forEach((channel, i) => {
    const received = i >= 1218 ? '20/12/2024' : '15/03/2025';
    const [due, resolved] =
      i < 845
        ? ['20/03/2025', '18/03/2025']
        : i < 1230 - late
          ? ['20/03/2025', '20/03/2025']
          : i < 1230
            ? ['20/03/2025', '25/03/2025']
            : i < 1246
              ? ['05/10/2025', '']
              : ['20/09/2025', ''];
    rows.push(`${i + 1},H-${i + 1},${received},${due},${resolved},${channel}`);
  });
  return `${rows.join('\n')}\n`;
}

describe.skipIf(!existsSync(CHROMIUM))('a secretary checks the notice against the dossier register', () => {
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

  const upload = async (page: Page, name: string, text: string) => {
    await page.setInputFiles('[data-testid=register-file]', {
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    await page.waitForSelector('[data-testid=recount-result]');
  };

  it('sees a finding at the figure a register counts otherwise, and none for one that agrees', async () => {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, server.base, ADMIN);
    const id = await page.evaluate(async (document) => {
      const csrf = /diemmac_csrf=([^;]+)/.exec(window.document.cookie)?.[1] ?? '';
      const res = await fetch('/api/supervisions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ document }),
      });
      return ((await res.json()) as { supervision: { id: number } }).supervision.id;
    }, example());
    await page.goto(`${server.base}/s/${id}`);
    await page.waitForSelector('[data-testid=register-recount]');

    await upload(page, 'so-theo-doi-lech.csv', register(6));
    const findings = page.locator('[data-testid=recount-result] li[data-code="register.differs"]');
    await expect.poll(() => findings.count()).toBe(2);
    expect(await findings.nth(1).textContent()).toContain(
      'Sổ theo dõi hồ sơ đếm được 6 hồ sơ giải quyết quá hạn trong kỳ 01/01/2025 – 30/09/2025, nhưng thông báo ghi 5.',
    );
    expect(await findings.nth(1).getAttribute('data-figure')).toMatch(/figures\.0\.resolved\.late$/);
    mkdirSync(DOCS, { recursive: true });
    await page.locator('[data-testid=register-recount]').screenshot({ path: join(DOCS, 'recount.png') });

    await upload(page, 'so-theo-doi-khop.csv', register(5));
    await expect
      .poll(() => page.locator('[data-testid=recount-agrees]').textContent())
      .toContain('khớp với sổ theo dõi');
    expect(await findings.count()).toBe(0);
    await page.close();
  }, 120_000);
});
