/** Progress of a batch, as the check command reports it. */
export interface Progress {
  tick(file: string): void;
  stop(): void;
}

const SILENT: Progress = { tick() {}, stop() {} };

export interface ProgressOptions {
  total: number;
  /** Where the bar goes: stderr, so stdout stays clean for a pipe. */
  stream: NodeJS.WritableStream;
  /** A person is watching: a terminal, not a pipe, not CI. */
  enabled: boolean;
  /** "tệp" / "files" */
  unit: string;
}

/**
 * A progress bar for more than one file on a terminal; nothing otherwise. cli-progress
 * loads only when a bar is drawn.
 *
 * @example
 * const progress = await startProgress({ total: 100, stream: process.stderr, enabled: true, unit: 'tệp' });
 */
export async function startProgress(options: ProgressOptions): Promise<Progress> {
  if (!options.enabled || options.total < 2) return SILENT;
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    {
      stream: options.stream,
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
