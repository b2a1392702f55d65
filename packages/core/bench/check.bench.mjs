// npm run bench -w @diemmac/core — parses and checks the Điềm Mặc example on one core.
// Targets (issue 2): ≥ 2,000 parses + checks per second; check time ≤ 5 × JSON.parse of the same data.
import { readFileSync } from 'node:fs';
import { checkSupervision, parseSupervision, readText } from '../dist/index.js';

const text = readFileSync(new URL('../../../examples/diem-mac-2024.yaml', import.meta.url), 'utf8');
const read = readText(text);
if (!read.ok) throw new Error('example does not read');
const data = read.data;
const json = JSON.stringify(data);
const now = { year: 2024, month: 11, day: 20 };
const model = parseSupervision(data);
if (!model.ok) throw new Error('example does not parse');

/** Runs fn repeatedly for about `ms` milliseconds after a warm-up; returns operations per second. */
function measure(fn, ms = 2000) {
  for (let i = 0; i < 200; i++) fn();
  let n = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let t = start;
  while (t < end) {
    for (let i = 0; i < 20; i++) fn();
    n += 20;
    t = process.hrtime.bigint();
  }
  return (n * 1e9) / Number(t - start);
}

const jsonParse = measure(() => JSON.parse(json));
const parseOnly = measure(() => parseSupervision(JSON.parse(json)));
const checkOnly = measure(() => checkSupervision(model.value, { now }));
const parseAndCheck = measure(() => {
  const r = parseSupervision(JSON.parse(json));
  if (r.ok) checkSupervision(r.value, { now });
});
const fromText = measure(() => {
  const r = readText(text);
  if (r.ok) {
    const p = parseSupervision(r.data);
    if (p.ok) checkSupervision(p.value, { now });
  }
}, 1000);

const fmt = (x) => Math.round(x).toLocaleString('en-US');
const ratio = (slow, fast) => (fast / slow).toFixed(1);
console.log(
  `example: ${json.length.toLocaleString('en-US')} bytes of JSON, ${text.length.toLocaleString('en-US')} of YAML`,
);
console.log(`JSON.parse                         ${fmt(jsonParse)} /s`);
console.log(`parseSupervision (from JSON)       ${fmt(parseOnly)} /s`);
console.log(`checkSupervision                   ${fmt(checkOnly)} /s`);
console.log(`parse + check (from JSON)          ${fmt(parseAndCheck)} /s   target ≥ 2,000/s`);
console.log(`YAML text → parse + check          ${fmt(fromText)} /s`);
console.log(`check time ÷ JSON.parse time       ${ratio(checkOnly, jsonParse)}×   target ≤ 5×`);
console.log(`parse+check time ÷ JSON.parse time ${ratio(parseAndCheck, jsonParse)}×`);
