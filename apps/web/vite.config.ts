import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/client', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/public', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  // The manifest (.vite/manifest.json, never served) lets the benchmark measure what each page loads.
  build: { outDir, emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 700, manifest: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
