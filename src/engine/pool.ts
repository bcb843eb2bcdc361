import fs from 'node:fs';
import os from 'node:os';
import { setImmediate } from 'node:timers';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RuleEntry } from '../config/resolve.js';
import type { FixType, JobOutcome, LintJob } from './lint-job.js';

/** How many files a run needs before `auto` concurrency spreads them over worker threads. */
export const parallelThreshold = 100;

/** `--concurrency`: a number of threads that lint (the main thread counts), `auto`, or `off`. */
export type Concurrency = number | 'auto' | 'off';

/** What a worker is told when it starts. */
export interface WorkerSettings {
  cwd: string;
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

/** The number of threads that should lint `jobs` files (1 means on the main thread alone). */
export function threadCount(concurrency: Concurrency, jobs: number): number {
  if (jobs < 2 || concurrency === 'off' || !fs.existsSync(fileURLToPath(workerScript))) return 1;
  if (typeof concurrency === 'number') return Math.max(1, Math.min(concurrency, jobs));
  const cores = os.availableParallelism();
  if (jobs < parallelThreshold || cores < 2) return 1;
  return Math.min(cores, Math.ceil(jobs / 50));
}

function toError(reply: NonNullable<BatchReply['error']>): Error {
  const error = new Error(reply.message);
  error.name = reply.name;
  if (reply.stack) error.stack = reply.stack;
  return error;
}

/**
 * The main thread plus `threads - 1` worker threads. Workers start (and load the linter) as soon as the pool
 * is created, while the main thread is still reading files; `run` then hands out small batches from one
 * queue to whichever thread is free, and gives outcomes back by index so the caller keeps the serial order.
 */
export class LintPool {
  private readonly workers: Worker[] = [];

  constructor(
    readonly threads: number,
    settings: WorkerSettings,
  ) {
    for (let count = 1; count < threads; count++) {
      const worker = new Worker(workerScript, { workerData: settings });
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
        const onMessage = (reply: BatchReply) => {
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
          worker.off('message', onMessage);
          worker.off('error', fail);
          worker.off('exit', onExit);
        };
        worker.on('message', onMessage);
        worker.on('error', fail);
        worker.on('exit', onExit);
        // Two batches each, so a worker never waits for the main thread to send the next one.
        send();
        send();
        if (inFlight === 0) {
          cleanup();
          resolve();
        }
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
