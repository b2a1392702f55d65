// npm run consumer:test — what an importer gets from the published tarballs.
// Packs every public library package, installs the tarballs into three fresh projects
// (ESM with NodeNext, CommonJS with Node16, a bundler-resolved project), and in each one
// type-checks every TypeScript snippet of the READMEs with `strict` and WITHOUT skipLibCheck
// (so a declaration that only works with skipLibCheck fails here), then runs it with Node.
// Type-checking happens with the TypeScript of this repository (5.9) and, when
// CONSUMER_TS7=1 or CI is set, also with the TypeScript that `npm install typescript` gives
// today (7.x). Each snippet runs in a scratch folder that holds the repository's examples and a
// notice rendered from one of them (thong-bao.docx).
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const libraries = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private);

const readmes = [join(root, 'README.md'), ...libraries.map((dir) => join(dir, 'README.md'))].filter((f) =>
  existsSync(f),
);
const snippets = readmes.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({
    name: `${file.slice(root.length).replace(/[/.]/g, '_')}_${i}`,
    code: m[1],
  }));
});

// Not a README snippet: types an importer relies on must be real types, not `any`
// (each @ts-expect-error fails the build if the line compiles, as it would with `any`).
snippets.push({
  name: 'sound_types',
  code: `import { Decimal, rate } from '@diemmac/core';
const d = new Decimal('1.5');
// @ts-expect-error a Decimal is not a string
const s: string = d;
// @ts-expect-error a rate may be undefined (the whole may be zero)
rate(1n, 2n, { precision: 2, mode: 'half-up' }).toFixed(2);
if (d.plus('0.25').toString() !== '1.75' || typeof s !== 'object') throw new Error('Decimal is not exact');
`,
});

// Not a README snippet either: every subpath of the core resolves, with its types, under each
// module setting (the adapters' helpers included, which only our own packages import).
snippets.push({
  name: 'core_subpaths',
  code: `import { showPath, isRealDate, type FigureEntry } from '@diemmac/core/adapters';
import { FollowUp } from '@diemmac/core/followup';
import { REGISTER_FIELDS } from '@diemmac/core/register';
import { summarise } from '@diemmac/core/summary';
import { FIGURE_DESCRIPTORS } from '@diemmac/core/vocabulary';
const entries: FigureEntry[] = [];
// @ts-expect-error a path is a list of keys and indexes, not a string
const wrong = () => showPath('sections');
if (showPath(['sections', 4, 'figures', 0]) !== 'sections[4].figures[0]') throw new Error('showPath');
if (isRealDate({ year: 2023, month: 2, day: 29 }) || entries.length !== 0) throw new Error('isRealDate');
if (![FollowUp, REGISTER_FIELDS, summarise, FIGURE_DESCRIPTORS, wrong].every(Boolean)) throw new Error('a subpath is empty');
`,
});

const work = mkdtempSync(join(tmpdir(), 'diemmac-consumer-'));

// The notice a council office holds, for the reader's snippet: the Điềm Mặc example rendered to
// .docx by this repository's build.
const core = await import(join(root, 'packages/core/dist/index.js'));
const notice = await import(join(root, 'packages/notice/dist/index.js'));
const seed = core.parseSupervisionText(readFileSync(join(root, 'examples/diem-mac-2024.yaml'), 'utf8'));
const noticeDocx = await notice.toDocx(notice.buildNotice(seed.value, {}));
const tarballs = libraries.map((dir) => {
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], dir));
  return join(work, packed.filename);
});

/** CommonJS has no top-level await: keep the imports on top and run the rest in an async function. */
const asCommonJs = (code) => {
  const lines = code.split('\n');
  const imports = lines.filter((l) => l.startsWith('import '));
  const body = lines.filter((l) => !l.startsWith('import '));
  return `${imports.join('\n')}\n(async () => {\n${body.join('\n')}\n})().catch((e) => { console.error(e); process.exit(1); });\n`;
};

const fixtures = [
  {
    name: 'esm-nodenext',
    type: 'module',
    compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022' },
    ext: 'ts',
    wrap: (c) => `${c}\nexport {};\n`,
  },
  {
    name: 'cjs-node16',
    type: 'commonjs',
    compilerOptions: { module: 'Node16', moduleResolution: 'Node16', target: 'ES2022' },
    ext: 'ts',
    wrap: asCommonJs,
  },
  {
    name: 'bundler',
    type: 'module',
    compilerOptions: { module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022' },
    ext: 'ts',
    wrap: (c) => `${c}\nexport {};\n`,
  },
];

const compilers = [{ label: 'typescript 5.9', spec: 'typescript@~5.9.3' }];
// biome-ignore lint/suspicious/noUndeclaredEnvVars: a script run outside turbo
if (process.env.CONSUMER_TS7 === '1' || process.env.CI)
  compilers.push({ label: 'typescript latest', spec: 'typescript@latest' });

let failures = 0;
for (const fixture of fixtures) {
  const dir = join(work, fixture.name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: `consumer-${fixture.name}`, private: true, type: fixture.type }, null, 2),
  );
  for (const s of snippets) writeFileSync(join(dir, 'src', `${s.name}.${fixture.ext}`), fixture.wrap(s.code));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs, '@types/node@20'], dir);

  for (const compiler of compilers) {
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', compiler.spec], dir);
    const version = run('npx', ['tsc', '--version'], dir).trim();
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify(
        {
          compilerOptions: {
            ...fixture.compilerOptions,
            strict: true,
            noUncheckedIndexedAccess: true,
            skipLibCheck: false,
            types: ['node'],
            outDir: 'out',
            rootDir: 'src',
          },
          include: ['src'],
        },
        null,
        2,
      ),
    );
    try {
      run('npx', ['tsc', '-p', '.'], dir);
      console.log(
        `✓ ${fixture.name}: ${snippets.length} snippets (README and type checks) type-check with ${version}`,
      );
    } catch (e) {
      failures++;
      console.error(`✗ ${fixture.name} with ${version}:\n${e.stdout || e.message}`);
    }
  }
  if (fixture.name === 'bundler') continue; // a bundler project is type-checked only
  const before = failures;
  for (const s of snippets) {
    const scratch = mkdtempSync(join(work, 'run-'));
    cpSync(join(root, 'examples'), join(scratch, 'examples'), { recursive: true });
    writeFileSync(join(scratch, 'thong-bao.docx'), noticeDocx);
    try {
      run('node', [join(dir, 'out', `${s.name}.js`)], scratch);
    } catch (e) {
      failures++;
      console.error(`✗ ${fixture.name}: ${s.name} fails at run time:\n${e.stderr || e.message}`);
    }
  }
  if (failures === before) console.log(`✓ ${fixture.name}: the ${snippets.length} snippets run`);
}

rmSync(work, { recursive: true, force: true });
if (failures > 0) {
  console.error(`consumer test: ${failures} failure(s)`);
  process.exit(1);
}
