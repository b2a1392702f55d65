import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { PACK_FILE, wardNotice } from '../src/server/test/ward.js';
import { CHROMIUM, createAccount, launch, signIn } from './browser.js';
import { APP_DIR, type RunningServer, startServer } from './server.js';

const ADMIN = { email: 'chutich@diemmac.test', password: 'mật-khẩu-quản-trị' };
const VIEWER = {
  email: 'xem@diemmac.test',
  password: 'người-xem-2025-mới',
  name: 'Trần Văn Xem',
  role: 'viewer',
};
const DOCS = join(APP_DIR, '..', '..', 'docs');
const shot = async (page: Page, name: string) => {
  mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: join(DOCS, name), fullPage: true });
};

describe.skipIf(!existsSync(CHROMIUM))('an administrator installs a province pack in the browser', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await createAccount(server.base, ADMIN, VIEWER);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('sees a broken pack refused field by field in Vietnamese, installs the example pack, uses it, and a supervision names it', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, server.base, ADMIN);
    await page.click('nav a[href="/packs"]');
    await page.waitForSelector('[data-testid=packs]');
    await expect(page.textContent('[data-pack=diemmac]')).resolves.toContain('Đang dùng');

    // Pasted with a wrong operator: nothing is installed, the field path and the reason are shown.
    const text = readFileSync(PACK_FILE, 'utf8');
    await page.fill('[data-testid=pack-text]', text.replace("operator: '>='", "operator: '=>'"));
    await page.click('form.card button[type=submit]');
    await page.waitForSelector('[data-testid=pack-message]');
    const refused = await page.textContent('[data-testid=pack-message]');
    expect(refused).toContain('Bộ quy tắc chưa hợp lệ');
    expect(refused).toContain('rules.0.operator');

    // The file itself, then "use this pack".
    await page.setInputFiles('[data-testid=pack-file]', PACK_FILE);
    await page.waitForSelector(
      '[data-testid=pack-message]:has-text("Đã cài bộ quy tắc tn, phiên bản 2025.2")',
    );
    await page.click('[data-pack="tn@2025.2"] button');
    await page.waitForSelector('[data-pack="tn@2025.2"] .in-use');
    await expect(page.textContent('[data-testid=pack-message]')).resolves.toContain(
      'Từ nay các cuộc giám sát được kiểm tra theo tn, phiên bản 2025.2.',
    );
    await shot(page, 'packs.png');

    // A ward's notice imported now is checked under the pack, live in the page too.
    const id = await page.evaluate(
      async (yaml) => {
        const csrf = /diemmac_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '';
        const res = await fetch('/api/supervisions/import', {
          method: 'POST',
          headers: { 'content-type': 'application/yaml', 'x-csrf-token': decodeURIComponent(csrf) },
          body: yaml,
        });
        return ((await res.json()) as { supervision: { id: number } }).supervision.id;
      },
      YAML.stringify(wardNotice('phuong-vi-du-2025')),
    );
    await page.goto(`${server.base}/s/${id}`);
    await page.waitForSelector('[data-testid=pack]');
    await expect(page.textContent('[data-testid=pack]')).resolves.toBe(
      'Kiểm tra theo bộ quy tắc: tn, phiên bản 2025.2',
    );
    const rule = page.locator('.finding[data-code="tn.staffing.under-quota"]').first();
    await rule.waitFor();
    await expect(rule.textContent()).resolves.toContain(
      'Biên chế hiện có đạt ít nhất 90% biên chế được giao',
    );
    await expect(
      page.locator('.finding[data-code="dossier.balance"]').first().textContent(),
    ).resolves.toContain('Phường ghi tiếp nhận 100 hồ sơ');
    await shot(page, 'pack-supervision.png');

    // Pinned to this version, it says so (and stays under it when another version is chosen).
    await page.selectOption('[data-testid=pack-pin]', { label: 'tn 2025.2' });
    await page.waitForSelector('[data-testid=pack]:has-text("cố định cho cuộc giám sát này")');
    await context.close();
  });

  it('is not offered to anyone but an administrator', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, server.base, VIEWER);
    expect(await page.locator('nav a[href="/packs"]').count()).toBe(0);
    await page.goto(`${server.base}/packs`);
    await page.waitForSelector('[data-testid=supervision-list]');
    expect(await page.locator('[data-testid=packs]').count()).toBe(0);
    await context.close();
  });
});
