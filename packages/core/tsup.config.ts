import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'register/index': 'src/register/index.ts',
    'followup/index': 'src/followup/index.ts',
    'summary/index': 'src/summary/index.ts',
    'vocabulary/index': 'src/vocabulary/index.ts',
    'adapters/index': 'src/adapters/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
});
