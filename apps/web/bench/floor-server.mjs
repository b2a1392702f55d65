// The floor for scale.bench.mjs: a bare node:http server that answers every request with the
// same bytes the app sent for a list page (gzip and all) and does nothing else. Whatever latency
// it shows under the same load is the machine's and Node's, not the app's.
// Usage: node floor-server.mjs PORT FILE (FILE holds the body); prints "ready" when listening.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [port, file] = process.argv.slice(2);
const body = readFileSync(file);
const headers = {
  'content-type': 'application/json; charset=utf-8',
  'content-encoding': 'gzip',
  'content-length': body.length,
};
createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log('ready'));
