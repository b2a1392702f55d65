#!/usr/bin/env node
// The installed command, CommonJS like the start it loads (bin/package.json; Node's ES module
// loader would cost every start). It exists before the build, so npm links it on `npm ci`, and it
// loads the built program; dist/bin.js alone decides every exit code.
try {
  require('../dist/bin.js');
} catch (error) {
  if (error?.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes('dist/bin.js')) throw error;
  console.error('diemmac chưa được build; hãy chạy `npm run build` (not built yet: run `npm run build`).');
  process.exitCode = 2;
}
