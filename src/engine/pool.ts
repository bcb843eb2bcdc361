import fs from 'node:fs';
import os from 'node:os';
import { setImmediate } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RuleEntry } from '../config/resolve.js';
import type { FixType, JobOutcome, LintJob } from './lint-job.js';

/** `--concurrency`: a number of threads that lint (the main thread counts), `auto`, or `off`. */
export type Concurrency = number | 'auto' | 'off';

/** What a worker is told when it starts. */
export interface WorkerSettings {
  cwd: string;
  /** Where the config search stops, when not the process's home folder. */
  homeDirectory?: string;
  configFile?: string;
  ruleOverrides?: Record<string, RuleEntry>;
  fix?: FixType;
  /** Send back each file's parsed document (for the LLM pass). */
  keepDocuments?: boolean;
}

export interface IndexedJob extends LintJob {
  index: number;
  filePath: string;
}

export interface BatchRequest {
  id: number;
  jobs: IndexedJob[];
}

export interface BatchReply {
  id: number;
  outcomes: { index: number; outcome: JobOutcome }[];
  error?: { name: string; message: string; stack?: string };
}

const workerScript = new URL('./worker.js', import.meta.url);

/** The first message of a worker: it has loaded the linter and takes batches. */
export const workerReady = 'ready';

/** Whether worker threads can run here (the worker script is built next to this module). */
export function workersAvailable(): boolean {
  return fs.existsSync(fileURLToPath(workerScript));
}

/**
 * The threads for a fixed `--concurrency` (a number or `off`) and `jobs` files; `auto` is decided while the
 * run goes, by `autoThreads`.
 */
export function fixedThreadCount(concurrency: number | 'off', jobs: number): number {
  if (jobs < 2 || concurrency === 'off' || !workersAvailable()) return 1;
  return Math.max(1, Math.min(concurrency, jobs));
}

/** What `auto` concurrency decides from: the work measured so far and the machine. */
export interface AutoInput {
  /** Estimated milliseconds the files still to lint would take on the main thread alone. */
  remainingMs: number;
  /** Estimated milliseconds before a new worker thread lints at full speed (loading, then a first file). */
  workerStartMs: number;
  /** Processors this process may use (`os.availableParallelism()`). */
  cores: number;
  /** The one-minute load average: work other processes already give the processors. */
  load: number;
}

/**
 * How many times a worker's estimated start the remaining work must be for `auto` to start one. In a simple
 * model a worker pays off as soon as the rest (R) exceeds its start (S): S + (R - S) / T against R. Measured
 * on 2 cores it did not: a worker's loading competes with the main thread, it runs slower than the warm main
 * thread for its first seconds, and two cores gave 1.2x to 1.4x the work of one, not 2x. Workers lost at
 * about 3 s of serial work (150 README-sized files) and won from about 7 s (1,000 e-mail-sized files), where
 * S was estimated at 0.5 to 0.8 s.
 */
export const workerPayOff = 8;

/**
 * Threads for the rest of an `auto` run (1: stay on the main thread): only processors that other load
 * leaves free count, and each worker needs `workerPayOff` times its start of work left.
 */
export function autoThreads({ remainingMs, workerStartMs, cores, load }: AutoInput): number {
  const free = Math.min(cores, Math.round(cores - load));
  const workers = Math.floor(remainingMs / (workerPayOff * workerStartMs));
  if (free < 2 || workers < 1) return 1;
  return Math.min(free, 1 + workers);
}

/** The machine's parallelism and load, for `autoThreads`. */
export function machineLoad(): { cores: number; load: number } {
  return { cores: os.availableParallelism(), load: os.loadavg()[0] ?? 0 };
}

function toError(reply: NonNullable<BatchReply['error']>): Error {
  const error = new Error(reply.message);
  error.name = reply.name;
  if (reply.stack) error.stack = reply.stack;
  return error;
}

/**
 * The main thread plus `threads - 1` worker threads. Workers start (and load the linter) as soon as the pool
 * is created; `run` hands out small batches from one queue to whichever thread is free (a worker once it
 * says it is ready), and gives outcomes back by index so the caller keeps the serial order.
 */
export class LintPool {
  private readonly workers: Worker[] = [];
  private readonly ready = new WeakSet<Worker>();

  constructor(
    readonly threads: number,
    settings: WorkerSettings,
  ) {
    for (let count = 1; count < threads; count++) {
      const worker = new Worker(workerScript, { workerData: settings });
      worker.once('message', (message: unknown) => {
        if (message === workerReady) this.ready.add(worker);
      });
      // An idle worker must not keep the process alive if the caller forgets `close`.
      worker.unref();
      this.workers.push(worker);
    }
  }

  async run(jobs: IndexedJob[], runLocal: (job: IndexedJob) => Promise<JobOutcome>, onOutcome: (index: number, outcome: JobOutcome) => void): Promise<void> {
    // Small batches keep the threads even at the end of the run; each costs one message, far less than a file.
    const batchSize = Math.max(1, Math.min(10, Math.ceil(jobs.length / (this.threads * 8))));
    const batches: IndexedJob[][] = [];
    for (let start = 0; start < jobs.length; start += batchSize) batches.push(jobs.slice(start, start + batchSize));
    let next = 0;
    let failure: Error | undefined;
    // Called when the main thread has run out of batches: a worker with none in flight (one still loading) is done.
    const whenDrained: (() => void)[] = [];

    const viaWorker = (worker: Worker) =>
      new Promise<void>((resolve, reject) => {
        let inFlight = 0;
        let batchId = 0;
        const fail = (error: Error) => {
          failure ??= error;
          cleanup();
          reject(error);
        };
        const send = () => {
          if (failure || next >= batches.length) return;
          worker.postMessage({ id: batchId++, jobs: batches[next++]! } satisfies BatchRequest);
          inFlight++;
        };
        const onMessage = (reply: BatchReply | typeof workerReady) => {
          // A worker says when it has loaded; until then the main thread takes the batches it would have had.
          if (reply === workerReady) {
            send();
            send();
            if (inFlight === 0) {
              cleanup();
              resolve();
            }
            return;
          }
          inFlight--;
          if (reply.error) return fail(toError(reply.error));
          for (const { index, outcome } of reply.outcomes) onOutcome(index, outcome);
          send();
          if (inFlight === 0) {
            cleanup();
            resolve();
          }
        };
        const onExit = (code: number) => fail(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
        const cleanup = () => {
          worker.unref();
          worker.off('message', onMessage);
          worker.off('error', fail);
          worker.off('exit', onExit);
        };
        // While it has work, the worker keeps the process alive: the main thread may be waiting on it alone.
        worker.ref();
        worker.on('message', onMessage);
        worker.on('error', fail);
        worker.on('exit', onExit);
        whenDrained.push(() => {
          if (inFlight === 0) {
            cleanup();
            resolve();
          }
        });
        // Two batches each once it is ready, so a worker never waits for the main thread to send the next one.
        if (this.ready.has(worker)) onMessage(workerReady);
      });

    const onMainThread = async () => {
      while (!failure && next < batches.length) {
        const batch = batches[next++]!;
        for (const job of batch) {
          onOutcome(job.index, await runLocal(job));
          // Linting never waits on I/O, so without this the workers' replies would queue up until the end.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      for (const drained of whenDrained) drained();
    };

    await Promise.all([
      ...this.workers.map(viaWorker),
      onMainThread().catch((error: unknown) => {
        failure ??= error instanceof Error ? error : new Error(String(error));
        throw error;
      }),
    ]);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
