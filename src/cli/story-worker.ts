// A worker thread of `corroborate --stories`: takes the next story from the shared counter
// until none is left, posting each result (see `runPool` in stories.ts).
import { parentPort, workerData } from 'node:worker_threads';
import type { StoryWorkerMessage } from './stories.js';
import { runStoryJob, type StoryJob } from './story-job.js';

const { jobs, counter } = workerData as { jobs: StoryJob[]; counter: Int32Array };
const post = (message: StoryWorkerMessage) => parentPort?.postMessage(message);

async function work(): Promise<void> {
  for (;;) {
    const job = jobs[Atomics.add(counter, 0, 1)];
    if (job === undefined) break;
    post({ result: await runStoryJob(job) });
  }
  post({ done: true });
}

work().catch((error: unknown) =>
  post({ crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
