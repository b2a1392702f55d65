import { COMMUNE_BUDGET_CATEGORIES, INDEX766_DECISION_5, INDEX766_PORTAL_6 } from '@diemmac/core';
import { fold, foldWords } from '../source/clean.js';
import type { Item, Place } from '../source/types.js';
import { type Found, foundIn, placeOf } from './found.js';
import type { Num, Statement } from './statements.js';
import { type FoundPeriod, findDates, findPeriods } from './tokens.js';

/** A value of the draft and where the notice wrote it. */
export interface Sourced {
  path: (string | number)[];
  place: Place;
}

/** A figure block of the schema, as plain input, with the sources of its values. */
export interface BlockReading {
  block: Record<string, unknown> & { kind: string };
  sources: Sourced[];
  fromTable: boolean;
}

type Bag = { reading: BlockReading; used: Set<Found> };

const written = (n: Num): string => n.written.replace(/%$/, '');

function newBlock(kind: string, fromTable: boolean): BlockReading {
  return { block: { kind }, sources: [], fromTable };
}

function put(r: BlockReading, path: (string | number)[], f: Found, n: Num): void {
  let at: Record<string, unknown> | unknown[] = r.block;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    const next = path[i + 1];
    const holder = at as Record<string | number, unknown>;
    holder[key] ??= typeof next === 'number' ? [] : {};
    at = holder[key] as Record<string, unknown>;
  }
  (at as Record<string | number, unknown>)[path.at(-1) as string | number] = written(n);
  r.sources.push({ path, place: placeOf(f, n) });
}

const nearest = (text: string, words: readonly [string, RegExp][]): string | undefined => {
  let best: { name: string; at: number } | undefined;
  for (const [name, pattern] of words) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'g'))) {
      const end = m.index + m[0].length;
      if (!best || end > best.at) best = { name, at: end };
    }
  }
  return best?.name;
};

function periodValue(p: FoundPeriod): Record<string, string> {
  const v: Record<string, string> = { from: p.start.written, to: p.end.written };
  if (p.label) v.label = p.label;
  return v;
}

const samePeriod = (a: Record<string, string>, b: Record<string, string>): boolean => {
  const key = (d: string | undefined) =>
    (d ?? '')
      .split('/')
      .map((x) => String(Number(x)))
      .join('/');
  return key(a.from) === key(b.from) && key(a.to) === key(b.to);
};

// ——— Dossiers (one-stop shop) ———

const DOSSIER_WORDS: [string, RegExp][] = [
  ['received', /tiep nhan|da nhan/],
  ['directOrPostal', /truc tiep.{0,12}buu chinh/],
  ['direct', /truc tiep/],
  ['postal', /buu chinh/],
  ['online', /qua mang|truc tuyen/],
  ['carriedOver', /ky truoc/],
  ['resolved', /da giai quyet|giai quyet xong/],
  ['early', /truoc han/],
  ['onTime', /dung han/],
  ['late', /qua han/],
  ['pending', /dang giai quyet/],
  ['withinDeadline', /chua (?:toi|den) han|trong han/],
  ['withdrawn', /rut ho so/],
  ['suspended', /tam dung/],
  ['apologies', /xin loi/],
];

function dossiers(found: Found[], items: readonly Item[]): Bag[] {
  const bags: Bag[] = [];
  let bag: Bag | undefined;
  let mode: 'received' | 'resolved' | 'pending' = 'received';
  for (const f of found) {
    const s = f.statement;
    if (s.kind !== 'count') continue;
    const unitOk = /ho so|van ban|cong dan/.test(fold(s.unit)) || f.row;
    if (!unitOk) continue;
    const label = fold(s.label);
    let what = nearest(label, DOSSIER_WORDS) ?? nearest(fold(s.tail), DOSSIER_WORDS);
    if (/xin loi/.test(fold(s.tail)) && /cong dan|van ban/.test(fold(s.unit))) what = 'apologies';
    if (!what) continue;
    if (f.row && bag && !bag.reading.fromTable) bag = undefined;
    if (what === 'received' && (!bag || bag.reading.block.received)) {
      bag = { reading: newBlock('dossiers', f.row), used: new Set() };
      bags.push(bag);
      mode = 'received';
    }
    if (!bag) continue;
    const r = bag.reading;
    const v = s.value;
    const has = (group: string, key: string) =>
      (r.block[group] as Record<string, unknown> | undefined)?.[key] !== undefined;
    switch (what) {
      case 'received':
        put(r, ['received', 'total'], f, v);
        break;
      case 'resolved':
        mode = 'resolved';
        if (!has('resolved', 'total')) put(r, ['resolved', 'total'], f, v);
        break;
      case 'pending':
        mode = 'pending';
        if (!has('pending', 'total')) put(r, ['pending', 'total'], f, v);
        break;
      case 'late':
        if (mode === 'pending') put(r, ['pending', 'overdue'], f, v);
        else put(r, ['resolved', 'late'], f, v);
        break;
      case 'early':
      case 'onTime':
        put(r, ['resolved', what], f, v);
        break;
      case 'withinDeadline':
        put(r, ['pending', what], f, v);
        break;
      case 'withdrawn':
      case 'suspended':
      case 'apologies':
        put(r, [what], f, v);
        break;
      default:
        if (mode === 'received') put(r, ['received', what], f, v);
    }
    bag.used.add(f);
  }
  // A block needs what the schema needs: received and resolved totals.
  const complete = bags.filter((b) => {
    const block = b.reading.block as { received?: { total?: string }; resolved?: { total?: string } };
    return block.received?.total !== undefined && block.resolved?.total !== undefined;
  });
  for (const b of complete) periodsFor(b.reading, items, /tiep nhan/);
  return complete;
}

/**
 * The period of a block: the one written where its figures are (or in the caption before a
 * table), and every other period the same texts state for them (`statedPeriods`).
 */
function periodsFor(r: BlockReading, items: readonly Item[], about: RegExp): void {
  const texts = items.filter((i) => i.kind === 'paragraph' && about.test(fold(i.text)));
  const periods: { value: Record<string, string>; place: Place }[] = [];
  for (const item of texts) {
    if (item.kind !== 'paragraph') continue;
    for (const p of findPeriods(item.text)) {
      periods.push({ value: periodValue(p), place: { ...item.place, start: p.from, end: p.to } });
    }
  }
  if (periods.length === 0) return;
  // The figures' own period: the last one stated before or where they are.
  const main = periods.at(-1) as (typeof periods)[number];
  r.block.period = main.value;
  r.sources.push({ path: ['period'], place: main.place });
  const others: Record<string, string>[] = [];
  for (const p of periods) {
    if (samePeriod(p.value, main.value) || others.some((o) => samePeriod(o, p.value))) continue;
    others.push(p.value);
    r.sources.push({ path: ['statedPeriods', others.length - 1], place: p.place });
  }
  if (others.length > 0) r.block.statedPeriods = others;
}

// ——— Budget ———

function category(label: string): { key: string } | undefined {
  const key = foldWords(label);
  return COMMUNE_BUDGET_CATEGORIES.find((c) => {
    const title = foldWords(c.title);
    return key === title || key.includes(title) || title.includes(key);
  });
}

function budget(found: Found[], items: readonly Item[]): Bag[] {
  const bags: Bag[] = [];
  let bag: Bag | undefined;
  let side: 'revenue' | 'expenditure' | undefined;
  for (const f of found) {
    const s = f.statement;
    if (s.kind !== 'ratio' || fold(s.unit) !== 'dong') continue;
    const label = fold(s.label);
    const total = /tong thu/.test(label) ? 'revenue' : /tong chi/.test(label) ? 'expenditure' : undefined;
    if (total) {
      if (!bag || (bag.reading.block as Record<string, unknown>)[total] || bag.reading.fromTable !== f.row) {
        bag = { reading: newBlock('budget', f.row), used: new Set() };
        bags.push(bag);
      }
      side = total;
      put(bag.reading, [side, 'actual'], f, s.part);
      put(bag.reading, [side, 'plan'], f, s.whole);
      if (s.rate) put(bag.reading, [side, 'rate'], f, s.rate);
      bag.used.add(f);
      continue;
    }
    if (!bag || !side) continue;
    const sideValue = bag.reading.block[side] as { items?: unknown[] };
    const i = sideValue.items?.length ?? 0;
    const itemLabel = s.label.replace(/^(?:thu|chi)?\s*[-+]\s*/iu, '').trim() || s.label;
    const line: Record<string, unknown> = { label: itemLabel };
    const c = category(itemLabel);
    if (c) line.category = c.key;
    sideValue.items = [...(sideValue.items ?? []), line];
    put(bag.reading, [side, 'items', i, 'actual'], f, s.part);
    put(bag.reading, [side, 'items', i, 'plan'], f, s.whole);
    if (s.rate) put(bag.reading, [side, 'items', i, 'rate'], f, s.rate);
    bag.reading.sources.push({ path: [side, 'items', i, 'label'], place: placeOf(f) });
    bag.used.add(f);
  }
  for (const b of bags) periodsFor(b.reading, items, /ngan sach|thu, chi|thu chi/);
  return bags;
}

// ——— 766 index ———

function index766(found: Found[]): Bag[] {
  const scores = found.filter((f) => f.statement.kind === 'score');
  if (scores.length < 2) return [];
  const r = newBlock(
    'index766',
    scores.some((f) => f.row),
  );
  const used = new Set<Found>();
  const byTitle = (framework: typeof INDEX766_PORTAL_6, label: string) =>
    framework.components.find((c) => foldWords(label).includes(foldWords(c.title)));
  const portal = scores.some((f) => byTitle(INDEX766_PORTAL_6, f.statement.label)?.key === 'tttt');
  const framework =
    portal || !scores.every((f) => byTitle(INDEX766_DECISION_5, f.statement.label))
      ? INDEX766_PORTAL_6
      : INDEX766_DECISION_5;
  r.block.framework = framework.id;
  const components: Record<string, unknown>[] = [];
  r.block.components = components;
  scores.forEach((f, i) => {
    const s = f.statement as Extract<Statement, { kind: 'score' }>;
    const label = s.label.replace(/^[-+\s]+/, '');
    components.push({ key: byTitle(framework, label)?.key ?? `c${i + 1}`, label });
    put(r, ['components', i, 'score'], f, s.score);
    put(r, ['components', i, 'max'], f, s.max);
    used.add(f);
  });
  const total =
    found.find((f) => f.statement.kind === 'points' && /tong diem/.test(fold(f.statement.label))) ??
    found.find((f) => f.statement.kind === 'points' && /766|cong dich vu|chi so|diem danh gia/.test(f.key));
  if (total?.statement.kind !== 'points') return [];
  put(r, ['total'], total, total.statement.value);
  used.add(total);
  return [{ reading: r, used }];
}

// ——— Smaller blocks ———

function digitisation(found: Found[]): Bag[] {
  const out: Bag[] = [];
  for (const f of found) {
    const s = f.statement;
    if (s.kind !== 'ratio' || fold(s.unit) === 'dong' || !/so hoa/.test(f.key)) continue;
    const r = newBlock('digitisation', f.row);
    put(r, ['done'], f, s.part);
    put(r, ['total'], f, s.whole);
    if (s.rate) put(r, ['rate'], f, s.rate);
    const period = f.item.kind === 'paragraph' ? findPeriods(f.item.text).at(-1) : undefined;
    if (period) {
      r.block.period = periodValue(period);
      r.sources.push({ path: ['period'], place: { ...f.place, start: period.from, end: period.to } });
    }
    out.push({ reading: r, used: new Set([f]) });
  }
  return out;
}

/**
 * A part of a whole with its stated rate that no other block claims ("Tỷ lệ hồ sơ xử lý trực
 * tuyến: 2.173/2.175, đạt 100%"): a ratio block, so the rate is checked against the two counts.
 * Money ratios belong to the budget and digitisation to its own block.
 */
function ratios(found: Found[], used: Set<Found>): Bag[] {
  const out: Bag[] = [];
  for (const f of found) {
    const s = f.statement;
    if (used.has(f) || s.kind !== 'ratio' || !s.rate || fold(s.unit) === 'dong' || /so hoa/.test(f.key))
      continue;
    const label = s.label.replace(/[:\s]+$/u, '').trim();
    if (label === '') continue;
    const r = newBlock('ratio', f.row);
    r.block.label = label;
    put(r, ['part'], f, s.part);
    put(r, ['whole'], f, s.whole);
    put(r, ['rate'], f, s.rate);
    out.push({ reading: r, used: new Set([f]) });
  }
  return out;
}

function onlineServices(found: Found[]): Bag[] {
  const out: Bag[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    const s = f.statement;
    if (s.kind !== 'count' || !/toan trinh/.test(fold(s.label)) || fold(s.unit) !== 'ho so') continue;
    const next = found[i + 1];
    if (
      !next ||
      next.item !== f.item ||
      next.statement.kind !== 'count' ||
      !/truc tuyen/.test(fold(next.statement.tail))
    )
      continue;
    const r = newBlock('onlineServices', f.row);
    put(r, ['fullProcessDossiers'], f, s.value);
    put(r, ['processedOnline'], next, next.statement.value);
    const used = new Set([f, next]);
    // The rate of these dossiers: right after them in the same clause, or "toàn trình đạt …%" before.
    const after = found[i + 2];
    const between = after ? f.text.slice(next.statement.to, after.statement.from) : ';';
    const rate =
      (after && after.item === f.item && after.statement.kind === 'rate' && !/[;.]/.test(between)
        ? after
        : undefined) ??
      found
        .slice(0, i)
        .reverse()
        .find(
          (x) =>
            x.item === f.item && x.statement.kind === 'rate' && /toan trinh/.test(fold(x.statement.label)),
        );
    if (rate && rate.statement.kind === 'rate') {
      put(r, ['rate'], rate, rate.statement.rate);
      used.add(rate);
    }
    out.push({ reading: r, used });
  }
  return out;
}

function dialogues(found: Found[]): Bag[] {
  const out: Bag[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    const s = f.statement;
    if (s.kind !== 'count' || fold(s.unit) !== 'cuoc' || !/doi thoai/.test(f.key)) continue;
    const r = newBlock('dialogues', f.row);
    put(r, ['count'], f, s.value);
    const used = new Set([f]);
    const who = found
      .slice(i + 1)
      .find(
        (x) =>
          x.item === f.item &&
          x.statement.kind === 'count' &&
          /nguoi|luot/.test(fold(x.statement.unit)) &&
          /tham gia/.test(fold(`${x.statement.unit} ${x.statement.tail}`)),
      );
    if (who && who.statement.kind === 'count') {
      put(r, ['participants'], who, who.statement.value);
      used.add(who);
    }
    out.push({ reading: r, used });
  }
  return out;
}

const STAFF_WORDS: [string, RegExp][] = [
  ['quota', /duoc giao/],
  ['present', /hien co/],
  ['civilServants', /cong chuc/],
  ['cadres', /can bo/],
];

function staffing(found: Found[], items: readonly Item[]): Bag[] {
  const people = found.filter((f) => f.statement.kind === 'count' && /nguoi/.test(fold(f.statement.unit)));
  // A table of staff is the figures; prose restating it is not read again.
  const fromTable = people.some((f) => f.row && /hien co/.test(fold(f.statement.label)));
  const own = people.filter((f) => f.row === fromTable);
  const quota = own.find(
    (f) => /bien che/.test(fold(f.statement.label)) && /duoc giao/.test(fold(f.statement.label)),
  );
  const present = own.find((f) => /hien co/.test(fold(f.statement.label)));
  if (present?.statement.kind !== 'count') return [];
  const r = newBlock('staffing', present.row);
  const used = new Set<Found>([present]);
  if (quota && quota.statement.kind === 'count') {
    put(r, ['quota'], quota, quota.statement.value);
    used.add(quota);
  }
  put(r, ['present'], present, present.statement.value);
  const after = found.slice(found.indexOf(present) + 1).filter((f) => f.row === fromTable);
  let group: 'cadres' | 'civilServants' | undefined;
  let inBodies = false;
  const bodies: Record<string, unknown>[] = [];
  const qualifications: Record<string, unknown>[] = [];
  r.block.qualifications = qualifications;
  for (const f of after) {
    const s = f.statement;
    const label = fold(s.label);
    const what = nearest(label, STAFF_WORDS);
    if (s.kind === 'count' && /nguoi/.test(fold(s.unit))) {
      if (what === 'cadres' && !(r.block.cadres as object | undefined)) {
        group = 'cadres';
        inBodies = true;
        r.block.cadres = { byBody: bodies };
        put(r, ['cadres', 'total'], f, s.value);
      } else if (what === 'civilServants' && !(r.block.civilServants as object | undefined)) {
        group = 'civilServants';
        inBodies = false;
        r.block.civilServants = {};
        put(r, ['civilServants', 'total'], f, s.value);
      } else if (inBodies && !f.row ? f.item === present.item || /gom/.test(f.key) : inBodies) {
        bodies.push({ label: s.label.replace(/^(?:gồm|\()\s*/iu, '') });
        put(r, ['cadres', 'byBody', bodies.length - 1, 'count'], f, s.value);
      } else continue;
      used.add(f);
    } else if (s.kind === 'ratio' && fold(s.unit) !== 'dong' && !s.rate) {
      const m = /^(can bo|cong chuc)\s*:\s*/.exec(label);
      const g = m ? (m[1] === 'can bo' ? 'cadres' : 'civilServants') : nearestGroup(f, group);
      if (!g) continue;
      group = g;
      inBodies = false;
      qualifications.push({ group: g, label: s.label.replace(/^(?:Cán bộ|Công chức)\s*:\s*/iu, '') });
      put(r, ['qualifications', qualifications.length - 1, 'count'], f, s.part);
      put(r, ['qualifications', qualifications.length - 1, 'of'], f, s.whole);
      used.add(f);
    }
  }
  if (qualifications.length === 0) delete r.block.qualifications;
  const asOf = items
    .filter((i) => i.kind === 'paragraph' && /tinh den/.test(fold(i.text)))
    .flatMap((i) => (i.kind === 'paragraph' ? findDates(i.text).map((d) => ({ d, i })) : []))[0];
  if (asOf && asOf.i.kind === 'paragraph') {
    r.block.asOf = asOf.d.written;
    r.sources.push({ path: ['asOf'], place: { ...asOf.i.place, start: asOf.d.from, end: asOf.d.to } });
  }
  return [{ reading: r, used }];
}

function nearestGroup(f: Found, current: 'cadres' | 'civilServants' | undefined) {
  const before = fold(f.text.slice(0, f.statement.from));
  const c = before.lastIndexOf('can bo');
  const s = before.lastIndexOf('cong chuc');
  if (c < 0 && s < 0) return current;
  return c > s ? 'cadres' : 'civilServants';
}

/** "09 tuyên truyền viên, trong đó đại học 06 người, trung cấp 03 người": a count and its parts. */
function counts(found: Found[], used: Set<Found>): Bag[] {
  const out: Bag[] = [];
  for (let i = 0; i < found.length; i++) {
    const f = found[i] as Found;
    const s = f.statement;
    if (s.kind !== 'count' || used.has(f) || f.row) continue;
    const after = f.text.slice(s.to, s.to + 40);
    const rest = found
      .slice(i + 1)
      .filter((x) => x.item === f.item && x.statement.kind === 'count' && !used.has(x));
    const opensParts = /^[^;.]*?(?:trong đó|\(gồm|gồm)/iu.test(after);
    const listLine = /^[-+•]?\s*[^:]{2,80}:\s*\d/.test(f.text) && f.text.indexOf(':') < s.from;
    if (!opensParts && !listLine) continue;
    const r = newBlock('count', false);
    const own = s.label.replace(/^(?:toàn xã có|có|Hiện tại.*có)\s*/iu, '').trim();
    const label = listLine ? s.label : `${s.unit} ${s.tail}`.trim() || own;
    r.block.label = label || s.unit;
    if (s.unit) r.block.unit = s.unit;
    put(r, ['value'], f, s.value);
    const bagUsed = new Set([f]);
    if (opensParts) {
      // "trong đó: A 6 người; B 3 người" and "(gồm A 02 người; B 01 người)" list their parts with
      // semicolons; otherwise a semicolon ends the list.
      const listed = /^[^;.]*?trong đó\s*:/iu.test(after);
      const bracketed = /^[^;.]*?\(gồm/iu.test(after);
      const end = f.text
        .slice(s.to)
        .search(listed ? /\.(?:\s|$)/u : bracketed ? /\)|\.(?:\s|$)/u : /[;)]|\.(?:\s|$)/u);
      const limit = end < 0 ? f.text.length : s.to + end;
      const parts: Record<string, unknown>[] = [];
      r.block.parts = parts;
      for (const p of rest) {
        if (p.statement.from > limit || p.statement.kind !== 'count') break;
        parts.push({ label: p.statement.label.replace(/^(?:và|gồm)\s+/iu, '') || p.statement.unit });
        put(r, ['parts', parts.length - 1, 'value'], p, p.statement.value);
        bagUsed.add(p);
      }
      if (parts.length === 0) continue;
    }
    for (const u of bagUsed) used.add(u);
    out.push({ reading: r, used: bagUsed });
  }
  return out;
}

/** What the figures of a section's own items give: schema blocks, and the statements left over. */
export interface SectionFigures {
  blocks: BlockReading[];
  found: Found[];
  used: Set<Found>;
}

const normal = (written: string): string =>
  written.replace(/\.(?=\d{3}(?!\d))/g, '').replace(/^0+(?=\d)/, '');

/** Every figure of a block as written, normalised ("02" → "2", "3.796" → "3796"). */
function numbersOf(block: unknown): string[] {
  if (typeof block === 'string') return /^\d[\d.,]*$/.test(block) ? [normal(block)] : [];
  if (block === null || typeof block !== 'object') return [];
  return Object.entries(block).flatMap(([k, v]) => (k === 'label' || k === 'period' ? [] : numbersOf(v)));
}

// The same figures written "3796" and "3.796" are one statement made twice.
const valuesKey = (b: BlockReading): string =>
  `${b.block.kind}:${JSON.stringify(b.block, (k, v) =>
    k === 'label' || k === 'period' || k === 'key' || k === 'unit'
      ? undefined
      : typeof v === 'string'
        ? v.replace(/\.(?=\d{3}(?!\d))/g, '').replace(/^0+(?=\d)/, '')
        : v,
  )}`;

/**
 * Reads the figure blocks of one section. When a section holds a table of a kind (dossiers,
 * budget, 766 index, staffing), the table is the figures and prose restating them is not read again.
 */
export function sectionFigures(items: readonly Item[]): SectionFigures {
  const found = foundIn(items);
  const bags = [
    ...index766(found),
    ...dossiers(found, items),
    ...budget(found, items),
    ...staffing(found, items),
    ...digitisation(found),
    ...onlineServices(found),
    ...dialogues(found),
  ];
  const used = new Set<Found>(bags.flatMap((b) => [...b.used]));
  const shares = ratios(found, used);
  bags.push(...shares);
  for (const b of shares) for (const f of b.used) used.add(f);
  bags.push(...counts(found, used));
  const tableKinds = new Set(bags.filter((b) => b.reading.fromTable).map((b) => b.reading.block.kind));
  const tableValues = new Set(
    bags.filter((b) => b.reading.fromTable).flatMap((b) => numbersOf(b.reading.block)),
  );
  // Prose that only restates a table's figures ("Cán bộ: 09 người (gồm Đảng ủy 02 người; …)") is no new block.
  const restates = (b: BlockReading) =>
    !b.fromTable && b.block.kind === 'count' && numbersOf(b.block).every((n) => tableValues.has(n));
  const kept: BlockReading[] = [];
  const seen = new Set<string>();
  for (const b of bags) {
    if ((!b.reading.fromTable && tableKinds.has(b.reading.block.kind)) || restates(b.reading)) continue;
    const key = valuesKey(b.reading);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(b.reading);
  }
  // Document order, as the notice gives them.
  const first = (b: BlockReading) => Math.min(...b.sources.map((s) => s.place.paragraph));
  kept.sort((a, b) => first(a) - first(b));
  return { blocks: kept, found, used };
}
