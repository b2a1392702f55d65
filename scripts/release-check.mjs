// npm run release:check — packs each public package and verifies what it would ship:
// built files and types present, no sources or tests; then publint and, for packages with
// types, @arethetypeswrong/cli. Exits non-zero on the first package that fails.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaces = ['packages', 'apps'].flatMap((dir) =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(root, dir, e.name)),
);

const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
let failed = 0;

for (const dir of workspaces) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  const problems = [];
  const [packed] = JSON.parse(run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], dir));
  const files = packed.files.map((f) => f.path);
  const shipped = (path) => files.includes(path.replace(/^\.\//, ''));

  for (const f of files) {
    if (/^src\//.test(f) || /\.(test|spec|bench)\.[cm]?[jt]s$/.test(f) || /(^|\/)test\//.test(f)) {
      problems.push(`ships a source or test file: ${f}`);
    }
  }
  const targets = [];
  const collect = (node) => {
    if (typeof node === 'string') targets.push(node);
    else if (node && typeof node === 'object') for (const v of Object.values(node)) collect(v);
  };
  collect(pkg.exports);
  collect(pkg.bin);
  for (const key of ['main', 'module', 'types']) if (pkg[key]) targets.push(pkg[key]);
  for (const t of targets)
    if (t.startsWith('./') && !t.endsWith('package.json') && !shipped(t)) problems.push(`missing ${t}`);
  if (pkg.types && !files.some((f) => f.endsWith('.d.ts'))) problems.push('no type declarations');
  if (!pkg.engines?.node) problems.push('no engines.node');

  try {
    run('npx', ['publint', '--strict'], dir);
  } catch (e) {
    problems.push(`publint: ${e.stdout || e.message}`);
  }
  if (pkg.types) {
    try {
      run('npx', ['attw', '--pack', '.', '--format', 'ascii'], dir);
    } catch (e) {
      problems.push(`attw: ${e.stdout || e.message}`);
    }
  }

  if (problems.length > 0) {
    failed++;
    console.error(`✗ ${pkg.name}@${pkg.version}\n  ${problems.join('\n  ')}`);
  } else {
    console.log(
      `✓ ${pkg.name}@${pkg.version}: ${files.length} files, ${(packed.size / 1024).toFixed(1)} kB packed`,
    );
  }
}
process.exit(failed === 0 ? 0 : 1);
