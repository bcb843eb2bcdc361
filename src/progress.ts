/** Where progress goes: standard error, when it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * How long a run must have taken before a progress line appears (`EMPATHY_LINT_PROGRESS_DELAY` in ms
 * overrides it, so tests need not depend on the machine's speed), and how often it is redrawn.
 */
const defaultDelayMs = 700;
const redrawMs = 100;

/**
 * A one-line progress display for long runs ("Linting 340/1000 files…"), redrawn in place on standard error.
 * Only on a terminal and never in CI, so logs and piped output stay clean; short runs never show it.
 */
export function createProgress(stream: ProgressStream, env: NodeJS.ProcessEnv, now: () => number = Date.now) {
  const ci = env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== '0' && env['CI'] !== 'false';
  if (stream.isTTY !== true || ci || env['TERM'] === 'dumb') return undefined;
  const delayMs = Number(env['EMPATHY_LINT_PROGRESS_DELAY'] ?? defaultDelayMs) || 0;
  const started = now();
  let lastDraw = 0;
  let shown = false;
  return {
    update(done: number, total: number): void {
      const time = now();
      if (time - started < delayMs || (time - lastDraw < redrawMs && done < total)) return;
      lastDraw = time;
      shown = true;
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      stream.write(`\r\u001b[KLinting ${done}/${total} files (${percent}%)…`);
    },
    /** Erase the line, so the report starts on a clean line. */
    end(): void {
      if (shown) stream.write('\r\u001b[K');
      shown = false;
    },
  };
}
