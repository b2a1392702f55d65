import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** True when LibreOffice (`soffice`) and poppler (`pdftotext`) are installed. */
export async function haveOffice(): Promise<boolean> {
  try {
    await run('soffice', ['--version'], { timeout: 30_000 });
    await run('pdftotext', ['-v'], { timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a file in LibreOffice and saves it as `to` (docx, pdf), in a private profile so that
 * parallel runs never share one. Returns the converted bytes.
 */
export async function convert(
  name: string,
  bytes: Uint8Array,
  to: 'docx' | 'doc' | 'pdf',
): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'diemmac-soffice-'));
  try {
    const input = join(dir, 'in', name);
    const out = join(dir, 'out');
    await run('mkdir', ['-p', join(dir, 'in'), out]);
    await writeFile(input, bytes);
    const profile = `file://${join(dir, 'profile')}`;
    await run(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', out, input],
      {
        timeout: 120_000,
      },
    );
    return new Uint8Array(await readFile(join(out, name.replace(/\.[^.]+$/, `.${to}`))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
