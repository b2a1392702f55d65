// The same count by DuckDB, the analysts' yardstick: node register-duckdb.mjs FILE FROM TO.
import { DuckDBInstance } from '@duckdb/node-api';

const [file, from, to] = process.argv.slice(2);
const iso = (d) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
const F = `DATE '${iso(from)}'`;
const T = `DATE '${iso(to)}'`;
const started = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const reader = await connection.runAndReadAll(`
  WITH r AS (
    SELECT code,
           strptime(received, '%d/%m/%Y')::DATE AS rec,
           strptime(due_on, '%d/%m/%Y')::DATE AS due,
           CAST(strptime(NULLIF(resolved, ''), '%d/%m/%Y') AS DATE) AS res,
           channel AS ch, status AS st
    -- Columns by position: the header is Vietnamese (see register-data.mjs).
    FROM read_csv('${file}', header = true, all_varchar = true, delim = ',', quote = '"',
      names = ['n', 'code', 'procedure', 'person', 'address', 'received', 'due_on', 'resolved', 'channel', 'status'])
  ), f AS (SELECT * FROM r WHERE rec <= ${T} AND (res IS NULL OR res >= ${F}))
  SELECT
    (SELECT count(*) FROM r) AS rows, (SELECT count(DISTINCT code) FROM r) AS codes,
    count(*) AS received,
    count(*) FILTER (rec < ${F}) AS carried_over,
    count(*) FILTER (rec >= ${F} AND ch = 'Trực tuyến') AS online,
    count(*) FILTER (rec >= ${F} AND ch = 'Trực tiếp') AS direct,
    count(*) FILTER (rec >= ${F} AND ch = 'Bưu chính công ích') AS postal,
    count(*) FILTER (st = 'Rút hồ sơ') AS withdrawn,
    count(*) FILTER (st <> 'Rút hồ sơ' AND res <= ${T} AND res < due) AS early,
    count(*) FILTER (st <> 'Rút hồ sơ' AND res <= ${T} AND res = due) AS on_time,
    count(*) FILTER (st <> 'Rút hồ sơ' AND res <= ${T} AND res > due) AS late,
    count(*) FILTER (st = 'Tạm dừng' AND (res IS NULL OR res > ${T})) AS suspended,
    count(*) FILTER (st NOT IN ('Rút hồ sơ', 'Tạm dừng') AND (res IS NULL OR res > ${T}) AND due >= ${T}) AS within_deadline,
    count(*) FILTER (st NOT IN ('Rút hồ sơ', 'Tạm dừng') AND (res IS NULL OR res > ${T}) AND due < ${T}) AS overdue
  FROM f`);
// Counts come back as bigints, as JSON strings: make them numbers (all far below 2^53).
const row = Object.fromEntries(Object.entries(reader.getRowObjectsJson()[0]).map(([k, v]) => [k, Number(v)]));
const ms = Number(process.hrtime.bigint() - started) / 1e6;
const used = process.cpuUsage(cpuStart);
// CPU time (all threads) beside wall time: on a shared machine it varies less.
const cpuMs = (used.user + used.system) / 1000;
console.log(JSON.stringify({ ms, cpuMs, maxRssMb: process.resourceUsage().maxRSS / 1024, row }));
