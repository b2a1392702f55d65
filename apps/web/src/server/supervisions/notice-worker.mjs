// The notice renderer's worker thread (run by the pool in render-pool.ts): reads, checks and
// renders one stored supervision (or only counts its findings, for the list's daily refresh), so a .docx taking a second of CPU never holds up the
// server's event loop. Plain JavaScript because Node 20 runs worker files as they are, both
// from src/ (tests) and, bundled by tsup, from dist/notice-worker.js.
import { checkSupervision, countBySeverity, parseSupervision, resolvePack } from '@diemmac/core';

const TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/** @type {Promise<typeof import('@diemmac/notice') | null> | undefined} */
let notice;

/** Packs resolved in this thread, by their JSON text: an installed version never changes. */
/** @type {Map<string, import('@diemmac/core').ResolvedPack>} */
const packs = new Map();

/**
 * The pack a task names (its data as JSON text, validated when it was installed), or the default.
 * @param {string | undefined} content
 */
function packOf(content) {
  if (content === undefined) return resolvePack();
  let pack = packs.get(content);
  if (!pack) {
    pack = resolvePack(JSON.parse(content));
    if (packs.size >= 8) packs.clear();
    packs.set(content, pack);
  }
  return pack;
}

/**
 * @param {{ document: string; today: { year: number; month: number; day: number }; format: 'docx' | 'html' | 'md'; annex: boolean; pack?: string }} task
 * @returns {Promise<{ ok: true; body: Uint8Array | string; type: string } | { ok: false; reason: 'unavailable' | 'unparsable'; detail: string }>}
 */
export default async function render({ document, today, format, annex, pack: content }) {
  notice ??= import('@diemmac/notice').catch(() => null);
  const n = await notice;
  if (!n) return { ok: false, reason: 'unavailable', detail: 'the @diemmac/notice module cannot be loaded' };
  const parsed = parseSupervision(JSON.parse(document));
  if (!parsed.ok) return { ok: false, reason: 'unparsable', detail: JSON.stringify(parsed.issues[0]) };
  const pack = packOf(content);
  const findings = checkSupervision(parsed.value, { now: today, ...pack.checkOptions });
  // The annex lists exactly the rules that ran under the pack, worded as the pack words them.
  const doc = n.buildNotice(parsed.value, {
    findings,
    annex,
    checkedRules: pack.rules.map((r) => r.code),
    wording: pack.wording,
  });
  const body =
    format === 'docx' ? await n.toDocx(doc) : format === 'html' ? n.toHtml(doc) : n.toMarkdown(doc);
  return { ok: true, body, type: TYPES[format] };
}

/**
 * The list's summary of a stored supervision as of `today`: its subject and findings by severity.
 *
 * @param {{ document: string; today: { year: number; month: number; day: number }; pack?: string }} task
 * @returns {{ ok: true; subject: string; counts: Record<'error' | 'warning' | 'info', number> } | { ok: false; detail: string }}
 */
export function summarise({ document, today, pack }) {
  const parsed = parseSupervision(JSON.parse(document));
  if (!parsed.ok) return { ok: false, detail: JSON.stringify(parsed.issues[0]) };
  return {
    ok: true,
    subject: parsed.value.subject,
    counts: countBySeverity(checkSupervision(parsed.value, { now: today, ...packOf(pack).checkOptions })),
  };
}
