// What the core's benchmarks share: the way they measure, and the copies of the example whose
// texts are all new.

/**
 * Operations per second of this process's CPU time (user + system), which a machine shared with
 * other work disturbs less than the wall clock. The rows are measured in turns, a short spell
 * each, several rounds, and each row's median is kept: a burst of load elsewhere then falls on
 * every row alike instead of on whichever ran at the time.
 */
export function measureAll(rows, options) {
  return measureRounds(rows, options).median;
}

/**
 * `measureAll`, with every round's rate of every row as well (`rounds`), for ratios taken round by
 * round (see `pairedRatio`).
 */
export function measureRounds(rows, { rounds = 7, ms = 300, warmup = 20 } = {}) {
  const results = Object.fromEntries(Object.keys(rows).map((k) => [k, []]));
  for (const fn of Object.values(rows)) for (let i = 0; i < warmup; i++) fn();
  for (let round = 0; round < rounds; round++) {
    for (const [name, fn] of Object.entries(rows)) {
      let n = 0;
      const cpu = process.cpuUsage();
      const end = process.hrtime.bigint() + BigInt(ms) * 1_000_000n;
      do {
        fn();
        n++;
      } while (process.hrtime.bigint() < end);
      const used = process.cpuUsage(cpu);
      results[name].push((n * 1e6) / (used.user + used.system));
    }
  }
  const median = Object.fromEntries(Object.entries(results).map(([k, xs]) => [k, medianOf(xs)]));
  return { median, rounds: results };
}

/**
 * How many times slower `row` ran than `yardstick`, taken in each round (both measured in it, a
 * few hundred milliseconds apart) and the median of those kept, with the lowest and highest: a
 * ratio of two rates measured together moves less with the machine's speed than either rate.
 */
export function pairedRatio(yardstick, row) {
  const ratios = yardstick.map((y, i) => y / row[i]);
  const sorted = [...ratios].sort((a, b) => a - b);
  return { median: medianOf(ratios), low: sorted[0], high: sorted.at(-1) };
}

/**
 * How many times slower `row` ran than `yardstick` at the fastest round of each: on a machine
 * shared with other work, a slow round is the machine's doing and a fast one the code's, so each
 * row's fastest round is the nearest this run comes to an idle machine (where issue 14's targets
 * were measured, one run each). Printed beside the median of `pairedRatio`, never instead of it.
 */
export function fastestRatio(yardstick, row) {
  return Math.max(...yardstick) / Math.max(...row);
}

const medianOf = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** The example's data with every subject and paragraph made new: a suffix numbered `n`. */
export function altered(node, n) {
  if (Array.isArray(node)) return node.map((x) => altered(x, n));
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'subject' && typeof v === 'string') out[k] = `${v} (bản ${n})`;
    else if (k === 'paragraphs' && Array.isArray(v))
      out[k] = v.map((p) => (typeof p === 'string' ? `${p} (bản ${n})` : altered(p, n)));
    else out[k] = altered(v, n);
  }
  return out;
}
