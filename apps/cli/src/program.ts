import type { Lang } from '@diemmac/core';
import { Command, CommanderError, Option } from 'commander';
import pc from 'picocolors';
import type { CheckOptions } from './commands/check.js';
import type { FollowUpOptions } from './commands/followup.js';
import { FOLLOWUP_HELP } from './commands/followup-help.js';
import type { ImportOptions } from './commands/import.js';
import { IMPORT_HELP } from './commands/import-help.js';
import type { InitOptions } from './commands/init.js';
import type { RecountOptions } from './commands/recount.js';
import { RECOUNT_HELP } from './commands/recount-help.js';
import type { RenderOptions } from './commands/render.js';
import type { RulesOptions } from './commands/rules.js';
import type { SummaryOptions } from './commands/summary.js';
import { SUMMARY_HELP } from './commands/summary-help.js';
import type { Context, Sink } from './context.js';
import { CliFailure, type ExitCode, exitCode, type Outcome } from './errors.js';
import { CLI_MESSAGES, type HelpWording } from './messages/index.js';
import { VERSION } from './version.js';

/** What bin.ts reads from the process and hands over. */
export interface Environment {
  stdout: Sink;
  /** Read only when something is written there (bin.ts gives a getter). */
  readonly stderr: Sink & NodeJS.WritableStream;
  /** stderr is a terminal and CI is not set (read only when a bar could be drawn). */
  readonly interactive: boolean;
  /** DIEMMAC_LANG */
  lang?: string | undefined;
  /** DIEMMAC_MAX_SIZE: the input size limit in MB, when --max-size is not given. */
  maxSize?: string | undefined;
  /** DIEMMAC_DEBUG: show the stack of an internal error. */
  debug: boolean;
  /** Colour the text output: stdout is a terminal and NO_COLOR is not set. */
  color: boolean;
  clock: () => Date;
}

const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * Runs the CLI on its arguments (without `node` and the script) and returns the exit
 * code. Every error of every command ends here, is worded once, and becomes an exit code
 * through `exitCode`.
 *
 * @example
 * const code = await run(['check', 'bao-cao.yaml', '--lang', 'en'], environment);
 */
export async function run(argv: readonly string[], env: Environment): Promise<ExitCode> {
  const lang = pickLang(argv, env.lang);
  const messages = CLI_MESSAGES[lang];
  const context: Context = {
    lang,
    messages,
    stdout: env.stdout,
    // Read from the environment when first asked (see bin.ts).
    get stderr() {
      return env.stderr;
    },
    get interactive() {
      return env.interactive;
    },
    colors: pc.createColors(env.color && !argv.includes('--no-color')),
    clock: env.clock,
    maxSize: env.maxSize,
  };
  let outcome: Outcome = { kind: 'done' };
  const program = buildProgram(context, (o) => {
    outcome = o;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    outcome = toOutcome(e, env.debug ? (s) => env.stderr.write(`${s}\n`) : undefined);
  }
  if (outcome.kind === 'failed' && !(outcome.error.code === 'usage' && outcome.error.detail === '')) {
    env.stderr.write(`${messages.errorPrefix}${messages.error(outcome.error)}\n`);
  }
  return exitCode(outcome);
}

/** `--lang` on the command line, else DIEMMAC_LANG, else Vietnamese. Read before parsing so help speaks it too. */
export function pickLang(argv: readonly string[], variable: string | undefined): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined) return LANGS.includes(value as Lang) ? (value as Lang) : 'vi';
  }
  return LANGS.includes(variable as Lang) ? (variable as Lang) : 'vi';
}

function toOutcome(e: unknown, debug: ((s: string) => void) | undefined): Outcome {
  if (e instanceof CliFailure) return { kind: 'failed', error: e.error };
  if (e instanceof CommanderError) {
    if (e.exitCode === 0) return { kind: 'done' };
    // Help shown because no command was given: commander has printed it already.
    if (e.code === 'commander.help') return { kind: 'failed', error: { code: 'usage', detail: '' } };
    return { kind: 'failed', error: { code: 'usage', detail: e.message.replace(/^error: /, '') } };
  }
  debug?.(e instanceof Error ? (e.stack ?? e.message) : String(e));
  return { kind: 'failed', error: { code: 'internal', detail: e instanceof Error ? e.message : String(e) } };
}

function buildProgram(context: Context, settle: (outcome: Outcome) => void): Command {
  const { lang } = context;
  const vi = CLI_MESSAGES.vi.help;
  const en = CLI_MESSAGES.en.help;
  // Vietnamese first with the English beside it, so `diemmac --help` serves both readers;
  // `--lang en` gives English alone.
  const say = (key: Exclude<keyof HelpWording, 'titles'>) =>
    lang === 'vi' ? `${vi[key]} / ${en[key]}` : en[key];
  const title = (heading: string) => {
    const translated = lang === 'vi' ? vi.titles[heading] : undefined;
    return translated ? `${translated.replace(/:$/, '')} / ${heading}` : heading;
  };

  const program = new Command('diemmac')
    .description(say('program'))
    .version(VERSION, '-V, --version', say('version'))
    .helpOption('-h, --help', say('help'))
    .helpCommand('help [command]', say('helpCommand'))
    .addOption(new Option('--lang <lang>', say('lang')).choices(LANGS))
    .option('--no-color', say('noColor'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => context.stdout.write(s),
      writeErr: (s) => context.stderr.write(s),
      // Errors are worded by our message modules, in the user's language.
      outputError: () => {},
    })
    .configureHelp({
      styleTitle: title,
      // Our descriptions already say the choices and defaults, in both languages.
      optionDescription: (option) => option.description,
      argumentDescription: (argument) => argument.description,
    });

  const action =
    <A extends unknown[]>(load: (...args: A) => Promise<Outcome>) =>
    async (...args: A) => {
      settle(await load(...args));
    };

  program
    .command('check')
    .description(say('check'))
    .argument('<files...>', say('checkFiles'))
    .addOption(new Option('--format <format>', say('format')).choices(['text', 'json']).default('text'))
    .option('--config <file>', say('config'))
    .option('--pack <path|package>', say('pack'))
    .option('--today <date>', say('today'))
    .option('--as-of <date>', say('asOf'))
    .option('-j, --jobs <n>', say('jobs'))
    .option('--max-size <MB>', say('maxSize'))
    .action(
      action(async (files: string[], options: CheckOptions) => {
        const { check } = await import('./commands/check.js');
        return check(files, options, context);
      }),
    );

  // Reading notices (@diemmac/reader): the command's wording lives beside it, in commands/import.ts.
  const importSay = (key: keyof (typeof IMPORT_HELP)['vi']) =>
    lang === 'vi' ? `${IMPORT_HELP.vi[key]} / ${IMPORT_HELP.en[key]}` : IMPORT_HELP.en[key];
  program
    .command('import')
    .description(importSay('command'))
    .argument('<file>', importSay('file'))
    .option('-o, --output <file>', importSay('output'))
    .option('--force', say('force'))
    .option('--today <date>', say('today'))
    .action(
      action(async (file: string, options: ImportOptions) => {
        const { importNotice } = await import('./commands/import.js');
        return importNotice(file, options, context);
      }),
    );

  const recountSay = (key: keyof (typeof RECOUNT_HELP)['en']) =>
    lang === 'vi' ? `${RECOUNT_HELP.vi[key]} / ${RECOUNT_HELP.en[key]}` : RECOUNT_HELP.en[key];
  program
    .command('recount')
    .description(recountSay('command'))
    .argument('<register>', recountSay('file'))
    .option('--notice <file>', recountSay('notice'))
    .option('--block <id>', recountSay('block'))
    .option('--from <date>', recountSay('from'))
    .option('--to <date>', recountSay('to'))
    .option('--workers <n>', recountSay('workers'))
    .addOption(new Option('--format <format>', say('format')).choices(['text', 'json']).default('text'))
    .option('--max-size <MB>', say('maxSize'))
    .action(
      action(async (file: string, options: RecountOptions) => {
        const { recount } = await import('./commands/recount.js');
        return recount(file, options, context);
      }),
    );

  // Recommendations followed up: the command's wording lives beside it, in commands/followup-help.ts.
  const followUpSay = (key: keyof (typeof FOLLOWUP_HELP)['en']) =>
    lang === 'vi' ? `${FOLLOWUP_HELP.vi[key]} / ${FOLLOWUP_HELP.en[key]}` : FOLLOWUP_HELP.en[key];
  program
    .command('followup')
    .description(followUpSay('command'))
    .argument('<files...>', followUpSay('files'))
    .option('--as-of <date>', followUpSay('asOf'))
    .option('--addressee <text>', followUpSay('addressee'))
    .addOption(
      new Option('--format <format>', followUpSay('format')).choices(['table', 'json', 'csv', 'xlsx']),
    )
    .option('-o, --output <file>', followUpSay('output'))
    .option('--force', say('force'))
    .option('--report', followUpSay('report'))
    .option('--number <n>', followUpSay('number'))
    .option('--signer <name>', followUpSay('signer'))
    .option('--position <text>', followUpSay('position'))
    .option('--authority <text>', followUpSay('authority'))
    .option('--max-size <MB>', say('maxSize'))
    .action(
      action(async (files: string[], options: FollowUpOptions) => {
        const { followUp } = await import('./commands/followup.js');
        return followUp(files, options, context);
      }),
    );

  // A province's summary across a folder: its wording lives in commands/summary-help.ts.
  const summarySay = (key: keyof (typeof SUMMARY_HELP)['en']) =>
    lang === 'vi' ? `${SUMMARY_HELP.vi[key]} / ${SUMMARY_HELP.en[key]}` : SUMMARY_HELP.en[key];
  program
    .command('summary')
    .description(summarySay('command'))
    .argument('<folder>', summarySay('folder'))
    .option('--as-of <date>', summarySay('asOf'))
    .option('--year <year>', summarySay('year'))
    .option('--body <name>', summarySay('body'))
    .addOption(new Option('--status <status>', summarySay('status')).choices(['draft', 'issued', 'closed']))
    .addOption(
      new Option('--format <format>', summarySay('format')).choices(['table', 'json', 'csv', 'xlsx']),
    )
    .addOption(
      new Option('--view <view>', summarySay('view')).choices([
        'communes',
        'rules',
        'index766',
        'recommendations',
      ]),
    )
    .option('-o, --output <file>', summarySay('output'))
    .option('--force', say('force'))
    .option('--today <date>', say('today'))
    .option('--max-size <MB>', say('maxSize'))
    .action(
      action(async (folder: string, options: SummaryOptions) => {
        const { summary } = await import('./commands/summary.js');
        return summary(folder, options, context);
      }),
    );

  program
    .command('render')
    .description(say('render'))
    .argument('<file>', say('renderFile'))
    .addOption(new Option('--to <type>', say('to')).choices(['docx', 'html', 'md']))
    .option('-o, --output <file>', say('output'))
    .option('--annex', say('annex'))
    .option('--pack <path|package>', say('pack'))
    .option('--force', say('force'))
    .option('--today <date>', say('today'))
    .option('--as-of <date>', say('asOf'))
    .option('--max-size <MB>', say('maxSize'))
    .action(
      action(async (file: string, options: RenderOptions) => {
        const { render } = await import('./commands/render.js');
        return render(file, options, context);
      }),
    );

  program
    .command('init')
    .description(say('init'))
    .option('--commune <name>', say('commune'))
    .option('--province <name>', say('province'))
    .option('--year <year>', say('year'))
    .option('--framework <id>', say('framework'))
    .option('--pack <path|package>', say('pack'))
    .option('-o, --output <file>', say('initOutput'))
    .option('--force', say('force'))
    .action(
      action(async (options: InitOptions) => {
        const { init } = await import('./commands/init.js');
        return init(options, context);
      }),
    );

  program
    .command('schema')
    .description(say('schema'))
    .option('--followup', followUpSay('schema'))
    .action(
      action(async (options: { followup?: boolean }) => {
        const { schema } = await import('./commands/schema.js');
        return schema(context, options);
      }),
    );

  program
    .command('rules')
    .description(say('rules'))
    .addOption(new Option('--format <format>', say('format')).choices(['text', 'json']).default('text'))
    .option('--pack <path|package>', say('pack'))
    .action(
      action(async (options: RulesOptions) => {
        const { rules } = await import('./commands/rules.js');
        return rules(options, context);
      }),
    );

  program
    .command('explain')
    .description(say('explain'))
    .argument('<code>', say('explainCode'))
    .option('--pack <path|package>', say('pack'))
    .action(
      action(async (code: string, options: { pack?: string }) => {
        const { explain } = await import('./commands/explain.js');
        return explain(code, context, options);
      }),
    );

  return program;
}
