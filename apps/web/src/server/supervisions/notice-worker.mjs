// The notice renderer's worker thread (run by the pool in render-pool.ts): reads, checks and
// renders one stored supervision (or only counts its findings, for the list's daily refresh),
// so a .docx taking a second of CPU never holds up the server's event loop. Plain JavaScript
// because Node 20 runs worker files as they are, both from src/ (tests) and, bundled by tsup,
// from dist/notice-worker.js.
import { createInspector, parseSupervision, resolvePack } from '@diemmac/core';

/** @type {Promise<typeof import('@diemmac/notice') | null> | undefined} */
let notice;

/**
 * The core's pipeline for each pack met in this thread, by the pack's JSON text (an installed
 * version never changes); `''` is the default pack. Compiled once per pack, not per task.
 * @type {Map<string, import('@diemmac/core').Inspector>}
 */
const inspectors = new Map();

/**
 * The inspector for the pack a task names (its data as JSON text, validated when it was
 * installed), or for the default pack.
 * @param {string | undefined} content
 */
function inspectorOf(content = '') {
  let inspector = inspectors.get(content);
  if (!inspector) {
    const pack = content === '' ? resolvePack() : resolvePack(JSON.parse(content));
    inspector = createInspector({ pack, langs: [] });
    if (inspectors.size >= 8) inspectors.clear();
    inspectors.set(content, inspector);
  }
  return inspector;
}

/**
 * @param {{ document: string; today: { year: number; month: number; day: number }; format: 'docx' | 'html' | 'md'; annex: boolean; pack?: string }} task
 * @returns {Promise<{ ok: true; body: Uint8Array | string; type: string } | { ok: false; reason: 'unavailable' | 'unparsable'; detail: string }>}
 */
export default async function render({ document, today, format, annex, pack: content }) {
  notice ??= import('@diemmac/notice').catch(() => null);
  const n = await notice;
  if (!n) return { ok: false, reason: 'unavailable', detail: 'the @diemmac/notice module cannot be loaded' };
  const inspector = inspectorOf(content);
  const r = inspector.data(JSON.parse(document), { now: today });
  if (!r.ok)
    return {
      ok: false,
      reason: 'unparsable',
      detail: JSON.stringify(r.stage === 'schema' ? r.issues[0] : r.errors[0]),
    };
  const { pack } = inspector;
  // The annex lists exactly the rules that ran under the pack, worded as the pack words them.
  const doc = n.buildNotice(r.supervision, {
    findings: r.findings,
    annex,
    checkedRules: pack.rules.map((rule) => rule.code),
    wording: pack.wording,
  });
  return { ok: true, body: await n.renderNotice(doc, format), type: n.NOTICE_FORMATS[format].mediaType };
}

/**
 * The list's summary of a stored supervision as of `today`: its subject, findings by severity, and
 * each finding's code and severity (the province's view counts them by rule).
 *
 * @param {{ document: string; today: { year: number; month: number; day: number }; pack?: string }} task
 * @returns {{ ok: true; subject: string; counts: Record<'error' | 'warning' | 'info', number>; findings: { code: string; severity: 'error' | 'warning' | 'info' }[] } | { ok: false; detail: string }}
 */
export function summarise({ document, today, pack }) {
  const r = inspectorOf(pack).data(JSON.parse(document), { now: today });
  if (!r.ok) return { ok: false, detail: JSON.stringify(r.stage === 'schema' ? r.issues[0] : r.errors[0]) };
  return {
    ok: true,
    subject: r.supervision.subject,
    counts: r.counts,
    findings: r.findings.map((f) => ({ code: f.code, severity: f.severity })),
  };
}

/**
 * The report on the implementation of a supervision's recommendations (Decree 30/2020 layout),
 * as of a day, issued in the name of the body that supervised and signed as its notice was.
 *
 * @param {{ document: string; followUps: unknown[]; asOf: { year: number; month: number; day: number } }} task
 * @returns {Promise<{ ok: true; body: Uint8Array; type: string } | { ok: false; reason: 'unavailable' | 'unparsable'; detail: string }>}
 */
export async function followUpReport({ document, followUps, asOf }) {
  notice ??= import('@diemmac/notice').catch(() => null);
  const n = await notice;
  if (!n) return { ok: false, reason: 'unavailable', detail: 'the @diemmac/notice module cannot be loaded' };
  const { FollowUp, followedRecommendations } = await import('@diemmac/core/followup');
  const parsed = parseSupervision(JSON.parse(document));
  if (!parsed.ok) return { ok: false, reason: 'unparsable', detail: JSON.stringify(parsed.issues[0]) };
  const s = parsed.value;
  const rows = followedRecommendations(
    [{ supervision: s, followUps: followUps.map((f) => FollowUp.parse(f)) }],
    { asOf },
  );
  const doc = n.followUpReport(rows, {
    asOf,
    issuer: { ...(s.body.parent ? { parent: s.body.parent } : {}), name: s.body.name },
    place: s.documents.conclusion.place ?? s.locality.name,
    signature: {
      authority: [s.signature.authority, s.signature.body].filter((x) => x !== '').join(' '),
      position: s.signature.position,
      ...(s.signature.title ? { title: s.signature.title } : {}),
      signer: s.signature.signer,
    },
  });
  return { ok: true, body: await n.renderNotice(doc, 'docx'), type: n.NOTICE_FORMATS.docx.mediaType };
}
