import { basename, dirname, extname, join } from 'node:path';
import { reportIssues } from '../check/issues.js';
import type { Context } from '../context.js';
import { fail, type Outcome } from '../errors.js';
import { maxInputBytes } from '../io/limit.js';
import { readInput } from '../io/read-input.js';
import { assertWritable, writeAtomic } from '../io/write-atomic.js';
import { packOfCommand } from '../pack/command.js';
import { asOf, today } from '../today.js';

export type RenderFormat = 'docx' | 'html' | 'md';

export interface RenderOptions {
  to?: RenderFormat | undefined;
  output?: string | undefined;
  annex?: boolean | undefined;
  force?: boolean | undefined;
  today?: string | undefined;
  asOf?: string | undefined;
  maxSize?: string | undefined;
  pack?: string | undefined;
}

// The notice package knows the extensions too, but loads only for `render`, after this is read.
const EXTENSIONS: Record<RenderFormat, string> = { docx: '.docx', html: '.html', md: '.md' };

/**
 * `diemmac render <file> --to docx|html|md`: writes the conclusion notice next to the
 * input (or to `-o`), whole or not at all, never over an existing file without `--force`.
 *
 * @example
 * await render('bao-cao.yaml', { to: 'docx' }, context) // writes bao-cao.docx
 */
export async function render(file: string, options: RenderOptions, context: Context): Promise<Outcome> {
  const { lang, messages } = context;
  const to = options.to ?? formatOf(options.output) ?? 'docx';
  const output = options.output ?? join(dirname(file), basename(file, extname(file)) + EXTENSIONS[to]);
  if (output === '-' && to === 'docx') fail({ code: 'usage', detail: messages.render.binaryToStdout });
  // Refuse early: no reason to build a notice that cannot be written.
  if (output !== '-') assertWritable(output, { force: options.force });
  const now = today(options.today, context.clock);
  const maxBytes = maxInputBytes(options.maxSize, context.maxSize);
  const input = readInput(file, maxBytes);
  const pack = packOfCommand(options.pack, dirname(file), context, { maxBytes });

  const { core, notice } = await loadRenderer();
  // The core's pipeline, under the pack: parse, check, word; the annex reads its findings.
  const inspection = core
    .createInspector({ pack, langs: [lang] })
    .data(input.data, { now, asOf: asOf(options.asOf) }, input.locate);
  if (!inspection.ok) {
    const issues = inspection.stage === 'schema' ? reportIssues(inspection.issues, lang) : [];
    fail({ code: 'input.invalid', file, issues });
  }
  const { supervision, findings } = inspection;
  // The annex lists exactly the rules that ran under the pack, worded as the pack words them.
  const doc = notice.buildNotice(supervision, {
    findings,
    annex: Boolean(options.annex),
    checkedRules: pack.rules.map((r) => r.code),
    wording: pack.wording,
  });
  const content = await notice.renderNotice(doc, to);

  if (output === '-') {
    context.stdout.write(content);
  } else {
    writeAtomic(output, content, { force: options.force });
    context.stderr.write(`${messages.render.written(output)}\n`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors > 0) context.stderr.write(`${messages.render.hasErrors(file, errors)}\n`);
  return { kind: 'done' };
}

function formatOf(output: string | undefined): RenderFormat | undefined {
  const ext = output ? extname(output).toLowerCase() : '';
  return (Object.keys(EXTENSIONS) as RenderFormat[]).find((f) => EXTENSIONS[f] === ext);
}

// The notice renderer and its .docx library load only here, never for `check`. The bundle
// gives them the same copy of the core as the rest of the CLI: one model, one set of schemas.
async function loadRenderer() {
  try {
    const [core, notice] = await Promise.all([import('@diemmac/core'), import('@diemmac/notice')]);
    return { core, notice };
  } catch (e) {
    fail({ code: 'install.broken', module: '@diemmac/notice', reason: (e as Error).message });
  }
}
