// A worker thread of a parallel run: resolves each file's configuration itself (plugins included) through the
// same source rules as the main thread, lints the batches it is sent with the same function a serial run
// uses, and sends back the outcomes by index.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob } from './lint-job.js';
import { SourceLinter } from './source.js';
import type { BatchReply, BatchRequest, WorkerSettings } from './pool.js';

const settings = workerData as WorkerSettings;
const sources = new SourceLinter({
  cwd: settings.cwd,
  ...(settings.homeDirectory ? { homeDirectory: settings.homeDirectory } : {}),
  ...(settings.configFile ? { configFile: settings.configFile } : {}),
  ...(settings.ruleOverrides ? { ruleOverrides: settings.ruleOverrides } : {}),
});

async function handle(request: BatchRequest): Promise<BatchReply> {
  try {
    const outcomes: BatchReply['outcomes'] = [];
    for (const job of request.jobs) {
      const config = sources.resolve(job.filePath, await sources.configOf(job.filePath));
      outcomes.push({ index: job.index, outcome: await runJob(job, { config, fix: settings.fix, keepDocument: settings.keepDocuments === true }) });
    }
    return { id: request.id, outcomes };
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    return { id: request.id, outcomes: [], error: { name: failure.name, message: failure.message, ...(failure.stack ? { stack: failure.stack } : {}) } };
  }
}

// One batch at a time, in the order they came.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (request: BatchRequest) => {
  queue = queue.then(async () => parentPort!.postMessage(await handle(request)));
});
parentPort!.postMessage('ready');
