import type { Context } from '../context.js';
import { fail, type Outcome } from '../errors.js';
import { initTemplate, supervisionId } from '../init/template.js';
import { writeAtomic } from '../io/write-atomic.js';
import { packOfCommand } from '../pack/command.js';
import { SCHEMA_URL } from '../version.js';

export interface InitOptions {
  commune?: string | undefined;
  province?: string | undefined;
  year?: string | undefined;
  framework?: string | undefined;
  output?: string | undefined;
  force?: boolean | undefined;
  pack?: string | undefined;
}

/**
 * `diemmac init`: writes a new supervision file from the commented template; never
 * overwrites one without `--force`. `-o -` prints it instead.
 *
 * @example
 * await init({ commune: 'Thanh Bình', year: '2025', output: 'thanh-binh-2025.yaml' }, context)
 */
export async function init(options: InitOptions, context: Context): Promise<Outcome> {
  const now = context.clock();
  const year = options.year === undefined ? now.getFullYear() : parseYear(options.year);
  // The outlines of the pack (`--pack`, a diemmac.config found upwards, or the default pack's).
  const { outlines } = packOfCommand(options.pack, process.cwd(), context).frameworks;
  const frameworkId = options.framework ?? 'cchc-xa';
  const framework = outlines.find((o) => o.id === frameworkId);
  if (!framework) fail({ code: 'framework.unknown', given: frameworkId, known: outlines.map((o) => o.id) });
  const commune = options.commune?.trim() || undefined;
  const text = initTemplate({
    commune,
    province: options.province?.trim() || undefined,
    year,
    month: year === now.getFullYear() ? now.getMonth() + 1 : 12,
    framework,
    schemaUrl: SCHEMA_URL,
  });
  const output = options.output ?? `${supervisionId(commune, year)}.yaml`;
  if (output === '-') {
    context.stdout.write(text);
    return { kind: 'done' };
  }
  writeAtomic(output, text, { force: options.force });
  context.stderr.write(`${context.messages.init.written(output)}\n`);
  return { kind: 'done' };
}

function parseYear(text: string): number {
  const year = Number(text);
  if (!/^\d{4}$/.test(text) || year < 1990 || year > 2200) {
    fail({ code: 'option.invalid', option: '--year', value: text, expected: '1990–2200' });
  }
  return year;
}
