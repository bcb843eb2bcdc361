// A worker thread of a parallel run: loads configuration itself (plugins included), lints the batches the main
// thread sends with the same function a serial run uses, and sends back the outcomes by index.
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader } from '../config/load.js';
import { runJob } from './lint-job.js';
import type { BatchReply, BatchRequest, WorkerSettings } from './pool.js';

const settings = workerData as WorkerSettings;
const loader = new ConfigLoader(settings.cwd, settings.homeDirectory);

async function handle(request: BatchRequest): Promise<BatchReply> {
  try {
    const outcomes: BatchReply['outcomes'] = [];
    for (const job of request.jobs) {
      const loaded = await loader.load(settings.configFile ? { configFile: settings.configFile } : { searchFrom: job.filePath });
      outcomes.push({ index: job.index, outcome: await runJob(job, loaded, settings.ruleOverrides, settings.fix) });
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
