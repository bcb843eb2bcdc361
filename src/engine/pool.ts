import fs from 'node:fs';
import os from 'node:os';
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
}

export interface IndexedJob extends LintJob {
  index: number;
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
  if (jobs < 2 || !fs.existsSync(fileURLToPath(workerScript))) return 1;
  if (concurrency === 'off') return 1;
  if (typeof concurrency === 'number') return Math.max(1, Math.min(concurrency, jobs));
  const cores = os.availableParallelism();
  if (jobs < parallelThreshold || cores < 2) return 1;
  return Math.min(cores, Math.ceil(jobs / 50));
}

/**
 * Lint jobs on the main thread and `threads - 1` worker threads. Batches go out from one queue to whichever
 * thread is free (each worker holds two, so it never waits for the main thread), and outcomes are handed
 * back by index, so the caller can keep the serial order.
 */
export async function runParallel(
  jobs: IndexedJob[],
  threads: number,
  settings: WorkerSettings,
  runLocal: (job: IndexedJob) => Promise<JobOutcome>,
  onOutcome: (index: number, outcome: JobOutcome) => void,
): Promise<void> {
  const batchSize = Math.max(1, Math.min(25, Math.ceil(jobs.length / (threads * 6))));
  const batches: IndexedJob[][] = [];
  for (let start = 0; start < jobs.length; start += batchSize) batches.push(jobs.slice(start, start + batchSize));
  let next = 0;
  let failure: Error | undefined;
  const workers: Worker[] = [];

  const viaWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let inFlight = 0;
      let batchId = 0;
      const send = () => {
        if (failure || next >= batches.length) return false;
        worker.postMessage({ id: batchId++, jobs: batches[next++]! } satisfies BatchRequest);
        inFlight++;
        return true;
      };
      worker.on('message', (reply: BatchReply) => {
        inFlight--;
        if (reply.error) {
          const error = new Error(reply.error.message);
          error.name = reply.error.name;
          if (reply.error.stack) error.stack = reply.error.stack;
          failure ??= error;
          reject(error);
          return;
        }
        for (const { index, outcome } of reply.outcomes) onOutcome(index, outcome);
        send();
        if (inFlight === 0) resolve();
      });
      worker.on('error', (error) => {
        failure ??= error;
        reject(error);
      });
      worker.on('exit', (code) => {
        if (inFlight > 0) reject(failure ?? new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
      });
      send();
      send();
      if (inFlight === 0) resolve();
    });

  const onMainThread = async () => {
    while (!failure && next < batches.length) {
      const batch = batches[next++]!;
      for (const job of batch) onOutcome(job.index, await runLocal(job));
    }
  };

  try {
    const running: Promise<void>[] = [];
    for (let count = 1; count < threads; count++) {
      const worker = new Worker(workerScript, { workerData: settings });
      workers.push(worker);
      running.push(viaWorker(worker));
    }
    running.push(
      onMainThread().catch((error: unknown) => {
        failure ??= error instanceof Error ? error : new Error(String(error));
        throw error;
      }),
    );
    await Promise.all(running);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
