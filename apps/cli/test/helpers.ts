import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

/** The built CLI: tests run the real thing, as a user's shell would. */
export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
/** The repository root, where `examples/` lives. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The version in package.json, which the build writes into the CLI. */
export const VERSION: string = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;
export const EXAMPLE = 'examples/diem-mac-2024.yaml';
export const CLEAN_EXAMPLE = 'examples/thanh-binh-2025.yaml';

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/bin.js …` in a separate process. The environment is cleared of what
 * would change the output (language, colour, CI) unless the test sets it.
 */
export function cli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; stdin?: string } = {},
): Promise<Run> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(DIEMMAC_|FORCE_COLOR|NO_COLOR|CI$)/.test(k)) env[k] = v;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...env, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => {
      stdout += s;
    });
    child.stderr.setEncoding('utf8').on('data', (s: string) => {
      stderr += s;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** A fresh temporary folder; `cleanup()` removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'diemmac-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A supervision file's text. */
export const yaml = (data: unknown): string => stringify(data, { lineWidth: 0 });
