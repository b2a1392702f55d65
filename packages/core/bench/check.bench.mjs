// npm run bench -w @diemmac/core — parses and checks the Điềm Mặc example on one core, each row
// beside its yardstick measured in the same run, per second of CPU time (compare the ratios).
// Targets (issue 14): parse + check ≥ 2,000/s; check time ≤ 5 × JSON.parse of the same data;
// YAML text → findings ≥ 1,000/s.
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { altered, fastestRatio, measureRounds, pairedRatio } from './shared.mjs';

// CORE_DIST=/path/to/an/older/dist/index.js measures another build the same way (an A/B).
const { checkSupervision, createChecker, parseSupervision, parseSupervisionText, readText } = await import(
  process.env.CORE_DIST ?? new URL('../dist/index.js', import.meta.url).href
);

const text = readFileSync(new URL('../../../examples/diem-mac-2024.yaml', import.meta.url), 'utf8');
const read = parseSupervisionText(text);
if (!read.ok) throw new Error('example does not read');
const json = JSON.stringify(read.data);
const model = read.value;
const now = { year: 2024, month: 11, day: 20 };

const checker = createChecker();
// Copies of the data as JSON.parse gives them, taken in turn: the parse alone, without the
// JSON.parse before it (which the row "from JSON" includes).
const COPIES = 200;
const copies = Array.from({ length: COPIES }, () => JSON.parse(json));
let copyNext = 0;

// A long-lived process (a server, a batch) has by now compiled its supervision parser to code,
// which the core does after a thousand parses (CODE_AFTER in src/parse/fast-parse.ts): the rows
// below measure that parser, as such a process runs it (a command reading a few files keeps the
// parser's closures, which measure about a third slower).
for (let i = 0; i < 3000; i++) parseSupervision(JSON.parse(json));
// And its checker has checked as many supervisions: the rows are a long-lived process's, and the
// engine's optimised code for the rules is not there after the rows' own short warm-up (measured:
// parse + check at 7.7–9.9× JSON.parse without this, 5.8× with it, in the same minute).
for (let i = 0; i < 3000; i++) {
  const r = parseSupervision(JSON.parse(json));
  if (r.ok) checker.check(r.value, { now });
}

// Copies of the example whose every subject and paragraph is new (a suffix numbered per copy), so
// a long-lived checker meets texts it has not read: what a server meets with each new supervision,
// and what no cache of earlier readings can flatter. When the copies run out the checker is
// replaced, so that every check still reads its altered texts for the first time.
const FRESH = 400;
const freshModels = Array.from({ length: FRESH }, (_, n) => {
  const r = parseSupervision(altered(read.data, n + 1));
  if (!r.ok) throw new Error('altered example does not parse');
  return r.value;
});
let freshChecker = createChecker();
let freshNext = 0;
function checkFresh() {
  if (freshNext === FRESH) {
    freshChecker = createChecker();
    freshNext = 0;
  }
  freshChecker.check(freshModels[freshNext++], { now });
}
// The two rows with targets in JSON.parse units come right after it in each round.
const { median, rounds } = measureRounds(
  {
    jsonParse: () => JSON.parse(json),
    parseAndCheck: () => {
      const r = parseSupervision(JSON.parse(json));
      if (r.ok) checker.check(r.value, { now });
    },
    fromText: () => {
      const r = parseSupervisionText(text);
      if (r.ok) checker.check(r.value, { now });
    },
    // The yaml library alone, as readText used it for every file before its fast reader.
    yamlLibrary: () => parseDocument(text, { uniqueKeys: true }).toJS(),
    readOnly: () => readText(text),
    parseOnly: () => parseSupervision(JSON.parse(json)),
    parseAlone: () => parseSupervision(copies[copyNext++ % COPIES]),
    // A long-lived checker (CLI batch, web server) keeps the readings of texts it has met.
    checkWarm: () => checker.check(model, { now }),
    // The same checker on supervisions whose subjects and paragraphs it has never read.
    checkFresh,
    // A fresh checker each time: every citation and name read from scratch.
    checkCold: () => createChecker().check(model, { now }),
    checkShared: () => checkSupervision(model, { now }),
  },
  { rounds: 9 },
);

const fmt = (x) => Math.round(x).toLocaleString('en-US').padStart(8);
// Each ratio to JSON.parse taken round by round (see `pairedRatio`): both rates of a round were
// measured together, so a slow spell of the machine moves the ratio less than either rate.
const ratioOf = (name) => pairedRatio(rounds.jsonParse, rounds[name]);
const times = (name) => `${ratioOf(name).median.toFixed(1)}×`;
const spread = (name) => {
  const { low, high } = ratioOf(name);
  const fastest = fastestRatio(rounds.jsonParse, rounds[name]);
  return `rounds ${low.toFixed(1)}–${high.toFixed(1)}×, fastest rounds ${fastest.toFixed(1)}×`;
};
const row = (label, value, note = '') =>
  console.log(`${label.padEnd(44)}${value}${note ? `   ${note}` : ''}`);
console.log(
  `example: ${json.length.toLocaleString('en-US')} bytes of JSON, ${text.length.toLocaleString('en-US')} of YAML`,
);
row('yardstick: JSON.parse of the data', `${fmt(median.jsonParse)} /s`);
row(
  'yardstick: yaml library, text → data',
  `${fmt(median.yamlLibrary)} /s`,
  `${times('yamlLibrary')} JSON.parse`,
);
row('readText (YAML text → data)', `${fmt(median.readOnly)} /s`, `${times('readOnly')} JSON.parse`);
row(
  'parseSupervision (from JSON)',
  `${fmt(median.parseOnly)} /s`,
  `${times('parseOnly')} JSON.parse (long-lived process)`,
);
row(
  'parseSupervision alone (data already read)',
  `${fmt(median.parseAlone)} /s`,
  `${ratioOf('parseAlone').median.toFixed(2)}× JSON.parse`,
);
row(
  'check, long-lived checker',
  `${fmt(median.checkWarm)} /s`,
  `${times('checkWarm')} JSON.parse, target ≤ 5×`,
);
row(
  'check, fresh texts (long-lived checker)',
  `${fmt(median.checkFresh)} /s`,
  `${times('checkFresh')} JSON.parse`,
);
row(
  'check, fresh checker (texts read anew)',
  `${fmt(median.checkCold)} /s`,
  `${times('checkCold')} JSON.parse`,
);
row('checkSupervision (shared default checker)', `${fmt(median.checkShared)} /s`);
row(
  'parse + check (from JSON)',
  `${fmt(median.parseAndCheck)} /s`,
  `target ≥ 2,000/s; ${times('parseAndCheck')} JSON.parse`,
);
row(
  'YAML text → findings',
  `${fmt(median.fromText)} /s`,
  `target ≥ 1,000/s; ${times('fromText')} JSON.parse`,
);

// The issue's targets are rates on the machine it was measured on, whose speed this shared VM does
// not keep (JSON.parse of the example has printed from 4,600/s to 8,900/s here within an hour).
// Its own table gives its yardstick: the check alone at 255/s was 45.6× JSON.parse, so JSON.parse
// ran at 11,628/s there. Each target in those units, beside this run's ratio, reads the same on a
// fast moment and a slow one; the rates above stay the figures the issue asked for.
const FILED_JSON_PARSE = 255 * 45.6;
const inUnits = (target) => FILED_JSON_PARSE / target;
console.log('\nThe same targets in JSON.parse units (issue 14 measured JSON.parse at 11,628/s):');
row(
  'parse + check (from JSON)',
  `${times('parseAndCheck').padStart(8)}`,
  `JSON.parse (${spread('parseAndCheck')}); 2,000/s there is ≤ ${inUnits(2000).toFixed(1)}×`,
);
row(
  'YAML text → findings',
  `${times('fromText').padStart(8)}`,
  `JSON.parse (${spread('fromText')}); 1,000/s there is ≤ ${inUnits(1000).toFixed(1)}×`,
);
