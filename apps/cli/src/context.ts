import type { Lang } from '@diemmac/core';
import type { CliMessages } from './messages/index.js';

/** Something text can be written to: process.stdout, or a buffer in a test. */
export interface Sink {
  write(chunk: string | Uint8Array): unknown;
}

/**
 * Everything a command takes from the outside world, handed in by bin.ts: the streams,
 * the environment as flags, the clock. No command reads `process` itself.
 */
/** The few colours the CLI uses; plain text when colour is off. */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
}

export interface Context {
  lang: Lang;
  messages: CliMessages;
  stdout: Sink;
  /** Asked for only when something is written there: see bin.ts. */
  readonly stderr: Sink & NodeJS.WritableStream;
  /** A person watches stderr: a progress bar is welcome there. */
  readonly interactive: boolean;
  colors: Paint;
  /** DIEMMAC_MAX_SIZE as set (megabytes), for commands that read inputs; `--max-size` wins. */
  maxSize?: string | undefined;
  /** Now, from the system clock (read once per command). */
  clock: () => Date;
}
