// The worker thread of `corroborate --stories`: runs one story job per message it receives.
import { parentPort } from 'node:worker_threads';
import { runStoryJob, type StoryJob } from './story-job.js';

parentPort?.on('message', (job: StoryJob) => {
  runStoryJob(job).then(
    (result) => parentPort?.postMessage({ result }),
    (error: unknown) =>
      parentPort?.postMessage({
        crash: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  );
});
