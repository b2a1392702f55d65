import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium, never a downloaded one. */
export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

/** A request in a signed-in API session: JSON body, cookies and the CSRF token kept by hand. */
export type ApiCall = (method: string, path: string, body?: unknown) => Promise<Response>;

/** Signs in through the API (fetch, cookies by hand) and returns a caller in that session. */
export async function apiSession(base: string, who: { email: string; password: string }): Promise<ApiCall> {
  const jar = new Map<string, string>();
  const call: ApiCall = async (method, path, body) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(method !== 'GET' ? { 'x-csrf-token': jar.get('diemmac_csrf') ?? '' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair!.indexOf('=');
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
    return res;
  };
  await call('GET', '/api/auth/session');
  expect((await call('POST', '/api/auth/login', who)).status).toBe(200);
  return call;
}

/** Signs in through the API as `admin` and creates an account. */
export async function createAccount(
  base: string,
  admin: { email: string; password: string },
  account: { email: string; password: string; name: string; role: string },
): Promise<void> {
  const call = await apiSession(base, admin);
  expect((await call('POST', '/api/users', account)).status).toBe(201);
}

export async function signIn(page: Page, base: string, who: { email: string; password: string }) {
  await page.goto(`${base}/`);
  await page.fill('input[name=email]', who.email);
  await page.fill('input[name=password]', who.password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=supervision-list], [data-testid=start-new]');
}

/**
 * How far the page reaches past the screen's right edge (0 or less when nothing overflows).
 * Measured against the device width, not innerWidth: a mobile browser widens its layout
 * viewport to fit content that overflows, which would hide the overflow it measures.
 */
export const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate((width) => document.documentElement.scrollWidth - width, page.viewportSize()?.width ?? 0);

/** Every money input on the page: its width, and whether the number it holds fits. */
export const moneyInputs = (page: Page) =>
  page.$$eval('input[data-type=money]', (els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => {
        const input = e as HTMLInputElement;
        return {
          path: input.dataset.path,
          value: input.value,
          width: input.getBoundingClientRect().width,
          fits: input.scrollWidth <= input.clientWidth,
        };
      }),
  );

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeCount {
  page: string;
  violations: number;
  serious: string[];
  minor: string[];
}

/** Runs axe-core (injected from the installed package) and sorts what it finds by impact. */
export async function axe(page: Page, name: string): Promise<AxeCount> {
  await page.addScriptTag({ content: AXE });
  const result = (await page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: {
          run: (
            c: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.length,
      first: v.nodes[0]?.target.join(' ') ?? '',
    }));
  })) as { id: string; impact: string; nodes: number; first: string }[];
  const label = (v: { id: string; nodes: number; first: string }) => `${v.id} (${v.nodes}: ${v.first})`;
  return {
    page: name,
    violations: result.length,
    serious: result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(label),
    minor: result.filter((v) => v.impact !== 'serious' && v.impact !== 'critical').map(label),
  };
}

/** The outermost elements that reach past the screen's right edge, to say what overflows. */
export const overflowing = (page: Page): Promise<string[]> =>
  page.evaluate((width) => {
    const out: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const r = el.getBoundingClientRect();
      if (
        r.right > width + 1 &&
        r.width > 0 &&
        !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1)
      ) {
        out.push(
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}[${el.dataset.path ?? ''}] right=${Math.round(r.right)} width=${Math.round(r.width)}`,
        );
      }
    }
    return out.slice(0, 8);
  }, page.viewportSize()?.width ?? 0);
