// One autocannon run in a process of its own, started by scale.bench.mjs: a load generator
// that shares an event loop with another one (or with the bench's own fetches) delays reading
// its responses, and that delay would be counted as the server's latency.
// Usage: node load.mjs '{"url":…,"connections":5,"duration":10,"headers":{…}}'
// Prints autocannon's result as JSON on stdout. A line "stop" on stdin ends the run early.
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2] ?? '{}');
const run = autocannon(options, (err, result) => {
  if (err) {
    console.error(err);
    process.exit(1);
  }
  process.stdout.write(JSON.stringify(result));
  process.exit(0);
});
process.stdin.setEncoding('utf8');
process.stdin.on('data', (line) => {
  if (line.includes('stop')) run.stop();
});
