import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AxeCount,
  axe,
  CHROMIUM,
  createAccount,
  horizontalOverflow,
  launch,
  moneyInputs,
  overflowing,
  signIn,
} from './browser.js';
import { APP_DIR, type RunningServer, startServer } from './server.js';
import { docxText } from './zip.js';

const ADMIN = { email: 'chutich@diemmac.test', password: 'mật-khẩu-quản-trị' };
const SECRETARY = {
  email: 'thuky.moi@diemmac.test',
  password: 'thư-ký-mới-2025',
  name: 'Lê Thị Hoa',
  role: 'secretary',
};
const DOCS = join(APP_DIR, '..', '..', 'docs');
const PROCEDURES = 'sections.1.sections.1.sections.1';
const FINANCE = 'sections.1.sections.1.sections.4';
const DOSSIERS = `${PROCEDURES}.figures.0`;
const BUDGET = `${FINANCE}.figures.0`;
const DM_DOSSIERS = 'sections.1.sections.1.sections.1.figures.0';
const DM_BUDGET = 'sections.1.sections.1.sections.4.figures.0';
const field = (path: string) => `[data-path="${path}"]`;
const shot = async (page: Page, name: string, fullPage = false) => {
  mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: join(DOCS, name), fullPage });
};

describe.skipIf(!existsSync(CHROMIUM))('a new secretary does the whole job in the browser', () => {
  let server: RunningServer;
  let browser: Browser;
  let url = '';
  const accessibility: AxeCount[] = [];

  beforeAll(async () => {
    server = await startServer({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password });
    await createAccount(server.base, ADMIN, SECRETARY);
    browser = await launch();
  });

  afterAll(async () => {
    if (accessibility.length) console.info('[axe-core 4.14]', JSON.stringify(accessibility, null, 1));
    await browser?.close();
    await server?.stop();
  });

  it('creates a supervision from nothing, finds a dossier fault in words, fixes it, issues the notice and downloads it', async () => {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      acceptDownloads: true,
      locale: 'vi-VN',
    });
    const page = await context.newPage();

    // The sign-in form shows its rule before anything is sent, and words its errors in Vietnamese.
    await page.goto(`${server.base}/`);
    await expect(page.textContent('#login-email-rule')).resolves.toContain('Địa chỉ email dùng để đăng nhập');
    await page.click('button[type=submit]');
    await expect(page.textContent('#login-email-error')).resolves.toBe('Chưa điền trường này.');
    await signIn(page, server.base, SECRETARY);

    // The guided start.
    await page.click('[data-testid=start-new]');
    await page.waitForSelector('[data-testid=start-form]');
    await page.selectOption('#start-body', 'doan');
    await page.fill('#start-commune', 'Thanh Bình');
    await page.fill('#start-province', 'Thái Nguyên');
    await page.fill('#start-subject', 'Kết quả thực hiện công tác cải cách hành chính năm 2025');
    await page.fill('#start-year', '2025');
    await page.fill('#start-from', '01/01/2025');
    await page.fill('#start-to', '30/9/2025');
    await page.fill('#start-plan-number', '08');
    await page.fill('#start-plan-date', '10/9/2025');
    await page.fill('#start-member-0', 'Nguyễn Văn An');
    await page.fill('#start-title-0', 'Phó Chủ tịch HĐND xã');
    await page.click('[data-testid=start-create]');
    await page.waitForURL(/\/s\/\d+$/);
    url = page.url();
    await page.waitForSelector('[data-testid=finding-counts]');
    await expect(page.textContent('[data-testid=version]')).resolves.toBe('Phiên bản 1');
    await expect(page.getAttribute('[data-testid=issuing]', 'data-stage')).resolves.toBe('draft');

    // A dossier block under 2.2, typed the Vietnamese way, with one dossier too many resolved.
    await page.click('[data-tab=sections]');
    await page.selectOption(`[id="add-${PROCEDURES}.figures"]`, 'dossiers');
    await page.click(`[id="s-${PROCEDURES}"] > .add-figure [data-testid=add-figure]`);
    const typed: [string, string][] = [
      ['received.total', '2.175'],
      ['received.online', '2.173'],
      ['received.directOrPostal', '2'],
      ['resolved.total', '2.170'],
      ['resolved.early', '1.362'],
      ['resolved.onTime', '806'],
      ['resolved.late', '1'],
      ['pending.total', '6'],
      ['pending.withinDeadline', '6'],
      ['apologies', '1'],
    ];
    for (const [f, v] of typed) await page.fill(field(`${DOSSIERS}.${f}`), v);
    await expect(page.inputValue(field(`${DOSSIERS}.received.total`))).resolves.toBe('2.175');
    const finding = page.locator(`[data-block="${DOSSIERS}"] li.finding[data-code="dossier.balance"]`);
    await finding.waitFor();
    // In words: the rule's Vietnamese title and sentence; the code only inside the closed disclosure.
    // innerText, not textContent: what is on screen, so the closed disclosure's code is left out.
    // biome-ignore lint/performance/useDomNodeTextContent: see above
    const shown = await finding.innerText();
    expect(shown).toContain('Số hồ sơ tiếp nhận bằng đã giải quyết + đang giải quyết');
    expect(shown).toContain('2.175');
    expect(shown).toContain('Chi tiết kỹ thuật');
    expect(shown).not.toContain('dossier.balance');
    await page.locator(`[data-block="${DOSSIERS}"]`).scrollIntoViewIfNeeded();
    await page.evaluate((p) => document.querySelector(`[data-path="${p}"]`)?.scrollIntoView(), DOSSIERS);
    await shot(page, 'web-1366-dossier-fault.png');

    // A budget block under 2.5, whose money inputs hold the whole amount; its lines become cards.
    await page.selectOption(`[id="add-${FINANCE}.figures"]`, 'budget');
    await page.click(`[id="s-${FINANCE}"] > .add-figure [data-testid=add-figure]`);
    await page.fill(field(`${BUDGET}.revenue.actual`), '5.824.272.835');
    await page.fill(field(`${BUDGET}.revenue.plan`), '6.271.000.000');
    await page.fill(field(`${BUDGET}.revenue.rate`), '92,88');
    await page.click(`${field(BUDGET)} fieldset.list button:has-text("Thêm dòng")`);
    await page.fill(field(`${BUDGET}.revenue.items.0.label`), 'Thuế giá trị gia tăng');
    await page.selectOption(field(`${BUDGET}.revenue.items.0.category`), 'vat');
    await page.fill(field(`${BUDGET}.revenue.items.0.actual`), '1.250.000.000');
    await expect(page.inputValue(field(`${BUDGET}.revenue.rate`))).resolves.toBe('92,88');
    const category = await page.$eval(
      field(`${BUDGET}.revenue.items.0.category`),
      (s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent,
    );
    expect(category).toBe('Thuế giá trị gia tăng');
    for (const input of await moneyInputs(page)) {
      expect(input, `${input.path} holds ${input.value}`).toMatchObject({ fits: true });
      expect(input.width).toBeGreaterThanOrEqual(120);
    }
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

    // Reorder and remove: the budget moves above nothing (it is alone), the dossiers stay.
    await page.click('[data-testid=save]');
    await page.waitForSelector('[data-testid=version]:has-text("Phiên bản 2")');

    // The fix: the suggestion the finding offers, then the finding is gone.
    await page.click(`.field:has(${field(`${DOSSIERS}.resolved.total`)}) button.suggest`);
    await expect(page.inputValue(field(`${DOSSIERS}.resolved.total`))).resolves.toBe('2.169');
    await page.waitForFunction(
      (b) => !document.querySelector(`[data-block="${b}"] [data-code^="dossier."]`),
      DOSSIERS,
      { timeout: 5000 },
    );
    await page.click('[data-testid=save]');
    await page.waitForSelector('[data-testid=version]:has-text("Phiên bản 3")');

    // The history speaks of places and figures, not of data paths.
    await page.click('[data-tab=history]');
    await page.waitForSelector('[data-testid=history]');
    // biome-ignore lint/performance/useDomNodeTextContent: what is on screen, not the hidden titles
    const history = await page.innerText('[data-testid=history]');
    expect(history).toContain('Mục 2.2 · Đã giải quyết · Tổng đã giải quyết: 2.170 → 2.169');
    expect(history).not.toContain('sections[');
    await shot(page, 'web-1366-history.png');

    // Issuing: submitted, then issued with its number and day; the notice is read-only after.
    await page.click('[data-testid=submit-signing]');
    await page.waitForSelector('[data-testid=issuing][data-stage=signing]');
    await expect(page.locator('[data-testid=save]').count()).resolves.toBe(0);
    await page.click('[data-testid=issue]');
    await page.click('[data-testid=issue-confirm]');
    // The browser refuses an empty number before anything is sent.
    await expect(page.locator('[data-testid=issuing][data-stage=signing]').count()).resolves.toBe(1);
    await page.fill('#issue-number', '15');
    await page.fill('#issue-date', '20/11/2025');
    await page.click('[data-testid=issue-confirm]');
    await page.waitForSelector('[data-testid=issuing][data-stage=issued]');
    await page.waitForSelector('[data-testid=version]:has-text("Phiên bản 4")');
    await page.click('[data-tab=sections]');
    await expect(page.getAttribute(field(`${DOSSIERS}.resolved.total`), 'readonly')).resolves.not.toBeNull();
    await expect(page.locator('[data-testid=add-figure]').count()).resolves.toBe(0);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=download-docx]'),
    ]);
    const text = docxText(readFileSync(await download.path()));
    expect(text).toContain('Thanh Bình');
    expect(text).toContain('15/TB-HĐND');
    expect(text).toMatch(/2\.169/);
    expect(text).not.toContain('2.170');

    // A correction needs its reason and reopens the notice as a draft.
    await page.click('[data-testid=correct]');
    await page.fill('#correct-reason', 'Bổ sung số liệu ngân sách theo báo cáo quyết toán');
    await page.click('[data-testid=correct-confirm]');
    await page.waitForSelector('[data-testid=issuing][data-stage=draft]');
    await expect(page.textContent('[data-testid=correction]')).resolves.toContain(
      'Bổ sung số liệu ngân sách',
    );
    await page.click('[data-tab=history]');
    await page.waitForSelector('[data-testid=history]:has-text("mở bản đính chính")');
    await context.close();
  }, 240_000);

  it('reads at 1366 px and at 390 px: no sideways scrolling, one-row top bar, findings a tap away', async () => {
    for (const width of [1366, 390]) {
      const context = await browser.newContext({
        viewport: { width, height: width > 800 ? 900 : 844 },
        locale: 'vi-VN',
        ...(width < 800 ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      });
      const page = await context.newPage();
      await signIn(page, server.base, SECRETARY);
      expect(
        await horizontalOverflow(page),
        `list at ${width}px: ${await overflowing(page)}`,
      ).toBeLessThanOrEqual(0);
      await shot(page, `web-${width}-list.png`);
      const topbar = await page.$eval('.topbar', (e) => e.getBoundingClientRect().height);
      expect(topbar, `top bar at ${width}px`).toBeLessThan(60);

      await page.goto(url);
      await page.waitForSelector('[data-testid=issuing]');
      await page.click('[data-tab=sections]');
      await page.waitForSelector(field(BUDGET));
      expect(
        await horizontalOverflow(page),
        `editor at ${width}px: ${await overflowing(page)}`,
      ).toBeLessThanOrEqual(0);
      for (const input of await moneyInputs(page)) {
        expect(input, `${input.path} at ${width}px`).toMatchObject({ fits: true });
        expect(input.width).toBeGreaterThanOrEqual(120);
      }
      await page.evaluate((p) => document.querySelector(`[data-path="${p}"]`)?.scrollIntoView(), BUDGET);
      await shot(page, `web-${width}-budget.png`);

      // The Điềm Mặc example: a real notice's seven-column budget lines and its dossier faults.
      await page.goto(`${server.base}/s/1`);
      await page.waitForSelector('[data-testid=issuing]');
      await page.click('[data-tab=sections]');
      await page.waitForSelector(field(DM_BUDGET));
      expect(
        await horizontalOverflow(page),
        `example at ${width}px: ${await overflowing(page)}`,
      ).toBeLessThanOrEqual(0);
      const money = await moneyInputs(page);
      expect(money.length).toBeGreaterThan(10);
      for (const input of money) {
        expect(input, `${input.path} at ${width}px`).toMatchObject({ fits: true });
        expect(input.width).toBeGreaterThanOrEqual(120);
      }
      await page.evaluate((p) => document.querySelector(`[data-path="${p}"]`)?.scrollIntoView(), DM_BUDGET);
      await shot(page, `web-${width}-example-budget.png`);
      await page.evaluate((p) => document.querySelector(`[data-path="${p}"]`)?.scrollIntoView(), DM_DOSSIERS);
      await shot(page, `web-${width}-example-dossiers.png`);
      // The recommendations' table: cards on a phone, no sideways scrolling either way.
      await page.click('[data-tab=recommendations]');
      await page.waitForSelector('.recommendations table tbody tr');
      expect(
        await horizontalOverflow(page),
        `recommendations at ${width}px: ${await overflowing(page)}`,
      ).toBeLessThanOrEqual(0);
      await shot(page, `web-${width}-example-recommendations.png`);
      await page.click('[data-tab=sections]');
      await page.evaluate((p) => document.querySelector(`[data-path="${p}"]`)?.scrollIntoView(), DM_DOSSIERS);
      if (width < 800) {
        // The findings: a count fixed on screen wherever one is, opening a drawer.
        const toggle = page.locator('[data-testid=findings-toggle]');
        await expect(toggle.isVisible()).resolves.toBe(true);
        await expect(toggle.textContent()).resolves.toMatch(/Kết quả kiểm tra: [1-9]\d* lỗi/);
        await expect(page.locator('[data-testid=findings-panel]').isVisible()).resolves.toBe(false);
        await toggle.click();
        await page.waitForSelector('[data-testid=findings-panel].open [data-code="dossier.balance"]');
        await shot(page, 'web-390-findings.png');
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        // Choosing a finding closes the drawer and brings its figure into view.
        await page.click('[data-testid=findings-panel] [data-code="dossier.balance"] .finding-link');
        await expect(page.locator('[data-testid=findings-panel]').isVisible()).resolves.toBe(false);
      } else {
        await expect(page.locator('[data-testid=findings-panel]').isVisible()).resolves.toBe(true);
      }
      await context.close();
    }
  }, 180_000);

  it('has no serious or critical accessibility violation on the list, editor and users pages', async () => {
    // The app's CSP allows no inline script; the test page lifts it only to inject axe-core.
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'vi-VN',
      bypassCSP: true,
    });
    const page = await context.newPage();
    await signIn(page, server.base, ADMIN);
    accessibility.push(await axe(page, 'list'));
    await page.goto(`${server.base}/s/1`);
    await page.waitForSelector('[data-testid=finding-counts]');
    await page.click('[data-tab=sections]');
    accessibility.push(await axe(page, 'editor: sections'));
    // With the keyboard only: choose a kind of figures, Tab to the button, Enter adds the block;
    // Tab then reaches its move and remove buttons, and Enter on remove takes it away.
    const figures = `${PROCEDURES}.figures`;
    const count = () => page.locator(`[id="s-${PROCEDURES}"] > .figures > article.figure`).count();
    const before = await count();
    await page.focus(`[id="add-${figures}"]`);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
      'add-figure',
    );
    await page.keyboard.press('Enter');
    await expect(count()).resolves.toBe(before + 1);
    // Reordered with its "move up" button: the new block now stands before the last old one.
    const kinds = () =>
      page.$$eval(`[id="s-${PROCEDURES}"] > .figures > article.figure`, (els) =>
        els.map((e) => e.getAttribute('data-kind')),
      );
    const added = (await kinds())[before];
    await page.click(`[data-path="${figures}.${before}"] header button[aria-label^="Chuyển lên"]`);
    await expect(kinds().then((k) => k[before - 1])).resolves.toBe(added);
    await page.click(`[data-path="${figures}.${before - 1}"] header button[aria-label^="Chuyển xuống"]`);
    await expect(kinds().then((k) => k[before])).resolves.toBe(added);
    await page.focus(`[data-path="${figures}.${before}"] header button[aria-label^="Xóa"]`);
    await page.keyboard.press('Enter');
    await expect(count()).resolves.toBe(before);
    await page.click('[data-tab=general]');
    accessibility.push(await axe(page, 'editor: general'));
    await page.click('[data-tab=recommendations]');
    accessibility.push(await axe(page, 'editor: recommendations'));
    await page.goto(`${server.base}/new`);
    await page.waitForSelector('[data-testid=start-form]');
    accessibility.push(await axe(page, 'guided start'));
    await page.goto(`${server.base}/users`);
    await page.waitForSelector('table.list-table');
    accessibility.push(await axe(page, 'users'));
    await context.close();
    for (const a of accessibility) expect(a.serious, a.page).toEqual([]);
  }, 180_000);
});
