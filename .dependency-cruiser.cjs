// Which way imports may run in this repository (issue 10), checked by `npm run lint`:
//   npm run lint:deps  (depcruise over every package's src and tests)
// The core imports nothing of ours; the notice, the reader and the sheets import only the core; the apps
// import packages, never each other; and no package has an import circle, type-only imports
// included (they are how a circle of shared types starts).

// A workspace import resolves to the package's folder (`packages/core/dist/…`) once the package is
// built, and stays its bare name (`@diemmac/notice`) when it is not: the rules match both.
const CORE = '^packages/core/';
const NOTICE = '^packages/notice/';
const READER = '^packages/reader/';
const SHEETS = '^packages/sheets/';
const APPS = ['^apps/', '^@diemmac/web($|/)', '^diemmac($|/)'];
/** Any workspace package but the ones named. */
const packagesBut = (...names) => [
  `^packages/(?!${names.join('/|')}/)`,
  `^@diemmac/(?!${names.join('($|/)|')}($|/))`,
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import circle: move the shared piece one floor down (see packages/core/src/shared).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-nothing-of-ours',
      comment: '@diemmac/core is the ground floor: it must not import another workspace.',
      severity: 'error',
      from: { path: CORE },
      to: { path: [...packagesBut('core'), ...APPS] },
    },
    {
      name: 'notice-imports-only-core',
      comment: '@diemmac/notice may import @diemmac/core and nothing else of ours.',
      severity: 'error',
      from: { path: NOTICE },
      to: { path: [...packagesBut('core', 'notice'), ...APPS] },
    },
    {
      name: 'reader-imports-only-core',
      comment:
        '@diemmac/reader may import @diemmac/core and nothing else of ours (its tests render .docx with the notice, a devDependency).',
      severity: 'error',
      from: { path: READER, pathNot: '^packages/reader/test/|\\.test\\.ts$' },
      to: { path: [...packagesBut('core', 'reader'), ...APPS] },
    },
    {
      name: 'sheets-imports-only-core',
      comment: '@diemmac/sheets may import @diemmac/core and nothing else of ours.',
      severity: 'error',
      from: { path: SHEETS },
      to: { path: [...packagesBut('core', 'sheets'), ...APPS] },
    },
    {
      name: 'web-shared-imports-neither-side',
      comment:
        "The web app's shared schemas and permissions: both the server and the client import them, so they import neither.",
      severity: 'error',
      from: { path: '^apps/web/src/shared/' },
      to: { path: '^apps/web/src/(client|server)/' },
    },
    {
      name: 'web-client-does-not-import-the-server',
      comment:
        'The browser speaks to the server over HTTP, with the shared schemas; it never bundles server code.',
      severity: 'error',
      from: { path: '^apps/web/src/client/' },
      to: { path: '^apps/web/src/server/' },
    },
    {
      name: 'apps-do-not-import-each-other',
      comment: 'An app imports packages, never another app.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: APPS, pathNot: '^apps/$1/' },
    },
  ],
  options: {
    // A workspace import resolves to the package's built `dist/`: kept as a dependency (the
    // layering rules read it) but not followed, and built files are never cruised themselves.
    doNotFollow: { path: ['node_modules', '(^|/)dist/'] },
    exclude: { path: ['(^|/)(coverage|\\.turbo)/'] },
    // Type-only imports count: a circle of types is still a circle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    // Workspace packages are symlinks in node_modules: follow them to their folders so that
    // the layering rules above see `packages/core/…`, not `node_modules/@diemmac/core/…`.
    preserveSymlinks: false,
  },
};
