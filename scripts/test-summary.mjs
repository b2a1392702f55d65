// Prints one closing line for every vitest run of the workspaces: "vitest: N passed, N failed, N skipped".
// Each workspace's `test` script writes .vitest-report.json (a turbo output, so cached runs count too).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const missing = [];
for (const dir of ['packages', 'apps']) {
  for (const name of readdirSync(join(root, dir))) {
    const pkgDir = join(root, dir, name);
    const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
    if (!pkg.scripts?.test) continue;
    const file = join(pkgDir, '.vitest-report.json');
    if (!existsSync(file)) {
      missing.push(pkg.name);
      continue;
    }
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + report.numTodoTests;
  }
}
if (missing.length > 0) console.log(`no test report from: ${missing.join(', ')}`);
console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && missing.length === 0 ? 0 : 1);
