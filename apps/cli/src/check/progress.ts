/** Progress of a batch, as the check command reports it. */
export interface Progress {
  tick(file: string): void;
  stop(): void;
}

const SILENT: Progress = { tick() {}, stop() {} };

export interface ProgressOptions {
  total: number;
  /** Where the bar would go: stderr, so stdout stays clean for a pipe. Read only for two files or more. */
  out: {
    readonly stderr: NodeJS.WritableStream;
    /** A person is watching: a terminal, not a pipe, not CI. */
    readonly interactive: boolean;
  };
  /** "tệp" / "files" */
  unit: string;
}

/**
 * A progress bar for more than one file on a terminal; nothing otherwise. cli-progress
 * loads only when a bar is drawn, and stderr is not even looked at for a single file.
 *
 * @example
 * const progress = await startProgress({ total: 100, out: { stderr: process.stderr, interactive: true }, unit: 'tệp' });
 */
export async function startProgress(options: ProgressOptions): Promise<Progress> {
  if (options.total < 2 || !options.out.interactive) return SILENT;
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    {
      stream: options.out.stderr,
      format: `{bar} {percentage}% | {value}/{total} ${options.unit} | {file}`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  bar.start(options.total, 0, { file: '' });
  return {
    tick: (file) => bar.increment(1, { file }),
    stop: () => bar.stop(),
  };
}
