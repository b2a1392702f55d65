// Mutation fuzzing of the whole chain a user's file goes through: parse → check → render
// (HTML, Markdown, .docx). Plain JavaScript so that `npm run fuzz` runs over the built packages
// and a seeded small run can sit among the notice package's tests. The functions under test
// are passed in, never imported here.

const VIETNAMESE =
  'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ' +
  'AĂÂĐÊÔƠƯÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ';
const PUNCTUATION = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const ALPHABET = [...VIETNAMESE, ...PUNCTUATION, ...'0123456789'];

/** A small fast seeded generator (mulberry32): the same seed gives the same inputs. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)] };
}

function vietnameseText(r) {
  const length = r.pick([1, 2, 5, 12, 40, 200]);
  let out = '';
  for (let i = 0; i < length; i++) out += r.pick(ALPHABET);
  return out;
}

function digits(r, length) {
  let out = String(1 + r.int(9));
  for (let i = 1; i < length; i++) out += String(r.int(10));
  return out;
}

function hugeNumber(r) {
  return r.pick([
    () => digits(r, 1 + r.int(60)),
    () => `${digits(r, 1 + r.int(20))},${digits(r, 1 + r.int(40))}`,
    () => digits(r, 1 + r.int(20)).replace(/\B(?=(\d{3})+(?!\d))/g, '.'),
    () => Number.MAX_SAFE_INTEGER + r.int(1000),
    () => 1e300,
    () => -r.int(1000),
    () => r.next() * 1000,
    () => `${r.int(200)}%`,
    () => '0',
  ])();
}

function date(r) {
  const day = 1 + r.int(31);
  const month = r.pick([1 + r.int(12), 2, 2, 0, 13]);
  const year = r.pick([2023, 2024, 2025, 2026, 1899, 1990 + r.int(210)]);
  return r.pick([
    `${day}/${month}/${year}`,
    `${year}-${month}-${day}`,
    `${month}/${year}`,
    `${day}/${month}`,
  ]);
}

function deepArray(r) {
  const depth = 1 + r.int(200);
  let node = r.pick([[], ['x'], {}]);
  for (let i = 0; i < depth; i++) node = [node];
  return node;
}

function deepSections(r) {
  const depth = 1 + r.int(60);
  let node = { key: 'deep', title: vietnameseText(r) };
  for (let i = 0; i < depth; i++)
    node = { key: `deep-${i}`, number: `${i}.`, title: 'Mục', sections: [node] };
  return [node];
}

function replacement(r) {
  return r.pick([
    () => vietnameseText(r),
    () => hugeNumber(r),
    () => date(r),
    () => deepArray(r),
    () => null,
    () => true,
    () => r.int(100),
    () => [],
    () => ({}),
    () => '',
    () => [vietnameseText(r)],
    () => ({ [vietnameseText(r)]: vietnameseText(r) }),
  ])();
}

/** Every [parent, key] in the tree, so that any node can be deleted or replaced. */
function slots(root) {
  const out = [];
  const walk = (node) => {
    if (node === null || typeof node !== 'object') return;
    for (const key of Object.keys(node)) {
      out.push([node, key]);
      walk(node[key]);
    }
  };
  walk(root);
  return out;
}

const MUTATIONS = {
  delete(_r, [parent, key]) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  },
  swap(r, [parent, key]) {
    parent[key] = replacement(r);
  },
  vietnamese(r, [parent, key]) {
    parent[key] = vietnameseText(r);
  },
  number(r, [parent, key]) {
    parent[key] = hugeNumber(r);
  },
  date(r, [parent, key]) {
    parent[key] = date(r);
  },
  deep(r, [parent, key]) {
    parent[key] = deepArray(r);
  },
  duplicate(r, [parent, key]) {
    const value = parent[key];
    if (Array.isArray(value) && value.length > 0) {
      for (let i = r.int(50); i > 0; i--) value.push(structuredClone(r.pick(value)));
    } else parent[key] = structuredClone(value);
  },
  sections(r, [parent, key]) {
    parent[key] = deepSections(r);
  },
};
const KINDS = Object.keys(MUTATIONS);

const DATE_LIKE = /^\d{1,2}\/\d{1,2}\/\d{4}$|^\d{4}-\d{2}-\d{2}$/;
const NUMBER_LIKE = /^[\d.,%]+$/;

/**
 * A change that keeps the shape of a leaf, so that most inputs still parse and reach the
 * renderers: a text becomes Vietnamese text with punctuation, a date another date (maybe
 * impossible), a figure another figure (maybe 60 digits long).
 */
const CODES = new Set([
  'kind',
  'type',
  'role',
  'id',
  'symbol',
  'number',
  'key',
  'framework',
  'level',
  'unit',
]);
const CODES_TOO = ['authority', 'status', 'group', 'direction', 'category', 'schemaVersion', 'year'];
for (const code of CODES_TOO) CODES.add(code);

function leafMutation(r, [parent, key]) {
  const value = parent[key];
  if (CODES.has(key)) return undefined;
  if (typeof value === 'number' || (typeof value === 'string' && NUMBER_LIKE.test(value))) {
    parent[key] = r.int(3) === 0 ? hugeNumber(r) : String(r.int(10 ** (1 + r.int(12))));
    return 'leaf-number';
  }
  if (typeof value === 'string' && DATE_LIKE.test(value)) {
    parent[key] = date(r);
    return 'leaf-date';
  }
  if (typeof value === 'string') {
    parent[key] = r.int(2) === 0 ? vietnameseText(r) : `${value} ${vietnameseText(r)}`;
    return 'leaf-text';
  }
  return undefined;
}

/** One mutated copy of a base input, and the list of what was done to it. */
export function mutate(base, r) {
  const data = structuredClone(base);
  const done = [];
  const count = r.pick([1, 1, 1, 2, 3, 5]);
  for (let i = 0; i < count; i++) {
    const all = slots(data);
    if (all.length === 0) break;
    const slot = r.pick(all);
    // Most changes keep a leaf's shape, so that most inputs reach the renderers.
    const leaf = r.int(10) < 7 ? leafMutation(r, slot) : undefined;
    if (leaf) {
      done.push(`${leaf} ${String(slot[1])}`);
      continue;
    }
    const kind = r.pick(KINDS);
    done.push(`${kind} ${String(slot[1])}`);
    MUTATIONS[kind](r, slot);
  }
  return { data, done };
}

/**
 * Runs `runs` mutated inputs through parse → check → words of every finding → render in three
 * formats (only when parse succeeds; otherwise every input issue is worded). Counts the
 * exceptions, keeps the first few, and the slowest input.
 */
export async function fuzz({ bases, runs, seed, api, now = { year: 2026, month: 1, day: 1 }, onProgress }) {
  const r = random(seed);
  const result = {
    runs: 0,
    parsed: 0,
    exceptions: 0,
    failures: [],
    slowest: { ms: 0, done: [], base: '' },
  };
  for (let i = 0; i < runs; i++) {
    const [name, base] = r.pick(bases);
    const { data, done } = mutate(base, r);
    const started = performance.now();
    let stage = 'parse';
    try {
      const parsed = api.parseSupervision(data);
      if (parsed.ok) {
        result.parsed++;
        stage = 'check';
        const findings = api.checkSupervision(parsed.value, { now });
        // A rule that throws is caught by the checker and reported as a finding of its own: to
        // the user, a crash all the same.
        failedRules(findings, api.RULE_FAILED);
        stage = 'words';
        for (const f of findings) {
          api.formatFinding(f, 'vi');
          api.formatFinding(f, 'en');
        }
        stage = 'build';
        const doc = api.buildNotice(parsed.value, { findings, annex: true, amountsInWords: true });
        stage = 'html';
        api.toHtml(doc);
        stage = 'markdown';
        api.toMarkdown(doc);
        stage = 'docx';
        await api.toDocx(doc);
      } else {
        stage = 'issues';
        for (const issue of parsed.issues) {
          api.formatIssue(issue, 'vi');
          api.formatIssue(issue, 'en');
        }
      }
    } catch (error) {
      fail(result, { base: name, stage, done, error });
    }
    finish(result, { base: name, done, started }, onProgress);
  }
  return result;
}

/** Throws, as a rule's own exception would have, when a rule failed on the input. */
function failedRules(findings, code) {
  const failed = findings.find((f) => f.code === code);
  if (failed) throw new Error(`rule ${failed.params?.rule} failed: ${failed.params?.reason}`);
}

/** Counts an input, and keeps it if it was the slowest yet. */
function finish(result, { base, done, started }, onProgress) {
  const ms = performance.now() - started;
  if (ms > result.slowest.ms) result.slowest = { ms, done, base };
  result.runs++;
  onProgress?.(result);
}

/** Counts an exception, and keeps the first few. */
function fail(result, { base, stage, done, error }) {
  result.exceptions++;
  if (result.failures.length < 10) {
    result.failures.push({ base, stage, done, error: String(error?.stack ?? error).slice(0, 600) });
  }
}

/**
 * What a notice as a council typed it may hold, odd or broken: the reader meets notices from
 * communes it has never seen, in layouts of their own.
 */
const NOTICE_PIECES = [
  '\n',
  '\n\n',
  ' ',
  '-',
  '—',
  '/',
  '.',
  ',',
  '%',
  '(',
  ')',
  ':',
  '|',
  '| 1 | 2 |\n',
  'I. ',
  'II. ',
  '1. ',
  '2.1. ',
  'a) ',
  '- ',
  '+ ',
  'Điều 1. ',
  'Tổng cộng: ',
  'ngày 31 tháng 02 năm 2024',
  '31/02/2024',
  '00/13/2024',
  'năm 1899',
  '1.000.000',
  '1.000.000.000.000.000.000.000 đồng',
  '99,999',
  '0,00%',
  '120%',
  '48,70%',
  '5.824.272.835 đồng (',
  '(bằng chữ: năm tỷ đồng)',
  'số 12/QĐ-UBND',
  'Kế hoạch số /KH-HĐND',
  'Nghị quyết số 01/2024/NQ-HĐND ngày 05/01/2024',
  'Xã Điềm-Mặc',
  'HĐND',
  'Thường trực HĐND xã',
  'Nơi nhận:',
  'TM. THƯỜNG TRỰC HĐND',
  'KIẾN NGHỊ',
  'KẾT QUẢ GIÁM SÁT',
  '\u0301',
  '\t',
  '<b>',
  '</p>',
  '<table><tr><td>1</td></tr></table>',
  '&amp;',
];

/** One mutated copy of a notice's text (any format: the same edits), and what was done to it. */
export function mutateText(text, r) {
  let out = text;
  const done = [];
  const count = r.pick([1, 1, 2, 3, 5, 8]);
  for (let i = 0; i < count; i++) {
    const at = r.int(out.length + 1);
    const kind = r.pick(['insert', 'insert', 'replace', 'cut', 'line', 'digits']);
    if (kind === 'insert') {
      const piece = r.pick(NOTICE_PIECES);
      out = out.slice(0, at) + piece + out.slice(at);
      done.push(`insert ${JSON.stringify(piece)} at ${at}`);
    } else if (kind === 'replace') {
      const piece = r.int(2) === 0 ? r.pick(NOTICE_PIECES) : vietnameseText(r);
      const length = 1 + r.int(40);
      out = out.slice(0, at) + piece + out.slice(at + length);
      done.push(`replace ${length} at ${at} with ${JSON.stringify(piece)}`);
    } else if (kind === 'cut') {
      const length = 1 + r.int(r.pick([10, 200, 3000]));
      out = out.slice(0, at) + out.slice(at + length);
      done.push(`cut ${length} at ${at}`);
    } else if (kind === 'line') {
      // A line repeated or moved: a table row pasted twice, a heading out of its place.
      const lines = out.split('\n');
      const from = r.int(lines.length);
      const to = r.int(lines.length + 1);
      const line = lines[from];
      if (r.int(2) === 0) lines.splice(from, 1);
      lines.splice(to, 0, line);
      out = lines.join('\n');
      done.push(`line ${from} to ${to}`);
    } else {
      // Every run of digits in a stretch of the text: another number, maybe impossible.
      const end = at + 1 + r.int(2000);
      const stretch = out.slice(at, end).replace(/\d+/g, () => String(hugeNumber(r)));
      out = out.slice(0, at) + stretch + out.slice(end);
      done.push(`digits ${at}–${end}`);
    }
  }
  return { text: out, done };
}

/**
 * Our own notice of each model, as bases for `fuzzNotices`: as Markdown, and as the HTML mammoth
 * makes of its .docx (what an uploaded .docx is read through), findings and annex included.
 */
export async function ownNotices(models, { now, api }) {
  const out = [];
  for (const [name, model] of models) {
    const doc = api.buildNotice(model, { findings: api.checkSupervision(model, { now }), annex: true });
    const { value: html } = await api.convertToHtml({ buffer: Buffer.from(await api.toDocx(doc)) });
    out.push([`${name}.md`, api.toMarkdown(doc), 'md'], [`${name}.docx`, html, 'html']);
  }
  return out;
}

/**
 * Runs `runs` mutated notices (text, Markdown, or the HTML a .docx is read through) through
 * read → check → words of every finding. Counts the exceptions (a rule that failed among them),
 * keeps the first few, and the slowest input.
 */
export function fuzzNotices({ bases, runs, seed, api, now = { year: 2026, month: 1, day: 1 }, onProgress }) {
  const r = random(seed);
  const result = { runs: 0, checked: 0, exceptions: 0, failures: [], slowest: { ms: 0, done: [], base: '' } };
  for (let i = 0; i < runs; i++) {
    const [name, base, format] = r.pick(bases);
    const { text, done } = mutateText(base, r);
    const started = performance.now();
    let stage = 'read';
    try {
      const reading = format === 'html' ? api.readNoticeHtml(text) : api.readNoticeText(text, format);
      stage = 'check';
      const { findings, supervision } = api.checkNotice(reading, { now });
      if (supervision) result.checked++;
      failedRules(findings, api.RULE_FAILED);
      stage = 'words';
      for (const f of findings) {
        for (const lang of ['vi', 'en']) {
          const words = api.formatNoticeFinding(f, lang);
          if (typeof words !== 'string' || words.trim() === '') {
            throw new Error(`finding ${f.code} has no ${lang} words`);
          }
        }
      }
    } catch (error) {
      fail(result, { base: name, stage, done, error });
    }
    finish(result, { base: name, done, started }, onProgress);
  }
  return result;
}
