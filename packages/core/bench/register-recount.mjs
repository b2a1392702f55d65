// One run of the recount over a register file, in its own process so that its peak memory
// is its own: node register-recount.mjs FILE FROM TO  (FROM and TO as yyyymmdd).
import { createReadStream } from 'node:fs';
import { createRegisterReader } from '../dist/register/index.js';

const [file, from, to] = process.argv.slice(2);
const started = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const reader = createRegisterReader({ period: { from: Number(from), to: Number(to) } });
// Bytes, as the CLI reads them: the scanner reads dates and codes in place.
for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) reader.pushBytes(chunk);
const { recount, issues } = reader.end();
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const used = process.cpuUsage(cpuStart);
// CPU time (all threads) beside wall time: on a shared machine it varies less.
const cpuMs = (used.user + used.system) / 1000;
console.log(
  JSON.stringify({
    ms,
    cpuMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    recount,
    issues: issues.map((i) => [i.code, i.count]),
  }),
);
