import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, createAccount, launch } from './browser.js';
import { APP_DIR, type RunningServer, startServer } from './server.js';
import { docxText } from './zip.js';

const ADMIN = { email: 'chutich@diemmac.test', password: 'mật-khẩu-quản-trị' };
const VIEWER = { email: 'khach@diemmac.test', password: 'mật-khẩu-người-xem' };
const RESOLVED = '[data-path="sections.1.sections.1.sections.1.figures.0.resolved.total"]';
const DOSSIER_BLOCK = '[data-block="sections.1.sections.1.sections.1.figures.0"]';
const SCREENSHOT = join(APP_DIR, '..', '..', 'docs', 'web-supervision.png');

if (!existsSync(CHROMIUM)) {
  console.warn(
    `[diemmac web e2e] skipped: no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`,
  );
}

/** Signs in through the API as the administrator and creates the viewer account. */
async function createViewer(base: string): Promise<void> {
  await createAccount(base, ADMIN, { ...VIEWER, name: 'Người xem', role: 'viewer' });
}

async function signIn(page: Page, base: string, who: { email: string; password: string }) {
  await page.goto(`${base}/`);
  await page.fill('input[name=email]', who.email);
  await page.fill('input[name=password]', who.password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=supervision-list]');
}

async function openExample(page: Page) {
  await page.click('[data-testid=supervision-list] a:has-text("Kết luận giám sát")');
  await page.waitForSelector('[data-testid=findings-panel] [data-testid=finding-counts]');
}

const panelCodes = (page: Page) =>
  page.$$eval('[data-testid=findings-panel] .finding', (els) => els.map((e) => e.getAttribute('data-code')));

async function serverCodes(page: Page, base: string): Promise<string[]> {
  const res = await page.request.get(`${base}/api/supervisions/1`);
  const body = (await res.json()) as { findings: { code: string }[] };
  return body.findings.map((f) => f.code);
}

describe.skipIf(!existsSync(CHROMIUM))('the web app in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await createViewer(server.base);
    browser = await launch();
    context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
      locale: 'vi-VN',
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('prints the address and the first sign-in at start', () => {
    expect(server.output()).toContain('diemmac đang chạy tại http://localhost:');
    expect(server.output()).toContain(`Đăng nhập lần đầu (first sign-in): ${ADMIN.email}`);
    expect(server.output()).toContain('Đã nạp ví dụ Điềm Mặc 2024');
  });

  it('signs in and opens the Điềm Mặc example, whose findings in the browser match the server', async () => {
    await signIn(page, server.base, ADMIN);
    await expect(page.textContent('[data-testid=supervision-list]')).resolves.toContain(
      'Hội đồng nhân dân xã Điềm Mặc',
    );
    await openExample(page);
    const codes = await panelCodes(page);
    expect(codes).toContain('dossier.resolved-breakdown');
    expect(codes).toContain('dossier.balance');
    expect(codes).toEqual(await serverCodes(page, server.base));
  });

  it('changing "resolved" from 2170 to 2169 makes the two dossier findings disappear as one types', async () => {
    await page.click('[data-tab=sections]');
    const input = page.locator(RESOLVED);
    await expect(input.inputValue()).resolves.toBe('2.170');
    await expect(page.locator(`${DOSSIER_BLOCK} [data-code="dossier.balance"]`).count()).resolves.toBe(1);
    // The page as a secretary sees it: the dossier errors beside the figures, with the suggestion.
    await page.evaluate(() =>
      document
        .querySelector('[data-block="sections.1.sections.1.sections.1.figures.0"]')
        ?.closest('article')
        ?.scrollIntoView(),
    );
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
    }
    await input.fill('2169');
    await page.waitForFunction(
      () => !document.querySelector('[data-testid=findings-panel] [data-code^="dossier."]'),
      undefined,
      { timeout: 5000 },
    );
    await expect(page.locator(`${DOSSIER_BLOCK} [data-code^="dossier."]`).count()).resolves.toBe(0);

    await page.click('[data-testid=save]');
    await page.waitForSelector('[data-testid=notice]:has-text("Đã lưu")');
    await expect(page.textContent('[data-testid=version]')).resolves.toBe('Phiên bản 2');
    // The server, checking the saved document on its own, agrees with the browser.
    expect(await panelCodes(page)).toEqual(await serverCodes(page, server.base));
  });

  it('refuses a stale save from a second page with the conflict message, then merges both edits', async () => {
    const other = await context.newPage();
    await other.goto(`${server.base}/s/1`);
    await other.waitForSelector('[data-testid=findings-panel] [data-testid=finding-counts]');
    await expect(other.textContent('[data-testid=version]')).resolves.toBe('Phiên bản 2');

    // The first page saves version 3 while the second still holds version 2.
    await page.click('[data-tab=general]');
    await page.fill(
      '[data-path="closing"]',
      'Trên đây là Thông báo kết luận giám sát (bản sửa của trang thứ nhất)./.',
    );
    await page.click('[data-testid=save]');
    await page.waitForSelector('[data-testid=version]:has-text("Phiên bản 3")');

    await other.click('[data-tab=general]');
    await other.fill('[data-path="signature.signer"]', 'Phùng Văn Đại (trang thứ hai)');
    await other.click('[data-testid=save]');
    const conflict = other.locator('[data-testid=conflict]');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain('Xung đột phiên bản');
    await expect(conflict.textContent()).resolves.toContain('Chưa có gì bị ghi đè');
    const stored = (await (await other.request.get(`${server.base}/api/supervisions/1`)).json()) as {
      supervision: { version: number; document: { closing: string; signature: { signer: string } } };
    };
    expect(stored.supervision.version).toBe(3);
    expect(stored.supervision.document.signature.signer).toBe('Phùng Văn Đại');

    await other.click('[data-testid=conflict-merge]');
    await other.click('[data-testid=save]');
    await other.waitForSelector('[data-testid=version]:has-text("Phiên bản 4")');
    const merged = (await (
      await other.request.get(`${server.base}/api/supervisions/1`)
    ).json()) as typeof stored;
    expect(merged.supervision.document.closing).toContain('bản sửa của trang thứ nhất');
    expect(merged.supervision.document.signature.signer).toBe('Phùng Văn Đại (trang thứ hai)');
    await other.close();
  });

  it('downloads the notice as a .docx holding the saved figures', async () => {
    await page.reload();
    await page.waitForSelector('[data-testid=findings-panel] [data-testid=finding-counts]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=download-docx]'),
    ]);
    expect(download.suggestedFilename()).toBe('thong-bao-diem-mac-2024-cchc.docx');
    const file = await download.path();
    const text = docxText(readFileSync(file));
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Điềm Mặc');
    expect(text).toContain('Phùng Văn Đại (trang thứ hai)');
    // The dossier table of the notice carries the corrected figure.
    expect(text).toMatch(/Đã giải quyết\n2\.169/);
    expect(text).not.toContain('2.170');
  });

  it("imports a YAML file with the core's messages at the fields, then saves it once fixed", async () => {
    const example = readFileSync(join(APP_DIR, '..', '..', 'examples', 'diem-mac-2024.yaml'), 'utf8');
    const broken = example
      .replace('id: diem-mac-2024-cchc', 'id: diem-mac-2024-ban-sao')
      .replace(/(resolved:\n\s+total: )2170/, '$1hai nghìn');
    expect(broken).toContain('total: hai nghìn');
    await page.goto(`${server.base}/`);
    await page.waitForSelector('[data-testid=supervision-list]');
    await page.setInputFiles('[data-testid=import-new]', {
      name: 'ban-sao.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(broken),
    });
    await page.waitForURL('**/new');
    const field = page.locator(RESOLVED);
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    const message = await page.locator(`.field:has(${RESOLVED}) .issue`).textContent();
    // Beside the labelled field, the message says what is wrong, not where in the data it is.
    expect(message).not.toContain('resolved.total');
    expect(message).toContain('"hai nghìn"');
    await expect(page.locator('[data-testid=input-issues]').isVisible()).resolves.toBe(true);

    await field.fill('2169');
    await page.waitForSelector('[data-testid=finding-counts]');
    await expect(page.locator(`.field:has(${RESOLVED}) .issue`).count()).resolves.toBe(0);
    await page.click('[data-testid=create]');
    await page.waitForURL(/\/s\/\d+$/);
    await page.waitForSelector('[data-testid=findings-panel] [data-testid=finding-counts]');
    await expect(page.textContent('[data-testid=version]')).resolves.toBe('Phiên bản 1');
    const id = page.url().split('/').at(-1);
    const created = (await (await page.request.get(`${server.base}/api/supervisions/${id}`)).json()) as {
      supervision: { slug: string };
      findings: { code: string }[];
    };
    expect(created.supervision.slug).toBe('diem-mac-2024-ban-sao');
    expect(created.findings.map((f) => f.code)).not.toContain('dossier.balance');
    expect(await panelCodes(page)).toEqual(created.findings.map((f) => f.code));
  });

  it('gives a viewer no way to edit', async () => {
    const viewerContext = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const v = await viewerContext.newPage();
    await signIn(v, server.base, VIEWER);
    await expect(v.locator('[data-testid=import-new]').count()).resolves.toBe(0);
    await openExample(v);
    await expect(v.locator('[data-testid=read-only]').isVisible()).resolves.toBe(true);
    await expect(v.locator('[data-testid=save]').count()).resolves.toBe(0);
    await expect(v.locator('[data-testid=import-replace]').count()).resolves.toBe(0);
    const editable =
      'main input:not([readonly]):not([type=checkbox]), main input[type=checkbox]:not([disabled]), main textarea:not([readonly]), main select:not([disabled])';
    for (const tab of ['general', 'sections', 'recommendations']) {
      await v.click(`[data-tab=${tab}]`);
      await expect(v.locator('main input, main textarea').count()).resolves.toBeGreaterThan(0);
      await expect(v.locator(editable).count()).resolves.toBe(0);
      await expect(v.locator('main button:has-text("Thêm dòng")').count()).resolves.toBe(0);
    }
    // Nor through the API behind the page.
    const csrf = (await viewerContext.cookies()).find((c) => c.name === 'diemmac_csrf')?.value ?? '';
    const res = await v.request.put(`${server.base}/api/supervisions/1`, {
      headers: { 'x-csrf-token': csrf },
      data: { version: 4, document: {} },
    });
    expect(res.status()).toBe(403);
    await viewerContext.close();
  });
});
