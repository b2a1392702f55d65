import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launch } from './browser.js';
import { type RunningServer, startServer } from './server.js';

describe.skipIf(!existsSync(CHROMIUM))('the first-start form in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({});
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows its rules before anything is sent, and words its errors in Vietnamese', async () => {
    const token = /\/setup#token=([\w-]+)/.exec(server.output())?.[1];
    expect(token).toBeTruthy();
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto(`${server.base}/setup`);
    await page.waitForSelector('#setup-password');
    // The rules are on screen before the first submit, tied to their inputs.
    await expect(page.textContent('#setup-password-rule')).resolves.toContain('Ít nhất 10 ký tự');
    await expect(page.getAttribute('#setup-password', 'aria-describedby')).resolves.toBe(
      'setup-password-rule',
    );
    await expect(page.textContent('#setup-token-rule')).resolves.toContain('Mã một lần');
    // Errors come from the page in Vietnamese, not from the browser in its own language.
    await page.fill('#setup-email', 'thuky@');
    await page.fill('#setup-password', 'ngắn');
    await page.click('button[type=submit]');
    await expect(page.textContent('#setup-token-error')).resolves.toBe('Chưa điền trường này.');
    await expect(page.textContent('#setup-email-error')).resolves.toBe(
      'Email chưa đúng dạng ten@ten-mien.vn.',
    );
    await expect(page.textContent('#setup-password-error')).resolves.toBe('Mật khẩu cần ít nhất 10 ký tự.');
    await expect(page.getAttribute('#setup-password', 'aria-invalid')).resolves.toBe('true');
    // Corrected, the account is created and the list opens.
    await page.fill('#setup-token', token!);
    await page.fill('#setup-name', 'Nguyễn Thị Quản Trị');
    await page.fill('#setup-email', 'quantri@diemmac.test');
    await page.fill('#setup-password', 'một câu dài khó đoán 2025');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=start-new]');
    await page.close();
  });
});
