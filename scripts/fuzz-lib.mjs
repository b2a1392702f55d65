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
      result.exceptions++;
      if (result.failures.length < 10) {
        result.failures.push({ base: name, stage, done, error: String(error?.stack ?? error).slice(0, 600) });
      }
    }
    const ms = performance.now() - started;
    if (ms > result.slowest.ms) result.slowest = { ms, done, base: name };
    result.runs++;
    onProgress?.(result);
  }
  return result;
}
